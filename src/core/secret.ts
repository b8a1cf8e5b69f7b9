import { inspect } from "node:util";
import { ConfigError } from "./errors.js";

const REDACTED = "[redacted]";

/**
 * A credential that cannot be printed by accident: `String(secret)`, `JSON.stringify`,
 * template literals and `util.inspect` all show `[redacted]`. Only `reveal()` gives the value,
 * and only signers call it.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    if (typeof value !== "string" || value.length === 0) {
      throw new ConfigError("a secret must be a non-empty string", {
        vendor: "iotdock",
        operation: "Secret",
      });
    }
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return `Secret(${REDACTED})`;
  }
}

/**
 * A URL safe to print: the origin and path, and query parameter names with values of the
 * listed sensitive parameters replaced.
 */
export function describeUrl(url: string | URL, sensitive: ReadonlySet<string>): string {
  const u = new URL(url);
  const parts: string[] = [];
  for (const [name, value] of u.searchParams) {
    parts.push(`${name}=${sensitive.has(name) ? REDACTED : encodeURIComponent(value)}`);
  }
  return `${u.origin}${u.pathname}${parts.length ? `?${parts.join("&")}` : ""}`;
}
