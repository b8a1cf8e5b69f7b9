import { deref } from "../core/facts.js";
import { convertKeywords, isObject, type Json } from "./mock-schema.js";

/**
 * The answers of Prism's static mocker for one operation: which response, which example, and
 * Prism's static sample of a schema when a response has no example. Used by mock.ts.
 */

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export class TooComplex extends Error {}

interface Sampling {
  spec: Json;
  ticks: number;
  refs: string[];
}

const FORMATS: Record<string, string> = {
  email: "user@example.com",
  "idn-email": "пользователь@пример.ру",
  "date-time": "2019-08-24T14:15:22Z",
  date: "2019-08-24",
  time: "14:15:22Z",
  ipv4: "192.168.0.1",
  ipv6: "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
  hostname: "example.com",
  "idn-hostname": "пример.ру",
  iri: "http://пример.ру",
  "iri-reference": "../словарь",
  uri: "http://example.com",
  "uri-reference": "../dictionary",
  "uri-template": "http://example.com/{endpoint}",
  "json-pointer": "/json/pointer",
  "relative-json-pointer": "1/relative/json/pointer",
  regex: "/regex/",
};
const KEYWORD_TYPES: [string, string][] = [
  ...["multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum"].map((k) => [k, "number"]),
  ...["maxLength", "minLength", "pattern"].map((k) => [k, "string"]),
  ...["items", "maxItems", "minItems", "uniqueItems", "additionalItems"].map((k) => [k, "array"]),
  ...["maxProperties", "minProperties", "required", "additionalProperties", "properties"].map((k) => [
    k,
    "object",
  ]),
] as [string, string][];

function typeOf(s: Json): string | undefined {
  if (s.type !== undefined) return Array.isArray(s.type) ? s.type[0] : String(s.type);
  return KEYWORD_TYPES.find(([k]) => s[k] !== undefined)?.[1];
}

const circular = (type: string | undefined) => (type === "object" ? {} : type === "array" ? [] : undefined);

function mergeDeep(into: Json, from: Json): Json {
  for (const [key, value] of Object.entries(from))
    into[key] = isObject(into[key]) && isObject(value) ? mergeDeep(into[key] as Json, value) : value;
  return into;
}

/** The sampler's deterministic UUID of a property name (a string hash seeding a small PRNG). */
function uuid(seed: string): string {
  let hash = 0;
  for (let i = 0; i < seed.length; i++) hash = ((hash << 5) - hash + seed.charCodeAt(i)) | 0;
  let [a, b, c, d] = [hash, hash, hash, hash];
  const random = () => {
    const t = (a - ((b << 27) | (b >>> 5))) | 0;
    a = b ^ ((c << 17) | (c >>> 15));
    b = (c + d) | 0;
    c = (d + t) | 0;
    d = (a + t) | 0;
    return (d >>> 0) / 4294967296;
  };
  return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (ch) => {
    const r = ((random() * 16) % 16) | 0;
    return (ch === "x" ? r : (r & 0x3) | 0x8).toString(16);
  });
}

function sampleString(s: Json, name: string | undefined): string {
  if (s.format === "uuid") return uuid(name || "id");
  const format = typeof s.format === "string" ? FORMATS[s.format] : undefined;
  if (format) return format;
  if (s.format === "password") return "pa$$word";
  const min = Number(s.minLength ?? 0) | 0;
  const text = min > 6 ? "string".repeat(Math.trunc(min / 6) + 1).slice(0, min) : "string";
  return typeof s.maxLength === "number" && s.maxLength > 0 ? text.slice(0, s.maxLength) : text;
}

function sampleNumber(s: Json): unknown {
  if ("minimum" in s) return s.minimum;
  if ("exclusiveMinimum" in s) {
    const n = Number(s.exclusiveMinimum) + 1;
    return n === s.exclusiveMaximum ? (n + Number(s.exclusiveMaximum) - 1) / 2 : n;
  }
  if ("exclusiveMaximum" in s) return Number(s.exclusiveMaximum) - 1;
  return "maximum" in s ? s.maximum : 0;
}

function sampleByType(
  s: Json,
  type: string | undefined,
  ctx: Sampling,
  depth: number,
  name?: string,
): unknown {
  if (type === "boolean") return true;
  if (type === "integer" || type === "number") return sampleNumber(s);
  if (type === "string") return sampleString(s, name);
  if (type === "array") {
    if (!s.items) return [];
    const tuple = Array.isArray(s.items) ? s.items : undefined;
    const length = Math.max(
      Math.min(Number(s.maxItems ?? Infinity), Number(s.minItems || 1)),
      tuple?.length ?? 0,
    );
    return Array.from({ length }, (_, i) => sample(tuple ? (tuple[i] ?? {}) : s.items, ctx, depth + 1));
  }
  if (type !== "object") return undefined;
  const out: Json = {};
  if (isObject(s.properties))
    for (const [key, property] of Object.entries(s.properties))
      out[key] = sample(property, ctx, depth + 1, key);
  if (isObject(s.additionalProperties)) {
    out.property1 = sample(s.additionalProperties, ctx, depth + 1);
    out.property2 = sample(s.additionalProperties, ctx, depth + 1);
  }
  return out;
}

