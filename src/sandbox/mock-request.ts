import type { ValidateFunction } from "ajv";
import { deref } from "../core/facts.js";
import { type Compile, parameterCheck } from "./mock-params.js";
import {
  isObject,
  type Json,
  jsonSchema,
  type Violation,
  violations,
  withoutAllOf,
  withoutReadOnly,
} from "./mock-schema.js";
import { pathValues } from "./path-values.js";

/**
 * Prism's request checks of one operation: security values present, parameters (with its
 * deserialisation and coercion of strings) and the body valid against the spec. Used by mock.ts.
 */

/** A request as Prism's checks see it: the query as Prism's input (one value or several a name). */
export interface CheckInput {
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  path: string;
  body: unknown;
}

type Scheme = Json | undefined;

const UNAUTHORIZED: Violation = { message: "Invalid security scheme used", code: 401 };
const unsupported = (what: string): Violation => ({
  message: `We currently do not support this type of security scheme: ${what}`,
  warning: true,
});

/** Whether one security scheme's value is present (Prism checks presence only), or why not. */
function schemeViolation(scheme: Scheme, input: CheckInput): Violation | undefined {
  const h = input.headers;
  const ok = (present: boolean) => (present ? undefined : UNAUTHORIZED);
  const bearer = () => ok(/^Bearer\s.+$/.test(h.authorization ?? ""));
  if (scheme?.type === "apiKey") {
    const name = String(scheme.name);
    if (scheme.in === "query") return ok(Boolean(input.query[name]));
    if (scheme.in === "header") return ok(Boolean(h[name.toLowerCase()]));
    if (scheme.in === "cookie")
      return ok(new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}=.+`).test(h.cookie ?? ""));
    return unsupported(`apiKey/${scheme.in}`);
  }
  if (scheme?.type === "http") {
    const kind = String(scheme.scheme).toLowerCase();
    const [given = "", ...info] = (h.authorization ?? "").split(" ");
    if (kind === "bearer") return bearer();
    if (kind === "basic")
      return ok(
        given.toLowerCase() === "basic" &&
          Buffer.from(info[0] ?? "", "base64")
            .toString()
            .split(":").length === 2 &&
          Boolean(info[0]),
      );
    if (kind === "digest")
      return ok(
        given.toLowerCase() === "digest" &&
          ["username=", "realm=", "nonce=", "uri=", "response="].every((k) => info.join("").includes(k)),
      );
    return unsupported(`http/${kind}`);
  }
  if (scheme?.type === "oauth2" || scheme?.type === "openIdConnect") return bearer();
  return unsupported(String(scheme?.type));
}

/** Prism's security check: one requirement must be met; else its first problem. */
function securityViolation(requirements: Scheme[][], input: CheckInput): Violation | undefined {
  if (requirements.length === 0) return undefined;
  let first: Violation | undefined;
  for (const schemes of requirements) {
    const problems = schemes.length
      ? schemes.map((s) => schemeViolation(s, input)).filter((v) => v !== undefined)
      : input.headers.authorization === undefined
        ? []
        : [UNAUTHORIZED];
    if (problems.length === 0) return undefined;
    first ??= problems[0];
  }
  return first;
}

/** A media type's essence as Prism's MIME parser gives it; throws on one it cannot parse. */
function essence(contentType: string): string {
  const type = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  if (!/^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/.test(type))
    throw new Error(`Could not parse MIME type string "${contentType}"`);
  return type;
}

/** Media types parsed so far (a handful: the specs' and the clients'), by their text. */
const parsedMedia = new Map<string, { type: string | undefined; subtype: string | undefined } | undefined>();

/** A media type's type and subtype (a suffix's base: `problem+json` → `json`); undefined if none. */
function mediaParts(text: string) {
  if (parsedMedia.has(text)) return parsedMedia.get(text);
  const m = /^(.+)\/(?:(.+)\+)?(.+)$/.exec((text.split(";")[0] ?? "").trim().toLowerCase());
  const parts = m ? { type: m[1], subtype: m[3] } : undefined;
  if (parsedMedia.size >= 256) parsedMedia.clear();
  parsedMedia.set(text, parts);
  return parts;
}

/** Prism's media type match: `*` wildcards, and a suffix counts (`application/problem+json` is JSON). */
function mediaMatch(given: string, spec: string): boolean {
  const [a, b] = [mediaParts(given), mediaParts(spec)];
  return (
    !!a && !!b && (a.type === b.type || b.type === "*") && (a.subtype === b.subtype || b.subtype === "*")
  );
}

interface Content {
  mediaType: string;
  schema: Json | undefined;
  validate?: ValidateFunction | undefined;
}

const FORM = "application/x-www-form-urlencoded";

/** A url-encoded body as Prism reads it: its fields, decoded, for the schema's properties. */
function formFields(text: string, schema: Json): Json {
  const fields: Json = {};
  for (const pair of text.split("&")) {
    const [key = "", ...rest] = pair.split("=");
    const value = rest.join("=").replaceAll("+", "%20");
    const decode = (t: string) => {
      try {
        return decodeURIComponent(t);
      } catch {
        return t;
      }
    };
    fields[decode(key)] = decode(value);
  }
  if (!isObject(schema.properties)) return fields;
  return Object.fromEntries(Object.keys(schema.properties).map((k) => [k, fields[k]]));
}

/** Prism's body checks: present when required, a media type the operation takes, valid content. */
function bodyCheck(spec: Json, requestBody: Json | undefined, compile: Compile) {
  const contents: Content[] = Object.entries(isObject(requestBody?.content) ? requestBody.content : {}).map(
    ([mediaType, media]) => {
      const schema = isObject(media) && isObject(media.schema) ? media.schema : undefined;
      return {
        mediaType,
        schema: schema && (withoutReadOnly(withoutAllOf(jsonSchema(spec, schema))) as Json),
      };
    },
  );
  const supported = contents.length
    ? `Supported content types: ${contents.map((c) => c.mediaType).join(",")}`
    : "No supported content types, but request included a non-empty body";
  return (body: unknown, headers: Record<string, string>): Violation[] => {
    if (requestBody?.required === true && !body)
      return [{ code: "required", message: "Body parameter is required" }];
    // Node gives header names in lower case: looked up directly, else searched.
    const header = (name: string) =>
      headers[name] ?? Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
    const type = header("content-type");
    const mediaType = type ? essence(type) : undefined;
    if ((Number.parseInt(header("content-length") ?? "", 10) || 0) !== 0) {
      if (!requestBody)
        return [{ code: 415, message: "No supported content types, but request included a non-empty body" }];
      if (mediaType && !contents.some((c) => mediaMatch(mediaType, c.mediaType)))
        return [{ code: 415, message: supported }];
    }
    if (body === undefined || body === null || !requestBody) return [];
    const content = (mediaType && contents.find((c) => mediaMatch(mediaType, c.mediaType))) || contents[0];
    if (!content?.schema) return [];
    const form = mediaType === FORM || mediaType === "multipart/form-data";
    if (form && typeof body !== "string") return [{ code: "422", message: "Target is not a string" }];
    // Multipart bodies are not parsed: their content passes (no spec here takes one).
    if (mediaType === "multipart/form-data") return [];
    content.validate ??= compile(content.schema, form);
    const data = form ? formFields(body as string, content.schema) : body;
    return !content.validate || content.validate(data)
      ? []
      : violations(content.validate.errors ?? [], "body");
  };
}

/** What one operation needs of a request, compiled on its first request. */
export function createChecks(spec: Json, template: string, pathItem: Json, op: Json, compile: Compile) {
  const schemes = (
    isObject(spec.components) && isObject(spec.components.securitySchemes)
      ? spec.components.securitySchemes
      : {}
  ) as Record<string, unknown>;
  const requirements = ((op.security ?? spec.security ?? []) as Json[]).filter(isObject).map((r) =>
    Object.keys(r)
      .filter((name) => name in schemes)
      .map((name) => deref(spec, schemes[name]) as Scheme),
  );
  const seen = new Set<string>();
  const params = [...((op.parameters ?? []) as unknown[]), ...((pathItem.parameters ?? []) as unknown[])]
    .map((p) => deref(spec, p))
    .filter((p): p is Json => isObject(p) && typeof p.name === "string" && typeof p.in === "string")
    .filter((p) => !seen.has(`${p.name}-${p.in}`) && Boolean(seen.add(`${p.name}-${p.in}`)));
  const of = (where: string) => params.filter((p) => p.in === where);
  const checks = (["header", "query", "path"] as const)
    .filter((where) => of(where).length > 0)
    .map((where) => ({ where, check: parameterCheck(spec, where, of(where), compile) }));
  const body = bodyCheck(spec, deref(spec, op.requestBody) as Json | undefined, compile);
  const pathParams = pathValues(template);
  return (input: CheckInput): Violation[] => {
    const security = securityViolation(requirements, input);
    const found = [...(security ? [security] : []), ...body(input.body, input.headers)];
    for (const { where, check } of checks) {
      const target =
        where === "header" ? input.headers : where === "query" ? input.query : pathParams(input.path);
      found.push(...check(target));
    }
    return found;
  };
}
