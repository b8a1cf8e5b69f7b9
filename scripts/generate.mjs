#!/usr/bin/env node
// For every API root listed in redocly.yaml (`apis: <name>@<version>: root: specs/…`):
//   generated/<name>.json  the root bundled into one document (its files under specs/ joined by
//                          Redocly's bundler): what Prism, Dredd, the portal and the code read;
//   generated/<name>.d.ts  openapi-typescript types of that bundle.
// `--check` writes nothing and exits 1 when a committed file differs from what the specs give.
// `--root DIR` works on another checkout (a test copies the specs and adds an operation).
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { bundle, createConfig } from "@redocly/openapi-core";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    root: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(
    "usage: node scripts/generate.mjs [--check] [--root DIR]\n" +
      "  bundles every API root of redocly.yaml into generated/<api>.json and writes its\n" +
      "  openapi-typescript types to generated/<api>.d.ts; --check only compares",
  );
  process.exit(0);
}

const root = values.root ? pathToFileURL(`${resolve(values.root)}/`) : new URL("../", import.meta.url);
const redocly = parse(await readFile(new URL("redocly.yaml", root), "utf8"));
const apis = Object.entries(redocly.apis ?? {}).map(([key, api]) => ({
  name: key.split("@")[0],
  root: api.root,
}));
const config = await createConfig({});

/**
 * The document without `description` and `summary` keywords (the API's `info.description` stays:
 * the portal reads its departures table; a response's, which OpenAPI requires). Data is kept as it is: examples, defaults, enums, the
 * x-iotdock extensions (an error code's description is what a tool prints), and a `properties`
 * map's keys, which are names, not keywords.
 */
const AS_IS = new Set(["example", "examples", "default", "enum"]);
function withoutProse(node, key = "") {
  if (Array.isArray(node)) return node.map((item) => withoutProse(item));
  if (typeof node !== "object" || node === null) return node;
  const out = {};
  for (const [name, value] of Object.entries(node)) {
    // A Response Object's description is required by OpenAPI (Dredd refuses a document without it).
    const response = /^([1-5]\d\d|default)$/.test(key);
    const prose =
      (name === "description" || name === "summary") && key !== "properties" && key !== "info" && !response;
    if (prose) continue;
    out[name] =
      name.startsWith("x-iotdock") || AS_IS.has(name) || key === "examples"
        ? value
        : withoutProse(value, name);
  }
  return out;
}
const stale = [];
const failed = [];

for (const api of apis) {
  const ref = fileURLToPath(new URL(api.root, root));
  const { bundle: doc, problems } = await bundle({ ref, config });
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length) {
    failed.push(`${api.root}: ${errors.map((p) => p.message).join("; ")}`);
    continue;
  }
  const json = `${JSON.stringify(doc.parsed, null, 1)}\n`;
  const ast = await openapiTS(doc.parsed);
  const header = `// Generated from ${api.root} by \`npm run generate\` (openapi-typescript). Do not edit.\n`;
  // The same document as a module the clients import statically (CommonJS: generated/package.json
  // says so), so that they need no file location and work from both the ESM and the CJS build.
  // Without the prose (descriptions and summaries, but the API's own, which the portal reads): the
  // code needs none of it, and it is most of the published package's size.
  const factsJs = `// Generated from ${api.root} by \`npm run generate\`. Do not edit.\n"use strict";\nmodule.exports = ${JSON.stringify(withoutProse(doc.parsed))};\n`;
  const factsDts = `// Generated from ${api.root} by \`npm run generate\`. Do not edit.\n/** The bundled OpenAPI document (read with apiFacts). */\ndeclare const spec: Record<string, unknown>;\nexport = spec;\n`;
  for (const [file, text] of [
    [`generated/${api.name}.json`, json],
    [`generated/${api.name}.d.ts`, header + astToString(ast)],
    [`generated/${api.name}.facts.js`, factsJs],
    [`generated/${api.name}.facts.d.ts`, factsDts],
  ]) {
    const target = new URL(file, root);
    if (values.check) {
      const current = await readFile(target, "utf8").catch(() => "");
      if (current !== text) stale.push(file);
    } else {
      await writeFile(target, text);
      console.log(`generate: wrote ${file}`);
    }
  }
}
if (failed.length) {
  console.error(`generate: cannot bundle:\n  ${failed.join("\n  ")}`);
  process.exit(1);
}
if (stale.length) {
  console.error(`generate: stale (run \`npm run generate\` and commit): ${stale.join(", ")}`);
  process.exit(1);
}
if (values.check) console.log(`generate: ${apis.length * 4} generated file(s) up to date`);
