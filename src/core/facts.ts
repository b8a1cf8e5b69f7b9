import type { EnvelopeReader } from "./envelope.js";

/**
 * What the code knows about an API, read from its bundled spec (generated/<api>.json) and nothing
 * else: OpenAPI's own fields (`operationId`, `security`, `tags`, parameters) and the `x-iotdock-…`
 * extensions described in specs/x-iotdock.schema.json. Adding an operation to a spec is all it
 * takes for the client, transport, sandbox, contract runner, Dredd hooks and portal to know it.
 */

/** How an operation is authenticated: signed per the vendor's recipe, with a user token, both, or neither. */
export interface OperationAuth {
  /** Signed with the vendor recipe `recipe` (security schemes without `x-iotdock-auth: token`). */
  signed: boolean;
  /**
   * The signing recipe (`x-iotdock-signing`): its name, "default" when the operation names none,
   * "sha256" for a hash over request values (then `sha256` says which).
   */
  recipe: string;
  /** A `sha256` recipe: the request values hashed in order (`a|b`: a, else b), where the signature goes. */
  sha256?: { fields: string[]; in: "query" | "body" };
  /** Query credentials the client adds as they are (security schemes with `x-iotdock-auth: credential`). */
  credentials: string[];
  /** The query parameters of its security schemes other than a token's (credentials, signing material). */
  schemeQuery: string[];
  /** Carries a user access token (a security scheme with `x-iotdock-auth: token`). */
  token: { in: "header" | "query"; name: string } | undefined;
}

export interface OperationFacts {
  operationId: string;
  method: string;
  /** The path template, e.g. `/v2/device/{deviceKey}`. */
  path: string;
  tags: string[];
  auth: OperationAuth;
  /** Safe to send again (`x-iotdock-idempotent`): retried on network errors and 5xx. */
  idempotent: boolean;
  /** Body fields the client fills from credentials (`x-iotdock-body-credentials`: field → credential). */
  bodyCredentials: Record<string, string>;
  /** Sandbox behaviours this operation triggers (`x-iotdock-state`), by name. */
  state: string[];
  /** An encrypted password the client derives from a plaintext one (`x-iotdock-password`). */
  password: { in: "query" | "body"; field: string; random: string } | undefined;
  /** The query parameter that carries a refresh token (`x-iotdock-token: refresh`). */
  refreshTokenParam: string | undefined;
  /** Query parameters whose values are secret (`x-iotdock-secret`): never printed. */
  secretQuery: string[];
  /** Whether the operation has a JSON request body. */
  jsonBody: boolean;
  /** The vendor codes the operation lists (`x-iotdock-codes`), as strings. */
  codes: string[];
  /** The parameters the operation requires: query, path and header ones, and the JSON body's top-level fields. */
  required: string[];
}

/** Meaning of a vendor code (`kind` of `x-iotdock-error-codes`), for the error classes and token renewal. */
export type CodeKind = "invalid-token" | "authentication" | "invalid-request" | "rate-limited" | "server";

export interface ErrorCodeFacts {
  code: string | number;
  msg: string;
  description?: string;
  kind?: CodeKind;
  sandboxOnly?: boolean;
  /** The request parameter whose absence the code reports (`missing`). */
  missing?: string;
  /** The operations that answer it (absent: any). */
  operations?: string[];
}

/** `x-iotdock-envelope`: where the result code, message and data sit in every answer. */
export interface EnvelopeFacts {
  code: string;
  /** The message field; absent when the vendor sends none (messages then come from the code table). */
  message?: string;
  /** The data field; absent when the data is the body itself. */
  data?: string;
  success: (string | number)[];
}

