import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { type ApiFacts, apiFacts } from "./facts.js";

type Json = Record<string, unknown>;

/**
 * An API's facts by name, for the parts of iotdock that find APIs by name: the sandbox, the contract
 * runner, Dredd's hooks and the portal. They read generated/<api>.facts.js (the bundled document as
 * a CommonJS module), which is also what the clients import statically; generated/<api>.json is the
 * same document as a file, for the tools that want one (Dredd, Redocly) and is not published.
 */

/** generated/ sits two levels above both src/core and dist/core. */
const generatedDir = new URL("../../generated/", import.meta.url);
const loaded = new Map<string, ApiFacts>();

const load = createRequire(import.meta.url);

/** The facts of an API by name (generated/<name>.facts.js), read once per process. */
export function loadApi(name: string, dir: URL = generatedDir): ApiFacts {
  const key = `${dir.href}${name}`;
  let facts = loaded.get(key);
  if (!facts) {
    facts = apiFacts(name, load(fileURLToPath(new URL(`${name}.facts.js`, dir))) as Json);
    loaded.set(key, facts);
  }
  return facts;
}

/** Where an API's bundled spec file is (for Dredd and Redocly; not in the published package). */
export function bundledSpecPath(name: string, dir: URL = generatedDir): URL {
  return new URL(`${name}.json`, dir);
}
