import { readdir } from "node:fs/promises";
import type { VendorCli } from "../cli/types.js";
import type { VendorContract } from "../contract/types.js";
import type { VendorDefinition } from "../core/vendor.js";
import type { VendorWalkthrough } from "../portal/types.js";
import type { VendorSandbox } from "./types.js";

const vendorsDir = new URL("../vendors/", import.meta.url);
// Source (vitest) and build (dist) sit at the same depth; only the extension differs.
const ext = import.meta.url.endsWith(".ts") ? ".ts" : ".js";

/**
 * Loads `export const <name>` from src/vendors/<vendor>/<file> for every vendor folder that has
 * that file, in folder-name order. Adding a vendor folder is all it takes to be found.
 */
async function loadFromVendorFolders<T>(file: string, name: string): Promise<T[]>;
async function loadFromVendorFolders<T>(file: string, name: string, byFolder: true): Promise<Map<string, T>>;
async function loadFromVendorFolders<T>(
  file: string,
  name: string,
  byFolder = false,
): Promise<T[] | Map<string, T>> {
  const entries = await readdir(vendorsDir, { withFileTypes: true });
  const found: T[] = [];
  const folders = new Map<string, T>();
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const files = await readdir(new URL(`${entry.name}/`, vendorsDir));
    if (!files.includes(`${file}${ext}`)) continue;
    const mod = (await import(new URL(`${entry.name}/${file}${ext}`, vendorsDir).href)) as Record<string, T>;
    const value = mod[name];
    if (value) {
      found.push(value);
      folders.set(entry.name, value);
    }
  }
  return byFolder ? folders : found;
}

/** Every vendor definition (src/vendors/<vendor>/vendor.ts exporting `vendor`), in folder order. */
export const discoverDefinitions = () => loadFromVendorFolders<VendorDefinition>("vendor", "vendor");

/** A vendor with a sandbox: its definition and its sandbox.ts. */
export interface SandboxVendor {
  definition: VendorDefinition;
  sandbox: VendorSandbox;
}

/** Every vendor with a sandbox (src/vendors/<vendor>/sandbox.ts exporting `sandbox`). */
export async function discoverVendors(): Promise<SandboxVendor[]> {
  const [definitions, sandboxes] = await Promise.all([
    discoverDefinitions(),
    loadFromVendorFolders<VendorSandbox>("sandbox", "sandbox", true),
  ]);
  return definitions.flatMap((definition) => {
    const sandbox = sandboxes.get(definition.name);
    return sandbox ? [{ definition, sandbox }] : [];
  });
}

/** Every vendor with CLI commands (src/vendors/<vendor>/cli.ts exporting `cli`). */
export const discoverVendorClis = () => loadFromVendorFolders<VendorCli>("cli", "cli");

/** Every vendor's signing walkthrough for the docs portal (src/vendors/<vendor>/walkthrough.ts). */
export const discoverWalkthroughs = () =>
  loadFromVendorFolders<VendorWalkthrough>("walkthrough", "walkthrough");

/** Every vendor's contract suite (src/vendors/<vendor>/contract.ts exporting `contract`). */
export const discoverContracts = () => loadFromVendorFolders<VendorContract>("contract", "contract");
