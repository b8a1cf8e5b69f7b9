import { accessSync, constants } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";
import { beforeAll } from "vitest";

/**
 * The programs the suite needs besides Node and npm, with the Debian package that has each one
 * (`.ci/run` installs them all).
 */
const PACKAGES = {
  chromium: "chromium",
  "redis-server": "redis-server",
  "rabbitmq-server": "rabbitmq-server",
  openssl: "openssl",
  jq: "jq",
  sha256sum: "coreutils",
  md5sum: "coreutils",
} as const;

export type Tool = keyof typeof PACKAGES;

/** An error that vitest prints as exactly one line: its message, no stack. */
export class MissingToolError extends Error {
  constructor(tool: Tool, why: string) {
    super(`missing tool: ${tool} (apt-get install -y ${PACKAGES[tool]}; .ci/run installs it) — ${why}`);
    this.name = "MissingToolError";
    // vitest prints the stack under the message: a stack of the message alone is one line.
    this.stack = `${this.name}: ${this.message}`;
  }
}

const found = new Map<string, string | undefined>();

/** The absolute path of `name` on PATH (or `name` itself when absolute), or undefined. */
export function findTool(name: string): string | undefined {
  if (found.has(name)) return found.get(name);
  const candidates = isAbsolute(name)
    ? [name]
    : (process.env.PATH ?? "")
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, name));
  const path = candidates.find((candidate) => {
    try {
      accessSync(candidate, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  found.set(name, path);
  return path;
}

/**
 * Call at the top of a test file, before its own hooks: when `name` is not on PATH the file fails
 * in its first hook with one line naming the tool, how to install it and `why` the file needs it
 * (its tests are skipped), instead of a spawn ENOENT stack trace per test. Returns the tool's
 * absolute path (or its bare name when it is missing: nothing runs then).
 */
export function requireTool(name: Tool, why: string): string {
  const path = findTool(name);
  if (!path) {
    beforeAll(() => {
      throw new MissingToolError(name, why);
    });
  }
  return path ?? name;
}
