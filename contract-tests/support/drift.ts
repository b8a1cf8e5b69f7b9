import type { VendorDefinition } from "../../src/core/vendor.js";
import { DEFAULT_PORT_BASE } from "../../src/sandbox/server.js";

/** What the repository says about vendors outside their definitions. */
export interface Repository {
  packageJson: { exports: Record<string, unknown>; typesVersions?: Record<string, Record<string, string[]>> };
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
    const entry = repo.packageJson.exports[`./${v.name}`];
    const expected = {
      import: { types: `./dist/vendors/${v.name}/index.d.ts`, default: `./dist/vendors/${v.name}/index.js` },
      require: { types: `./cjs/vendors/${v.name}/index.d.ts`, default: `./cjs/vendors/${v.name}/index.js` },
    };
    if (entry && JSON.stringify(entry) !== JSON.stringify(expected))
      problems.push(
        `package.json exports ./${v.name} is not dist/ (import) and cjs/ (require) vendors/${v.name}/index`,
      );
    const types = repo.packageJson.typesVersions?.["*"]?.[v.name];
    if (entry && JSON.stringify(types) !== JSON.stringify([expected.require.types]))
      problems.push(`package.json typesVersions lack ${v.name} (TypeScript's node10 resolution)`);
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
