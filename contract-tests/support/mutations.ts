import type { RequestParts } from "../../src/core/signing.js";

/** One way a valid request is made wrong before it is signed (so the signature still verifies). */
export interface Mutation {
  name: string;
  parts: RequestParts;
}

const HUGE = "x".repeat(64 * 1024);
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
 * Single-point mutations of a request: each query parameter and each top-level body field made
 * missing, of the wrong type or huge (a URL the server must refuse without falling over), one of
 * the three per field, in turn (`salt` shifts the turn, so that operations differ in which field
 * gets which); an extra parameter and an extra field; and bodies that are not the object the
 * operation takes (broken JSON, an array, null, a string, nothing, deep nesting, invalid UTF-8).
 * About 10–15 requests an operation: 400 operations stay within the fuzz file's budget.
 */
export function mutations(parts: RequestParts, salt = 0): Mutation[] {
  const out: Mutation[] = [];
  const turn = (i: number) => (i + salt) % 3;
  for (const [i, [name, value]] of [...parts.url.searchParams].entries()) {
    const changed = [
      (q: URLSearchParams) => q.delete(name),
      (q: URLSearchParams) => q.set(name, /^-?\d+$/.test(value) ? "not-a-number" : "{}"),
      (q: URLSearchParams) => q.set(name, HUGE.slice(0, 20_000)),
    ][turn(i)] as (q: URLSearchParams) => void;
    const what = ["missing", "of the wrong type", "huge"][turn(i)];
    out.push({ name: `query ${name} ${what}`, parts: withQuery(parts, changed) });
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
    for (const [i, [field, value]] of Object.entries(object).entries()) {
      const { [field]: _gone, ...rest } = object;
      const changed = [rest, { ...object, [field]: wrongTypeOf(value) }, { ...object, [field]: HUGE }][
        turn(i)
      ];
      const what = ["missing", "of the wrong type", "huge"][turn(i)];
      out.push({ name: `body ${field} ${what}`, parts: withBody(parts, JSON.stringify(changed)) });
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
