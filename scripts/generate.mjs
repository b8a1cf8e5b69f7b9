#!/usr/bin/env node
// Writes generated/<vendor>.d.ts from specs/<vendor>.yaml with openapi-typescript.
// `--check` writes nothing and exits 1 when a committed file differs from what the spec gives.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    root: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(
    "usage: node scripts/generate.mjs [--check]\n  writes generated/<vendor>.d.ts from specs/<vendor>.yaml",
  );
  process.exit(0);
}

const root = values.root ? pathToFileURL(`${resolve(values.root)}/`) : new URL("../", import.meta.url);
const specs = (await readdir(new URL("specs/", root))).filter((f) => f.endsWith(".yaml")).sort();
const stale = [];
for (const file of specs) {
  const name = file.replace(/\.yaml$/, "");
  const ast = await openapiTS(new URL(`specs/${file}`, root));
  const header = `// Generated from specs/${file} by \`npm run generate\` (openapi-typescript). Do not edit.\n`;
  const text = header + astToString(ast);
  const target = new URL(`generated/${name}.d.ts`, root);
  if (values.check) {
    const current = await readFile(target, "utf8").catch(() => "");
    if (current !== text) stale.push(`generated/${name}.d.ts`);
  } else {
    await writeFile(target, text);
    console.log(`generate: wrote generated/${name}.d.ts`);
  }
}
if (stale.length) {
  console.error(`generate: stale (run \`npm run generate\` and commit): ${stale.join(", ")}`);
  process.exit(1);
}
if (values.check) console.log(`generate: ${specs.length} generated file(s) up to date`);
