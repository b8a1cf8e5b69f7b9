#!/usr/bin/env node
// Checks every API root of redocly.yaml against specs/x-iotdock.schema.json: each x-iotdock-…
// extension must be one the schema defines for where it sits (root, operation, security scheme,
// parameter, elsewhere: schema), and its value must be valid. Exit 1 with one line per problem.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { bundle, createConfig } from "@redocly/openapi-core";
import { Ajv } from "ajv";
import { parse } from "yaml";

const { values } = parseArgs({
  options: { help: { type: "boolean", short: "h" }, root: { type: "string" } },
});
if (values.help) {
  console.log(
    "usage: node scripts/lint-extensions.mjs [--root DIR]\n  validates the x-iotdock-… extensions of every spec of redocly.yaml against specs/x-iotdock.schema.json",
  );
  process.exit(0);
}

const root = values.root ? pathToFileURL(`${resolve(values.root)}/`) : new URL("../", import.meta.url);
const schema = JSON.parse(await readFile(new URL("specs/x-iotdock.schema.json", root), "utf8"));
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema(schema, "x");
const validators = Object.fromEntries(
  Object.keys(schema.definitions).map((where) => [where, ajv.getSchema(`x#/definitions/${where}`)]),
);
const known = (where) => new Set(Object.keys(schema.definitions[where].properties));
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

const problems = [];
function check(where, node, at) {
  if (typeof node !== "object" || node === null) return;
  const names = Object.keys(node).filter((k) => k.startsWith("x-iotdock-"));
  for (const name of names) {
    if (!known(where).has(name)) problems.push(`${at}: ${name} is not an extension of ${where} objects`);
  }
  const validate = validators[where];
  if (names.length && !validate(Object.fromEntries(names.map((n) => [n, node[n]])))) {
    for (const e of validate.errors ?? []) problems.push(`${at}${e.instancePath}: ${e.message}`);
  }
}

const redocly = parse(await readFile(new URL("redocly.yaml", root), "utf8"));
const config = await createConfig({});
for (const api of Object.values(redocly.apis ?? {})) {
  const { bundle: doc } = await bundle({ ref: fileURLToPath(new URL(api.root, root)), config });
  const spec = doc.parsed;
  const at = api.root;
  check("root", spec, at);
  check("info", spec.info, `${at} info`);
  const covered = new Set([spec, spec.info]);
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      check("operation", op, `${at} ${method.toUpperCase()} ${path}`);
      covered.add(op);
      for (const p of op.parameters ?? []) {
        check("parameter", p, `${at} ${method.toUpperCase()} ${path} parameter ${p.name}`);
        covered.add(p);
      }
    }
  }
  for (const [name, scheme] of Object.entries(spec.components?.securitySchemes ?? {})) {
    check("securityScheme", scheme, `${at} securityScheme ${name}`);
    covered.add(scheme);
  }
  for (const [name, p] of Object.entries(spec.components?.parameters ?? {})) {
    check("parameter", p, `${at} parameter ${name}`);
    covered.add(p);
  }
  const catalogue = new Set((spec["x-iotdock-error-codes"] ?? []).map((c) => String(c.code)));
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      for (const code of item[method]?.["x-iotdock-codes"] ?? []) {
        if (!catalogue.has(String(code)))
          problems.push(
            `${at} ${method.toUpperCase()} ${path}: code ${code} is not in x-iotdock-error-codes`,
          );
      }
    }
  }
  // What a converter drafted is not the spec until reviewed: no draft keys, no untranslated text.
  const drafts = (node, path) => {
    if (typeof node === "string" && node.includes("TODO(en)"))
      problems.push(`${path}: untranslated draft text`);
    if (typeof node !== "object" || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-draft")) problems.push(`${path}/${key}: draft key`);
      drafts(value, `${path}/${key}`);
    }
  };
  drafts(spec, at);
  const visit = (node, path) => {
    if (typeof node !== "object" || node === null) return;
    if (!covered.has(node)) check("schema", node, path);
    for (const [key, value] of Object.entries(node))
      if (!key.startsWith("x-iotdock-")) visit(value, `${path}/${key}`);
  };
  visit(spec, at);
}
if (problems.length) {
  console.error(`lint-extensions: ${problems.length} problem(s)\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`lint-extensions: x-iotdock extensions valid in ${Object.keys(redocly.apis ?? {}).length} specs`);
