#!/usr/bin/env node
// Builds the offline docs portal into DIR (default docs-dist): index.html, one self-contained Redoc
// page per API (<name>.html from generated/<name>.json, rendered with `redocly build-docs
// --inlineBundle`, kept when the spec has not changed since the last build into DIR), its errata
// page (errata-<name>.html) and signing-<vendor>.html per vendor.
// The portal code is TypeScript (src/portal/build.ts): this runs its compiled form in dist/.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { out: { type: "string", default: "docs-dist" }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.log(
    "usage: npm run docs [-- --out DIR]\n" +
      "  writes the docs portal to DIR (default: docs-dist): index.html, <name>.html and\n" +
      "  errata-<name>.html for every API, signing-<vendor>.html for every vendor walkthrough",
  );
  process.exit(0);
}

const compiled = fileURLToPath(new URL("../dist/portal/build.js", import.meta.url));
if (!existsSync(compiled)) {
  console.error(
    `docs: ${compiled} is missing; build first (npm run build, or npx tsc -p tsconfig.build.json)`,
  );
  process.exit(1);
}
process.env.REDOCLY_TELEMETRY = "off";
const { buildPortal } = await import(pathToFileURL(compiled).href);
try {
  await buildPortal({ outDir: resolve(values.out), log: (line) => console.log(line) });
} catch (error) {
  console.error(`docs: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
