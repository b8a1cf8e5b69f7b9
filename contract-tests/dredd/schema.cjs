"use strict";
/**
 * The response JSON Schema of an operation of one of the OpenAPI 3.0.3 specs, in the form Dredd's
 * validator (gavel 9: Ajv 6, JSON Schema draft-07) accepts. Dredd's OpenAPI 3 parser gives no
 * `bodySchema` of its own, so without this a response is only compared with the spec's example
 * (same keys) and any value type passes.
 *
 * Conversion: local `$ref`s inlined (recursion refused), `nullable: true` → a type union with
 * `null` (and `null` added to an `enum`), OpenAPI-only keywords and `x-` extensions dropped,
 * `example`/`examples` dropped, boolean `exclusiveMinimum`/`exclusiveMaximum` turned into draft-07
 * numbers, and `format`s that Ajv 6 does not know (it refuses a schema that uses one) dropped;
 * `int32` becomes bounds.
 */
/** The formats Ajv 6 validates; any other `format` makes it throw "unknown format". */
const AJV6_FORMATS = new Set([
  "date",
  "time",
  "date-time",
  "uri",
  "uri-reference",
  "uri-template",
  "url",
  "email",
  "hostname",
  "ipv4",
  "ipv6",
  "regex",
  "uuid",
  "json-pointer",
  "json-pointer-uri-fragment",
  "relative-json-pointer",
]);

/** OpenAPI keywords with no JSON Schema meaning, and annotations left out of Dredd's messages. */
const DROPPED = new Set([
  "nullable",
  "example",
  "examples",
  "discriminator",
  "xml",
  "externalDocs",
  "deprecated",
  "readOnly",
  "writeOnly",
  "description",
  "title",
]);

const INT32 = { minimum: -(2 ** 31), maximum: 2 ** 31 - 1 };

/** Resolves a local reference (`#/components/…`, JSON Pointer escaping). */
function resolveRef(spec, ref) {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${ref}`);
  let node = spec;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !(key in node))
      throw new Error(`unresolved $ref ${ref}`);
    node = node[key];
  }
  return node;
}

/** Follows `$ref`s of a non-schema object (response, media type). */
function deref(spec, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current.$ref === "string") {
    if (seen.has(current.$ref)) throw new Error(`circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    current = resolveRef(spec, current.$ref);
  }
  return current;
}

const mapValues = (object, fn) => Object.fromEntries(Object.entries(object).map(([k, v]) => [k, fn(v)]));

/** The `definitions` key of a recursive `$ref` (`#/components/schemas/A` → `A`). */
const definitionName = (ref) => ref.split("/").pop();

/**
 * One OpenAPI 3.0 Schema Object → a draft-07 JSON Schema, `$ref`s inlined; a `$ref` that recurs
 * (a TSL STRUCT whose fields have specs) points to `#/definitions/<name>`, collected in `recursive`.
 */
function toJsonSchema(spec, node, refs = [], recursive = new Map()) {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return node;
  if (typeof node.$ref === "string") {
    if (refs.includes(node.$ref)) {
      const name = definitionName(node.$ref);
      if (!recursive.has(name)) {
        recursive.set(name, {}); // placeholder: the definition below may refer to itself again
        recursive.set(name, toJsonSchema(spec, resolveRef(spec, node.$ref), [], recursive));
      }
      return { $ref: `#/definitions/${name}` };
    }
    return toJsonSchema(spec, resolveRef(spec, node.$ref), [...refs, node.$ref], recursive);
  }
  const sub = (value) => toJsonSchema(spec, value, refs, recursive);
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key.startsWith("x-")) continue;
    switch (key) {
      case "properties":
      case "patternProperties":
        out[key] = mapValues(value, sub);
        break;
      case "items":
      case "not":
      case "additionalProperties":
        out[key] = typeof value === "object" ? sub(value) : value;
        break;
      case "allOf":
      case "oneOf":
      case "anyOf":
        out[key] = value.map(sub);
        break;
      case "format":
        if (AJV6_FORMATS.has(value)) out.format = value;
        break;
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        break; // below, once minimum/maximum are known
      default:
        out[key] = value;
    }
  }
  if (node.format === "int32") {
    if (out.minimum === undefined) out.minimum = INT32.minimum;
    if (out.maximum === undefined) out.maximum = INT32.maximum;
  }
  for (const [exclusive, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ]) {
    if (node[exclusive] === true && out[bound] !== undefined) {
      out[exclusive] = out[bound];
      delete out[bound];
    }
  }
  if (node.nullable !== true) return out;
  if (out.enum && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (out.type !== undefined) {
    out.type = [...new Set([...[].concat(out.type), "null"])];
    return out;
  }
  // nullable without a type (e.g. on an allOf): null, or whatever the rest allows.
  return { anyOf: [{ type: "null" }, out] };
}

/** The spec's operation for a method and a concrete request path (templates `{x}` match one segment). */
function findOperation(spec, method, requestPath) {
  const wanted = method.toLowerCase();
  for (const [template, item] of Object.entries(spec.paths ?? {})) {
    const pattern = new RegExp(
      `^${template
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))
        .join("[^/]+")}$`,
    );
    if (pattern.test(requestPath) && item[wanted]) {
      return { path: template, method: wanted, operation: item[wanted] };
    }
  }
  return undefined;
}

/**
 * The JSON Schema of `operation`'s `status` response for `contentType` (the first JSON media type
 * when not given), ready for `transaction.expected.bodySchema`.
 */
function responseSchema(spec, found, status, contentType) {
  const responses = found.operation.responses ?? {};
  const response = deref(spec, responses[String(status)] ?? responses.default);
  if (!response?.content) {
    throw new Error(`${found.method.toUpperCase()} ${found.path}: no ${status} response with content`);
  }
  const wanted = (contentType ?? "").split(";")[0].trim().toLowerCase();
  const mediaType =
    Object.keys(response.content).find((t) => t.toLowerCase() === wanted) ??
    Object.keys(response.content).find((t) => /[/+]json$/i.test(t.split(";")[0]));
  const schema = mediaType && deref(spec, response.content[mediaType])?.schema;
  if (!schema) throw new Error(`${found.method.toUpperCase()} ${found.path}: ${status} has no JSON schema`);
  const recursive = new Map();
  const json = toJsonSchema(spec, schema, [], recursive);
  const definitions = recursive.size ? { definitions: Object.fromEntries(recursive) } : {};
  return { $schema: "http://json-schema.org/draft-07/schema#", ...json, ...definitions };
}

module.exports = { toJsonSchema, findOperation, responseSchema };
