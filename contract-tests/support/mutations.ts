import type { RequestParts } from "../../src/core/signing.js";

/** One way a valid request is made wrong before it is signed (so the signature still verifies). */
export interface Mutation {
  name: string;
  parts: RequestParts;
}

const HUGE = "x".repeat(300_000);
const wrongTypeOf = (value: unknown): unknown =>
  typeof value === "string" ? 12345 : typeof value === "number" ? "not-a-number" : "not-an-object";

function withQuery(parts: RequestParts, change: (q: URLSearchParams) => void): RequestParts {
  const url = new URL(parts.url);
  change(url.searchParams);
  return { ...parts, url, headers: new Headers(parts.headers) };
}

const withBody = (parts: RequestParts, body: string): RequestParts => ({
  ...parts,
  headers: new Headers(parts.headers),
  body,
});

/**
 * Every single-point mutation of a request: each query parameter missing, of the wrong type, huge
 * (a URL the server must refuse without falling over), plus an extra one; each top-level body
 * field missing, of the wrong type, huge, plus an extra one; and bodies that are not the object
 * the operation takes (broken JSON, an array, null, a string, nothing, deep nesting).
 */
export function mutations(parts: RequestParts): Mutation[] {
  const out: Mutation[] = [];
  for (const [name, value] of [...parts.url.searchParams]) {
    out.push({ name: `query ${name} missing`, parts: withQuery(parts, (q) => q.delete(name)) });
    out.push({
      name: `query ${name} of the wrong type`,
      parts: withQuery(parts, (q) => q.set(name, /^-?\d+$/.test(value) ? "not-a-number" : "{}")),
    });
    out.push({
      name: `query ${name} huge`,
      parts: withQuery(parts, (q) => q.set(name, HUGE.slice(0, 20_000))),
    });
  }
  out.push({ name: "extra query parameter", parts: withQuery(parts, (q) => q.append("iotdockExtra", "1")) });
  if (parts.method === "GET" || parts.method === "HEAD") return out;
  let json: unknown;
  try {
    json = JSON.parse(parts.body ?? "");
  } catch {
    json = undefined;
  }
  if (typeof json === "object" && json !== null && !Array.isArray(json)) {
    const object = json as Record<string, unknown>;
    for (const [field, value] of Object.entries(object)) {
      const { [field]: _gone, ...rest } = object;
      out.push({ name: `body ${field} missing`, parts: withBody(parts, JSON.stringify(rest)) });
      out.push({
        name: `body ${field} of the wrong type`,
        parts: withBody(parts, JSON.stringify({ ...object, [field]: wrongTypeOf(value) })),
      });
      out.push({
        name: `body ${field} huge`,
        parts: withBody(parts, JSON.stringify({ ...object, [field]: HUGE })),
      });
    }
    out.push({
      name: "extra body field",
      parts: withBody(parts, JSON.stringify({ ...object, iotdockExtra: { nested: [1, "two", null] } })),
    });
  }
  for (const [name, body] of [
    ["broken JSON", '{"phone": "1", '],
    ["an array body", "[1,2,3]"],
    ["a null body", "null"],
    ["a string body", '"just a string"'],
    ["an empty body", ""],
    ["deeply nested JSON", `${"[".repeat(5000)}${"]".repeat(5000)}`],
    ["invalid UTF-8", Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]).toString("latin1")],
  ] as const) {
    out.push({ name, parts: withBody(parts, body) });
  }
  return out;
}