export interface ApiFacts {
  name: string;
  spec: Record<string, unknown>;
  operations: OperationFacts[];
  byId: ReadonlyMap<string, OperationFacts>;
  /** The operation of a method and a concrete (or template) path; a base-path prefix is allowed. */
  find(method: string, path: string): OperationFacts | undefined;
  envelope: EnvelopeFacts | undefined;
  read: EnvelopeReader;
  codes: ReadonlyMap<string, ErrorCodeFacts>;
  /** Codes whose kind is `kind`, as strings. */
  codesOf(kind: CodeKind): ReadonlySet<string>;
  /**
   * Whether the spec lists `code` for `operationId`, in the code's `operations` or the operation's
   * `x-iotdock-codes` (a code listed for no operation in particular, or unknown: for all).
   */
  answers(code: string | number, operationId: string): boolean;
  /** Query parameters whose values are secret or give one away (never printed). */
  sensitiveQuery: ReadonlySet<string>;
}

type Json = Record<string, unknown>;

/** Follows a local `$ref` (`#/components/…`) of a bundled spec. */
export function deref(spec: Json, node: unknown): unknown {
  let current = node;
  for (let hops = 0; hops < 20; hops++) {
    const ref = (current as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/")) return current;
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((at, key) => (at as Json | undefined)?.[key], spec);
  }
  return current;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

function authOf(spec: Json, op: Json): OperationAuth {
  const schemes = ((spec.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  const requirement = ((op.security ?? spec.security ?? []) as Json[])[0] ?? {};
  const recipe = op["x-iotdock-signing"];
  let signed = typeof recipe === "object" && recipe !== null;
  let token: OperationAuth["token"];
  const credentials: string[] = [];
  const schemeQuery: string[] = [];
  for (const name of Object.keys(requirement)) {
    const scheme = schemes[name] ?? {};
    if (scheme.in === "query" && scheme["x-iotdock-auth"] !== "token") schemeQuery.push(String(scheme.name));
    if (scheme["x-iotdock-auth"] === "token")
      token = { in: scheme.in === "query" ? "query" : "header", name: String(scheme.name) };
    else if (scheme["x-iotdock-auth"] === "credential") credentials.push(String(scheme.name));
    else signed = true;
  }
  if (typeof recipe === "object" && recipe !== null) {
    const { sha256, in: where } = recipe as { sha256: string[]; in?: "query" | "body" };
    return {
      signed,
      recipe: "sha256",
      sha256: { fields: sha256, in: where ?? "query" },
      credentials,
      schemeQuery,
      token,
    };
  }
  return { signed, recipe: String(recipe ?? "default"), credentials, schemeQuery, token };
}

function operationFacts(spec: Json, path: string, method: string, op: Json): OperationFacts {
  const params = ((op.parameters ?? []) as unknown[]).map((p) => deref(spec, p) as Json);
  const refresh = params.find((p) => p["x-iotdock-token"] === "refresh");
  const state = op["x-iotdock-state"];
  const password = op["x-iotdock-password"] as OperationFacts["password"];
  const content = ((deref(spec, op.requestBody) as Json | undefined)?.content ?? {}) as Json;
  return {
    operationId: String(op.operationId),
    method: method.toUpperCase(),
    path,
    tags: (op.tags ?? []) as string[],
    auth: authOf(spec, op),
    idempotent: op["x-iotdock-idempotent"] === true,
    bodyCredentials: (op["x-iotdock-body-credentials"] ?? {}) as Record<string, string>,
    state: state === undefined ? [] : Array.isArray(state) ? state.map(String) : [String(state)],
    password,
    refreshTokenParam: refresh ? String(refresh.name) : undefined,
    secretQuery: params
      .filter((p) => p.in === "query" && p["x-iotdock-secret"] === true)
      .map((p) => String(p.name)),
    jsonBody: Object.keys(content).some((type) => type.includes("json")),
    codes: ((op["x-iotdock-codes"] ?? []) as unknown[]).map(String),
    required: [
      ...params.filter((p) => p.required === true).map((p) => String(p.name)),
      ...requiredBodyFields(spec, content),
    ],
  };
}

/** The required top-level fields of a JSON request body's schema (through `$ref` and `allOf`). */
function requiredBodyFields(spec: Json, content: Json): string[] {
  const type = Object.keys(content).find((t) => t.includes("json"));
  const schema = deref(spec, (content[type ?? ""] as Json | undefined)?.schema) as Json | undefined;
  if (!schema) return [];
  const parts = [schema, ...((schema.allOf ?? []) as unknown[]).map((s) => deref(spec, s) as Json)];
  return parts.flatMap((s) => ((s?.required ?? []) as unknown[]).map(String));
}

/** A matcher for a path template: `{name}` matches one segment. */
function templateMatcher(template: string): RegExp {
  const escaped = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]+");
  // A base URL may carry a gateway prefix before the operation's path.
  return new RegExp(`${escaped}$`);
}

/** An answer's code field, read by the envelope's facts; undefined when it is not a code (or no envelope). */
export function envelopeCode(
  envelope: EnvelopeFacts | undefined,
  body: unknown,
): string | number | undefined {
  if (!envelope || typeof body !== "object" || body === null) return undefined;
  const code = (body as Json)[envelope.code];
  return typeof code === "number" || typeof code === "string" ? code : undefined;
}

function envelopeReader(envelope: EnvelopeFacts | undefined, codes: Map<string, ErrorCodeFacts>) {
  const reader: EnvelopeReader = (body) => {
    const code = envelopeCode(envelope, body);
    if (code === undefined || !envelope) return undefined;
    const b = body as Json;
    const own = envelope.message ? b[envelope.message] : undefined;
    return {
      ok: envelope.success.some((s) => s === code),
      code,
      message: typeof own === "string" ? own : (codes.get(String(code))?.msg ?? ""),
      // Like DataOf (src/core/call.ts): the envelope's data field; without one configured, an
      // answer's own `data` field (Haier's scene answers), else the whole answer.
      data: envelope.data ? b[envelope.data] : "data" in b ? b.data : body,
      requestId: typeof b.requestId === "string" ? b.requestId : undefined,
    };
  };
  return reader;
}

/** The facts of a parsed, bundled spec. */
export function apiFacts(name: string, spec: Json): ApiFacts {
  const operations: OperationFacts[] = [];
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (op?.operationId) operations.push(operationFacts(spec, path, method, op));
    }
  }
  const byId = new Map(operations.map((o) => [o.operationId, o]));
  const exact = new Map(operations.map((o) => [`${o.method} ${o.path}`, o]));
  const templated = operations.map((o) => ({ op: o, match: templateMatcher(o.path) }));
  const codes = new Map(
    ((spec["x-iotdock-error-codes"] ?? []) as ErrorCodeFacts[]).map((c) => [String(c.code), c]),
  );
  // Who answers a code: the catalogue's `operations`, joined by every operation's `x-iotdock-codes`.
  const answering = new Map<string, Set<string>>();
  for (const c of codes.values()) if (c.operations) answering.set(String(c.code), new Set(c.operations));
  for (const op of operations) {
    for (const code of op.codes) {
      if (!answering.has(code)) answering.set(code, new Set());
      answering.get(code)?.add(op.operationId);
    }
  }
  const envelope = spec["x-iotdock-envelope"] as EnvelopeFacts | undefined;
  const sensitiveQuery = new Set<string>();
  const schemes = ((spec.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  for (const scheme of Object.values(schemes)) {
    if (scheme.in === "query" && scheme["x-iotdock-secret"] === true) sensitiveQuery.add(String(scheme.name));
  }
  for (const op of operations) for (const name of op.secretQuery) sensitiveQuery.add(name);
  const byKind = new Map<string, Set<string>>();
  for (const c of codes.values()) {
    if (!c.kind) continue;
    if (!byKind.has(c.kind)) byKind.set(c.kind, new Set());
    byKind.get(c.kind)?.add(String(c.code));
  }
  return {
    name,
    spec,
    operations,
    byId,
    find(method, path) {
      const m = method.toUpperCase();
      return exact.get(`${m} ${path}`) ?? templated.find((t) => t.op.method === m && t.match.test(path))?.op;
    },
    envelope,
    read: envelopeReader(envelope, codes),
    codes,
    codesOf: (kind) => byKind.get(kind) ?? new Set(),
    answers(code, operationId) {
      const listed = answering.get(String(code));
      return listed === undefined || listed.has(operationId);
    },
    sensitiveQuery,
  };
}
