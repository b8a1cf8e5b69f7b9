#!/usr/bin/env node
// Builds the package: dist/ (ESM, what `import` gets), cjs/ (CommonJS, what `require` gets: the
// client entry points and what they use), then the docs portal into dist/docs. Both builds sit one
// level below the package root, as src/ does, so that paths such as ../../generated/ resolve the
// same from either. `--no-docs`, `--no-cjs` and `--cjs-only` build less (npm test's pretest runs
// the CommonJS build on its other lane).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    "no-docs": { type: "boolean", default: false },
    "no-cjs": { type: "boolean", default: false },
    "cjs-only": { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(
    "usage: node scripts/build.mjs [--no-docs] [--no-cjs | --cjs-only]\n  dist/ (ESM), cjs/ (CommonJS entry points), dist/docs (the portal)",
  );
  process.exit(0);
}
const root = fileURLToPath(new URL("../", import.meta.url));
const tsc = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: "inherit" });

if (!values["cjs-only"]) {
  run([tsc, "-p", "tsconfig.build.json"]);
  // For scripts/start.mjs: dist/ is as new as this (a second `npm start` does not compile again).
  writeFileSync(new URL("../dist/.build-stamp", import.meta.url), new Date().toISOString());
}
if (!values["no-cjs"]) {
  run([tsc, "-p", "tsconfig.cjs.json"]);
  mkdirSync(new URL("../cjs/", import.meta.url), { recursive: true });
  writeFileSync(new URL("../cjs/package.json", import.meta.url), '{\n  "type": "commonjs"\n}\n');
}
if (!values["no-docs"] && !values["cjs-only"]) run(["scripts/docs.mjs", "--out", "dist/docs"]);
