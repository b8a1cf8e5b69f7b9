import type { ValidateFunction } from "ajv";
import { deref } from "../core/facts.js";
import {
  type createCompiler,
  isObject,
  type Json,
  jsonSchema,
  type Violation,
  violations,
} from "./mock-schema.js";

/**
 * Prism's parameter checks: each parameter read from the request in its style (form for the
 * query, simple for headers and paths; all of a location's values, names in lower case, checked
 * as one object), strings coerced to the declared types. Used by mock-request.ts.
 */

export type Compile = ReturnType<typeof createCompiler>;

interface Parameter {
  name: string;
  key: string;
  style: string | undefined;
  explode: boolean;
  deprecated: boolean;
}

const keyValues = (items: string[]) => {
  const out: Json = {};
  items.forEach((item, i) => {
    if (i % 2 === 0) out[item] = undefined;
    else out[items[i - 1] as string] = item;
  });
  return out;
};
const last = (v: unknown) => String(Array.isArray(v) ? v[v.length - 1] : v);
const pairs = (v: string, sep: string) =>
  Object.fromEntries(v.split(sep).map((pair) => pair.split("=").slice(0, 2) as [string, string]));

/** Prism's form-style (query) deserialisation of one parameter. */
function formValue(p: Parameter, values: Json, schema: Json | undefined): unknown {
  const type = schema?.type;
  const value = values[p.key];
  if (type === "object" && p.explode) {
    const props = isObject(schema?.properties) ? schema.properties : {};
    return Object.fromEntries(Object.entries(values).filter(([k]) => Object.hasOwn(props, k)));
  }
  if (!value) return undefined;
  if (type === "array") return p.explode ? (Array.isArray(value) ? value : [value]) : last(value).split(",");
  return type === "object" ? keyValues(last(value).split(",")) : value;
}

/** Prism's deepObject style: `name[key]`, `name[list][0]`, … as the schema's shape says. */
function deepValue(p: Parameter, values: Json, schema: Json | undefined): unknown {
  const at = (path: string[]) => p.key + path.map((part) => `[${part}]`).join("");
  const build = (path: string[], def: Json): unknown => {
    if (def.type === "object")
      return Object.fromEntries(
        Object.entries(isObject(def.properties) ? def.properties : {}).map(([k, v]) => [
          k,
          build([...path, k], isObject(v) ? v : {}),
        ]),
      );
    if (def.type !== "array") return values[at(path)];
    const prefix = at(path);
    const indexes = new Set<string>();
    for (const key of Object.keys(values)) {
      const m = key.startsWith(`${prefix}[`) ? /^\[(\d+)\]/.exec(key.slice(prefix.length)) : null;
      if (m?.[1] !== undefined) indexes.add(m[1]);
    }
    return [...indexes].map((i) => build([...path, i], isObject(def.items) ? def.items : {}));
  };
  return build([], schema ?? {});
}

/** Prism's deserialisation of a query parameter, by its style. */
function queryValue(p: Parameter, values: Json, schema: Json | undefined): unknown {
  const style = p.style ?? "form";
  if (["form", "simple", "unspecified"].includes(style)) return formValue(p, values, schema);
  if (style === "deepObject") return deepValue(p, values, schema);
  const sep = { spaceDelimited: "%20", pipeDelimited: "|", commaDelimited: "," }[style];
  if (sep === undefined) return undefined;
  if (schema?.type !== "array")
    throw new Error("Space/pipe/comma.. delimited style is only applicable to array parameter");
  const value = values[p.key];
  return p.explode ? (Array.isArray(value) ? value : [value]) : value ? last(value).split(sep) : "";
}

/** Prism's deserialisation of a header (simple style) or path parameter (simple, label, matrix). */
function simpleValue(where: string, p: Parameter, values: Json, schema: Json | undefined): unknown {
  const style = p.style ?? "simple";
  let value = values[p.key];
  if (value === undefined || (where === "header" && style !== "simple")) return undefined;
  if (where === "path" && (style === "label" || style === "matrix")) {
    const prefix = style === "label" ? "." : ";";
    if (!String(value).startsWith(prefix))
      throw new Error(
        `${style === "label" ? "Label" : "Matrix"} serialization style requires parameter to be prefixed with "${prefix}"`,
      );
    value = String(value).slice(1);
    if (style === "matrix") value = String(value).replace(`${p.key}=`, "");
  } else if (where === "path" && style !== "simple") return undefined;
  if (typeof value !== "string") return value;
  if (schema?.type === "array") return value === "" ? [] : value.split(",");
  if (schema?.type === "object") return p.explode ? pairs(value, ",") : keyValues(value.split(","));
  return value;
}

/** The parameters of one location, validated as Prism does: one object, names in lower case. */
export function parameterCheck(spec: Json, where: string, params: Json[], compile: Compile) {
  const list: Parameter[] = params.map((p) => ({
    name: String(p.name),
    key: String(p.name).toLowerCase(),
    style: typeof p.style === "string" ? p.style : undefined,
    explode: p.explode === true,
    deprecated: p.deprecated === true,
  }));
  const properties: Json = {};
  for (const p of params) {
    if (isObject(p.schema)) {
      const example = "example" in p ? { example: p.example } : {};
      properties[String(p.name).toLowerCase()] = jsonSchema(spec, {
        ...(deref(spec, p.schema) as Json),
        ...example,
      });
    }
  }
  const required = params.filter((p) => p.required === true).map((p) => String(p.name).toLowerCase());
  let validate: ValidateFunction | undefined | null = null;
  const anyDeprecated = list.some((p) => p.deprecated);
  return (target: Record<string, unknown>): Violation[] => {
    const values: Json = {};
    for (const k in target) values[k.toLowerCase()] = target[k];
    const data: Json = {};
    for (const p of list) {
      const schema = properties[p.key] as Json | undefined;
      const value = where === "query" ? queryValue(p, values, schema) : simpleValue(where, p, values, schema);
      if (value) data[p.key] = value;
    }
    if (validate === null) validate = compile({ type: "object", properties, required }, true);
    const deprecated = !anyDeprecated
      ? []
      : list
          .filter((p) => p.deprecated && target[p.name])
          .map((p) => ({
            message: `${where[0]?.toUpperCase()}${where.slice(1)} param ${p.name} is deprecated`,
            warning: true,
          }));
    if (!validate || validate(data)) return deprecated;
    return [...violations(validate.errors ?? [], where), ...deprecated];
  };
}
