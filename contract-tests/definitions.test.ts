import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { VendorDefinition } from "../src/core/vendor.js";
import { DEFAULT_PORT_BASE } from "../src/sandbox/server.js";
import { discoverDefinitions } from "../src/sandbox/vendors.js";

/**
 * One vendor definition per vendor folder; what the repository says about vendors elsewhere
 * (package.json exports, redocly.yaml's API roots, the README's port table) must follow from the
 * definitions, and no two vendors may claim one port.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const read = (file: string) => readFileSync(`${ROOT}${file}`, "utf8");

interface Repository {
  packageJson: { exports: Record<string, unknown> };
  redocly: { apis: Record<string, { root: string }> };
  readme: string;
  /** Vendors with an entry point (src/vendors/<vendor>/index.ts). */
  hasIndex: (vendor: string) => boolean;
}

/** Every way the repository disagrees with the definitions. Empty when all is in step. */
export function drift(definitions: VendorDefinition[], repo: Repository): string[] {
  const problems: string[] = [];
  const offsets = new Map<number, string>([[0, "the docs portal"]]);
  for (const v of definitions) {
    const other = offsets.get(v.portOffset);
    if (other) problems.push(`${v.name} and ${other} both claim port offset ${v.portOffset}`);
    offsets.set(v.portOffset, v.name);
  }
  const exported = Object.keys(repo.packageJson.exports).filter((k) => k !== "." && k !== "./package.json");
  const expectedExports = definitions.filter((v) => repo.hasIndex(v.name)).map((v) => `./${v.name}`);
  for (const e of expectedExports.filter((e) => !exported.includes(e)))
    problems.push(`package.json exports lack ${e}`);
  for (const e of exported.filter((e) => !expectedExports.includes(e)))
    problems.push(`package.json exports ${e}, which no vendor definition has`);
  for (const v of definitions) {
    const entry = repo.packageJson.exports[`./${v.name}`] as { types?: string; import?: string } | undefined;
    if (
      entry &&
      (entry.types !== `./dist/vendors/${v.name}/index.d.ts` ||
        entry.import !== `./dist/vendors/${v.name}/index.js`)
    )
      problems.push(`package.json exports ./${v.name} points elsewhere than dist/vendors/${v.name}/index`);
  }
  const roots = Object.fromEntries(
    Object.entries(repo.redocly.apis).map(([key, api]) => [key.split("@")[0] as string, api.root]),
  );
  const apis = definitions.flatMap((v) => [...v.apis, ...v.callbacks]);
  for (const api of apis) {
    if (roots[api.name] !== api.root)
      problems.push(
        `redocly.yaml: ${api.name} should have root ${api.root}, has ${roots[api.name] ?? "none"}`,
      );
  }
  for (const name of Object.keys(roots).filter((n) => !apis.some((a) => a.name === n)))
    problems.push(`redocly.yaml lists ${name}, which no vendor definition has`);
  for (const v of definitions) {
    const port = DEFAULT_PORT_BASE + v.portOffset;
    const label = new RegExp(`${v.name} :${port}\\b`, "i");
    if (!label.test(repo.readme.split("\n").slice(0, 6).join("\n")))
      problems.push(`README's first lines do not give ${v.name}'s sandbox port :${port}`);
  }
  return problems;
}

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
    expect(drift(definitions, { ...repository, packageJson: { exports } })).toEqual([
      `package.json exports lack ./${first.name}`,
    ]);
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
