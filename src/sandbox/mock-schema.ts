import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { deref } from "../core/facts.js";

/**
 * OpenAPI 3.0 schemas as the JSON Schema Prism validates with (what @stoplight/http-spec makes of
 * them), and the Ajv instances and messages of Prism's validator. Used by mock.ts.
 */

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Numeric formats become bounds, as http-spec converts them. */
const RANGES: Record<string, [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  float: [-(2 ** 128), 2 ** 128 - 1],
  double: [-Number.MAX_VALUE, Number.MAX_VALUE],
};
const LISTS = ["allOf", "anyOf", "oneOf"];
const SINGLES = ["not", "items", "additionalProperties", "additionalItems"];

/** http-spec's keyword conversions of one schema object (already a copy), in its order. */
export function convertKeywords(s: Json): void {
  if ("example" in s) {
    s.examples = [s.example];
    delete s.example;
  }
  if (typeof s.id === "string") delete s.id;
  const format = s.format;
  if (typeof format === "string" && format in RANGES) {
    const [min, max] = RANGES[format] as [number, number];
    const n = (v: unknown, d: number) => (Number.isNaN(Number(v)) || v === undefined ? d : Number(v));
    s.minimum = Math.max(n(s.minimum, min), min);
    s.maximum = Math.min(n(s.maximum, max), max);
  } else if (format === "byte") s.pattern = "^[\\w\\d+\\/=]*$";
  else if (format === "base64") {
    s.contentEncoding = "base64";
    delete s.format;
  } else if (format === "binary") {
    s.contentMediaType = "application/octet-stream";
    delete s.format;
  }
  if (typeof s.type === "string" && "nullable" in s) {
    if (s.nullable === true) {
      s.type = [s.type, "null"];
      if (Array.isArray(s.enum)) s.enum = [...s.enum, null];
    }
    delete s.nullable;
  }
  for (const [exclusive, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (!(exclusive in s) || typeof s[exclusive] === "number") continue;
    if (s[exclusive] === true && typeof s[bound] === "number") {
      s[exclusive] = s[bound];
      delete s[bound];
    } else delete s[exclusive];
  }
}

interface Converting {
  spec: Json;
  stack: string[];
  /** Refs met inside themselves (recursive schemas): they become `definitions`. */
  defs: Map<string, string>;
}

function convertNode(node: unknown, ctx: Converting): unknown {
  if (!isObject(node)) return node;
  const ref = node.$ref;
  if (typeof ref === "string" && ref.startsWith("#/")) {
    if (ctx.stack.includes(ref)) {
      if (!ctx.defs.has(ref)) ctx.defs.set(ref, `d${ctx.defs.size}`);
      return { $ref: `#/definitions/${ctx.defs.get(ref)}` };
    }
    ctx.stack.push(ref);
    const out = convertNode(deref(ctx.spec, node) ?? {}, ctx);
    ctx.stack.pop();
    return out;
  }
  const s: Json = { ...node };
  for (const key of LISTS) {
    const list = s[key];
    if (Array.isArray(list)) s[key] = list.filter(isObject).map((x) => convertNode(x, ctx));
  }
  for (const key of SINGLES) {
    const sub = s[key];
    if (Array.isArray(sub)) s[key] = sub.map((x) => convertNode(x, ctx));
    else if (isObject(sub)) s[key] = convertNode(sub, ctx);
  }
  if (isObject(s.properties)) {
    s.properties = Object.fromEntries(
      Object.entries(s.properties).map(([k, v]) => [k, isObject(v) ? convertNode(v, ctx) : v]),
    );
  }
  convertKeywords(s);
  return s;
}

/**
 * A spec's schema (or a `$ref` to one) as the JSON Schema Prism validates against: references
 * inlined (a recursive one through `definitions`), `nullable`, `example`, numeric formats and
 * boolean exclusive bounds converted; `x-` keys stay (Ajv ignores them).
 */
export function jsonSchema(spec: Json, node: unknown): Json {
  const ctx: Converting = { spec, stack: [], defs: new Map() };
  const root = convertNode(node, ctx);
  const out: Json = isObject(root) ? root : {};
  const definitions: Json = {};
  for (let done = 0; done < ctx.defs.size; done++) {
    const [ref, name] = [...ctx.defs.entries()][done] as [string, string];
    ctx.stack = [ref];
    definitions[name] = convertNode(deref(spec, { $ref: ref }) ?? {}, ctx);
  }
  if (ctx.defs.size)
    out.definitions = { ...(isObject(out.definitions) ? out.definitions : {}), ...definitions };
  return out;
}

const KEEP_FIRST = /^(x-|description$|title$|examples$|default$|deprecated$|readOnly$|writeOnly$)/;
const LARGER = new Set(["minimum", "minLength", "minItems", "minProperties"]);
const SMALLER = new Set(["maximum", "maxLength", "maxItems", "maxProperties"]);
const FAIL = Symbol("unmergeable");

function mergeKeyword(key: string, a: unknown, b: unknown): unknown {
  if (JSON.stringify(a) === JSON.stringify(b) || KEEP_FIRST.test(key)) return a;
  if (LARGER.has(key) && typeof a === "number" && typeof b === "number") return Math.max(a, b);
  if (SMALLER.has(key) && typeof a === "number" && typeof b === "number") return Math.min(a, b);
  // json-schema-merge-allof sorts a merged `required` (Ajv reports missing fields in its order).
  if (key === "required" && Array.isArray(a) && Array.isArray(b)) return [...new Set([...a, ...b])].sort();
  if (key === "properties" && isObject(a) && isObject(b)) {
    const out: Json = { ...a };
    for (const [name, schema] of Object.entries(b)) {
      out[name] = name in a ? withoutAllOf({ allOf: [a[name], schema] }) : schema;
    }
    return out;
  }
  return FAIL;
}

/**
 * `allOf` merged into one schema, at every level, as Prism does for request bodies (so a violation
 * is reported once); left as it is where the parts cannot simply be merged (same validation).
 */
export function withoutAllOf(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  let s: Json = { ...schema };
  if (isObject(s.properties))
    s.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, withoutAllOf(v)]));
  if (isObject(s.items)) s.items = withoutAllOf(s.items);
  if (!Array.isArray(s.allOf)) return s;
  const { allOf, ...base } = s;
  const parts = [base, ...allOf.map(withoutAllOf)];
  if (parts.some((p) => !isObject(p) || "$ref" in p)) return s;
  let merged: Json = {};
  for (const part of parts as Json[]) {
    const next: Json = { ...merged };
    for (const [key, value] of Object.entries(part)) {
      const m = key in next ? mergeKeyword(key, next[key], value) : value;
      if (m === FAIL) return s;
      next[key] = m;
    }
    merged = next;
  }
  s = merged;
  return s;
}

