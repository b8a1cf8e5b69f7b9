import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { VendorDefinition } from "../src/core/vendor.js";
import { DEFAULT_PORT_BASE } from "../src/sandbox/server.js";
import { discoverDefinitions } from "../src/sandbox/vendors.js";
import { drift, type Repository } from "./support/drift.js";

/**
 * One vendor definition per vendor folder; what the repository says about vendors elsewhere
 * (package.json exports, redocly.yaml's API roots, the README's port table) must follow from the
 * definitions, and no two vendors may claim one port.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const read = (file: string) => readFileSync(`${ROOT}${file}`, "utf8");

const definitions = await discoverDefinitions();
const repository: Repository = {
  packageJson: JSON.parse(read("package.json")),
  redocly: parse(read("redocly.yaml")),
  readme: read("README.md"),
  hasIndex: (vendor) => existsSync(`${ROOT}src/vendors/${vendor}/index.ts`),
};

describe("vendor definitions: the one place a vendor is described", () => {
  it("every vendor folder has a definition, with at least one API", () => {
    const folders = readdirSync(`${ROOT}src/vendors`, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders.length).toBeGreaterThanOrEqual(4);
    expect(definitions.map((v) => v.name)).toEqual(folders);
    for (const v of definitions) expect(v.apis.length).toBeGreaterThan(0);
  });

  it("package.json exports, redocly.yaml and the README's port table follow from them", () => {
    expect(drift(definitions, repository)).toEqual([]);
  });

  it("the check fails when they drift or two vendors claim one port", () => {
    const [first, second] = definitions as [VendorDefinition, VendorDefinition];
    const clash = [first, { ...second, portOffset: first.portOffset }, ...definitions.slice(2)];
    expect(drift(clash, repository)).toContain(
      `${second.name} and ${first.name} both claim port offset ${first.portOffset}`,
    );
    const { [`./${first.name}`]: _gone, ...exports } = repository.packageJson.exports;
    expect(
      drift(definitions, { ...repository, packageJson: { ...repository.packageJson, exports } }),
    ).toEqual([`package.json exports lack ./${first.name}`]);
    const apis = { ...repository.redocly.apis, "stray@v1": { root: "specs/stray.yaml" } };
    expect(drift(definitions, { ...repository, redocly: { apis } })).toEqual([
      "redocly.yaml lists stray, which no vendor definition has",
    ]);
    const moved = definitions.map((v) => (v === first ? { ...v, portOffset: 9 } : v));
    expect(drift(moved, repository)).toEqual([
      `README's first lines do not give ${first.name}'s sandbox port :${DEFAULT_PORT_BASE + 9}`,
    ]);
  });
});
