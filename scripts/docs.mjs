#!/usr/bin/env node
// Renders every specs/<vendor>.yaml with Redocly into docs-dist/<vendor>.html: one self-contained
// file per spec (Redoc's scripts inlined with --inlineBundle), readable with no network.
import { execFile } from "node:child_process";
import { mkdir, readdir } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";

const { values } = parseArgs({
  options: { out: { type: "string", default: "docs-dist" }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.log(
    "usage: npm run docs [-- --out DIR]\n  writes DIR/<vendor>.html for every specs/<vendor>.yaml (default DIR: docs-dist)",
  );
  process.exit(0);
}

const root = fileURLToPath(new URL("../", import.meta.url));
const redocly = fileURLToPath(new URL("../node_modules/.bin/redocly", import.meta.url));
const specs = (await readdir(`${root}/specs`)).filter((f) => f.endsWith(".yaml")).sort();
const outDir = resolve(values.out);
await mkdir(outDir, { recursive: true });
for (const file of specs) {
  const output = `${outDir}/${file.replace(/\.yaml$/, ".html")}`;
  await promisify(execFile)(redocly, ["build-docs", `specs/${file}`, "--inlineBundle", "--output", output], {
    cwd: root,
    env: { ...process.env, REDOCLY_TELEMETRY: "off" },
  });
  console.log(`docs: wrote ${output}`);
}