/** Properties marked `readOnly` removed (and from `required`): a request need not send them. */
export function withoutReadOnly(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  const s: Json = { ...schema };
  if (isObject(s.items)) s.items = withoutReadOnly(s.items);
  if (!isObject(s.properties)) return s;
  const kept = Object.entries(s.properties).filter(([, v]) => !(isObject(v) && v.readOnly === true));
  const names = new Set(kept.map(([k]) => k));
  s.properties = Object.fromEntries(kept.map(([k, v]) => [k, withoutReadOnly(v)]));
  if (Array.isArray(s.required)) s.required = s.required.filter((r) => names.has(String(r)));
  return s;
}

/** Prism's RFC 3339 checks (ajv-formats 2, which Prism ships: `time` needs no zone, `date-time` does). */
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|[+-]\d\d(?::?\d\d)?)?$/i;
function isDate(text: string): boolean {
  const m = /^(\d\d\d\d)-(\d\d)-(\d\d)$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : (DAYS[month] ?? 0));
}
function isTime(text: string, withZone: boolean): boolean {
  const m = TIME.exec(text);
  if (!m) return false;
  const [h, min, s, zone] = [Number(m[1]), Number(m[2]), Number(m[3]), m[5] ?? ""];
  const clock = (h <= 23 && min <= 59 && s <= 59) || (h === 23 && min === 59 && s === 60);
  if (!clock || !withZone) return clock;
  return (
    /^z$/i.test(zone) ||
    (/^[+-]/.test(zone) && isTime(`${zone.slice(1)}:00`, false)) ||
    /^[+-](?:[01]\d|2[0-4])(?::?[0-5]\d)?$/.test(zone)
  );
}
const isDateTime = (text: string) => {
  const parts = text.split(/t|\s/i);
  return parts.length === 2 && isDate(parts[0] ?? "") && isTime(parts[1] ?? "", true);
};

/** Prism's Ajv options: every error, union types, no strict mode; unknown formats pass silently. */
function newAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    allowUnionTypes: true,
    allowMatchingProperties: true,
    strict: false,
    coerceTypes,
    logger: { log() {}, warn() {}, error: (...args: unknown[]) => console.error(...args) },
  });
  addFormats.default(ajv);
  ajv.addFormat("date-time", { validate: isDateTime });
  ajv.addFormat("time", { validate: (t: string) => isTime(t, false) });
  ajv.addFormat("ipv4", /^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/);
  return ajv;
}

/** Compiles schemas with Prism's two Ajv set-ups: coercing (parameters, forms) and strict (JSON bodies). */
export function createCompiler() {
  let ajvs: { coerce: Ajv; strict: Ajv } | undefined;
  return (schema: Json, coerce: boolean): ValidateFunction | undefined => {
    ajvs ??= { coerce: newAjv(true), strict: newAjv(false) };
    try {
      return (coerce ? ajvs.coerce : ajvs.strict).compile(schema);
    } catch {
      return undefined; // Prism skips a schema Ajv cannot compile
    }
  };
}

export interface Violation {
  message: string;
  code?: number | string;
  warning?: boolean;
}

/** Prism's wording of Ajv's errors: "Request query parameter codetype must be equal to one of …". */
export function violations(errors: ErrorObject[], prefix: string): Violation[] {
  return errors.map((error) => {
    const params = error.params as {
      allowedValues?: unknown[];
      additionalProperty?: string;
      unevaluatedProperty?: string;
    };
    const allowed = "allowedValues" in params ? `: ${(params.allowedValues ?? []).join(", ")}` : "";
    const extra = "additionalProperty" in params ? `; found '${params.additionalProperty}'` : "";
    const unevaluated = "unevaluatedProperty" in params ? `: '${params.unevaluatedProperty}'` : "";
    const path = error.instancePath.split("/").filter((segment) => segment !== "");
    const where = path.length
      ? `${prefix === "body" ? "property " : "parameter "}${path.join(".").trim()} `
      : "";
    return {
      code: error.keyword,
      message: `Request ${prefix} ${where}${error.message ?? ""}${allowed}${extra}${unevaluated}`,
    };
  });
}