/** An `allOf`: the base's sample, merged with each part's (objects), or the last part's. */
function sampleAllOf(s: Json, ctx: Sampling, depth: number): unknown {
  const { allOf, ...base } = s;
  let type = typeOf(base);
  let value = sample(base, ctx, depth);
  const parts: unknown[] = [];
  for (const part of allOf as unknown[]) {
    const partSchema = { type, ...(isObject(part) ? part : {}) };
    const partValue = sample(partSchema, ctx, depth);
    type ??= typeOf(isObject(part) ? (deref(ctx.spec, part) as Json) : {});
    if (partValue !== null && partValue !== undefined) parts.push(partValue);
  }
  if (type === "object") {
    value = isObject(value) ? value : {};
    for (const p of parts) if (typeof p === "object" && p !== null) mergeDeep(value as Json, p as Json);
    return value;
  }
  return parts.length ? parts[parts.length - 1] : value;
}

/**
 * Prism's static sample of a schema (@stoplight/json-schema-sampler after http-spec's conversion):
 * default, const, first enum value, example, else by type (0 or the lower bound, "string" or a
 * format's sample, true, one item, every property).
 */
export function sample(node: unknown, ctx: Sampling, depth = 1, name?: string): unknown {
  if (--ctx.ticks <= 0) throw new TooComplex("schema too complex");
  if (!isObject(node)) return undefined;
  const ref = node.$ref;
  if (typeof ref === "string") {
    const target = deref(ctx.spec, node);
    // Prism expands a recursive schema twice on a path (it inlines the first occurrence).
    if (ctx.refs.filter((r) => r === ref).length >= 2 || !isObject(target))
      return circular(isObject(target) ? typeOf(target) : undefined);
    ctx.refs.push(ref);
    const value = sample(target, ctx, depth, name);
    ctx.refs.pop();
    return value;
  }
  const s: Json = { ...node };
  convertKeywords(s);
  if (depth > 15) return circular(typeOf(s));
  if (Array.isArray(s.allOf)) return sampleAllOf(s, ctx, depth);
  for (const key of ["oneOf", "anyOf"]) {
    const list = s[key];
    if (Array.isArray(list) && list.length) return sample(list[0], ctx, depth, name);
  }
  if (s.default !== undefined) return s.default;
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  return sampleByType(s, typeOf(s), ctx, depth, name);
}

/** A media object's first example as http-spec lists them: `example`, the schema's, then `examples`. */
function firstExample(spec: Json, media: Json): { value: unknown } | undefined {
  const schema = deref(spec, media.schema);
  const own = "example" in media ? media.example : isObject(schema) ? schema.example : undefined;
  if (own !== undefined) return { value: own };
  const named = isObject(media.examples) ? Object.values(media.examples)[0] : undefined;
  if (named === undefined) return undefined;
  const example = deref(spec, named);
  return { value: isObject(example) ? example.value : undefined };
}

/** A response's headers as Prism mocks them: each one's example, else a sample (numbers and strings only). */
function mockedHeaders(spec: Json, response: Json): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, header] of Object.entries(isObject(response.headers) ? response.headers : {})) {
    const h = deref(spec, header);
    if (!isObject(h) || !isObject(h.schema)) continue;
    const example = "example" in h ? { value: h.example } : firstExample(spec, { examples: h.examples });
    const value = example ? example.value : sample(h.schema, { spec, ticks: 2500, refs: [] });
    if (typeof value === "string" || typeof value === "number") out[name] = String(value);
  }
  return out;
}

/**
 * The answer of one response: its status, headers, and the chosen content's first example (else a
 * sample of its schema). `prefer` picks the content: JSON first for a valid request; for a
 * refusal, Prism takes the first content with an example, else the first with a schema.
 */
export function answerOf(spec: Json, response: Json, status: number, refusal: boolean): Answer {
  const headers = mockedHeaders(spec, response);
  const contents = Object.entries(isObject(response.content) ? response.content : {}).filter(
    (entry): entry is [string, Json] => isObject(entry[1]),
  );
  const essence = (t: string) => (t.split(";")[0] ?? "").trim().toLowerCase();
  const chosen = refusal
    ? (contents.find(([, m]) => firstExample(spec, m)) ?? contents.find(([, m]) => isObject(m.schema)))
    : (contents.find(([t]) => t === "*/*") ??
      contents.find(([t]) => essence(t) === "application/json") ??
      contents[0]);
  if (!chosen)
    return {
      status,
      headers: refusal ? headers : { ...headers, "content-type": "text/plain" },
      body: undefined,
    };
  const [mediaType, media] = chosen;
  const example = firstExample(spec, media);
  // An example without a value (`externalValue` only): a refusal answers no body, a success a sample.
  const body =
    example && (refusal || example.value !== undefined)
      ? example.value
      : sample(media.schema, { spec, ticks: 2500, refs: [] });
  return { status, headers: { ...headers, "content-type": mediaType }, body };
}
