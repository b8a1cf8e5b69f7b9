import {
  type BodySerializer,
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  defaultPathSerializer,
  type HeadersOptions,
  type Middleware,
  mergeHeaders,
  type QuerySerializer,
  type QuerySerializerOptions,
  removeTrailingSlash,
} from "openapi-fetch";
import type { ApiFacts, OperationFacts } from "./facts.js";
import type { Secret } from "./secret.js";
import { filledObject, withSearch } from "./sign-steps.js";
import { type CallScope, knownBody, rebuildRequest, rememberBody } from "./transport.js";

/** The parts of a request a signer reads and changes. */
export interface RequestParts {
  method: string;
  /** Full URL: the Host and the query may be signed. */
  url: URL;
  headers: Headers;
  /** The exact body bytes sent, as text; undefined for none. */
  body: string | undefined;
}

/**
 * A vendor's signer: a pure function of the request, the operation's facts (which recipe) and the
 * credentials (by the keys of the vendor definition's `credentials`). Time and randomness are
 * injected when the signer is created. Returns new parts; the input is not changed.
 */
export type Sign = (parts: RequestParts, operation: OperationFacts, credentials: Credentials) => RequestParts;

/** Credential values by key (`appId`, `appKey`, …); secrets revealed only here, for signing. */
export type Credentials = Readonly<Record<string, string>>;

/** Appends query parameters after the caller's, so the caller's stay byte-for-byte as sent. */
export function appendQuery(url: URL, added: Record<string, string>): URL {
  const extra = Object.entries(added)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join("&");
  if (!extra) return new URL(url);
  const search = url.search;
  return withSearch(url, search ? `${search.slice(1)}&${extra}` : extra);
}

/** The JSON object a text holds, or undefined (no text, not JSON, or JSON but not an object). */
export function jsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === "object" && json !== null && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fills the body fields an operation takes from credentials (`x-iotdock-body-credentials`), unless
 * the caller gave them. Leaves a body that is not a JSON object as it is.
 */
export function fillBodyCredentials(
  body: string | undefined,
  operation: OperationFacts,
  credentials: Credentials,
): string | undefined {
  const fields = Object.entries(operation.bodyCredentials);
  if (fields.length === 0) return body;
  const object = jsonObject(body);
  if (!object) return body;
  for (const [field, key] of fields) object[field] ??= credentials[key];
  return JSON.stringify(object);
}

/** Everything a request needs before it is sent: credentials in the body, then the vendor's signature. */
export function prepareRequest(
  parts: RequestParts,
  operation: OperationFacts,
  sign: Sign,
  credentials: Credentials,
): RequestParts {
  const body = fillBodyCredentials(parts.body, operation, credentials);
  return signFilled(body === parts.body ? parts : { ...parts, body }, operation, sign, credentials);
}

/** The vendor's signature on parts whose body has its credentials already. */
function signFilled(parts: RequestParts, operation: OperationFacts, sign: Sign, credentials: Credentials) {
  const needsSigner = operation.auth.signed || operation.auth.credentials.length > 0;
  return needsSigner ? sign(parts, operation, credentials) : parts;
}

/** Whether a request of `operation` is changed before it is sent: signed, or credentials added. */
function needsSigning(operation: OperationFacts): boolean {
  return (
    operation.auth.signed ||
    operation.auth.credentials.length > 0 ||
    Object.keys(operation.bodyCredentials).length > 0
  );
}

/** Reveals credentials given as strings or `Secret`s, at signing time only. */
export function revealAll(credentials: Readonly<Record<string, string | Secret>>): Credentials {
  const revealed: Record<string, string> = {};
  for (const key in credentials) {
    const value = credentials[key] as string | Secret;
    revealed[key] = typeof value === "string" ? value : value.reveal();
  }
  return revealed;
}

/**
 * What signing noted of a call before openapi-fetch built its Request, handed to the middleware
 * under a symbol of the call's `params`: the exact body text (null: none; undefined: not text),
 * whether the call is signed already, and the call's scope.
 */
interface Serialized {
  body: string | null | undefined;
  signed: boolean;
  scope: CallScope | undefined;
}
const SERIALIZED = Symbol("iotdock.serialized");

const serializedIn = (params: unknown): Serialized | undefined =>
  (params as { [SERIALIZED]?: Serialized } | undefined)?.[SERIALIZED];

/** Whether `callSigner` signed a call's options already (its body text known, nothing read back). */
export const isPresigned = (init: CallInit): boolean => serializedIn(init.params)?.signed === true;

/** The options of one openapi-fetch call that signing reads and replaces. */
export interface CallInit {
  baseUrl?: string;
  params?: {
    query?: Record<string, unknown>;
    path?: Record<string, unknown>;
    header?: HeadersOptions;
    [k: string]: unknown;
  };
  body?: unknown;
  headers?: HeadersOptions;
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  bodySerializer?: BodySerializer<unknown>;
  pathSerializer?: (pathname: string, pathParams: Record<string, unknown>) => string;
  [option: string]: unknown;
}

/**
 * The one signing middleware of every vendor client: finds the operation in the spec's facts,
 * fills credentials into its body and signs it with the vendor's signer. Requests the spec does not
 * know, and operations that need neither, pass unchanged (no copy). A vendor client's calls arrive
 * signed already (see `callSigner`): the middleware only notes their body for the transport. The
 * body of a request iotdock did not build (this middleware given to another openapi-fetch client)
 * is read back from the Request.
 */
export function signingMiddleware(
  api: ApiFacts,
  sign: Sign,
  credentials: Readonly<Record<string, string | Secret>>,
): Middleware {
  return {
    // Not async: a call signed already is passed on without a promise of its own.
    onRequest({ request, schemaPath, params }) {
      const serialized = serializedIn(params);
      if (serialized) rememberBody(request, serialized.body, serialized.scope);
      if (serialized?.signed) return undefined;
      const operation = api.find(request.method, schemaPath);
      if (!operation || !needsSigning(operation)) return undefined;
      return signRequest(request, operation, sign, revealAll(credentials));
    },
  };
}

/** Signs a Request iotdock did not serialise itself: its body is read back (the only place). */
async function signRequest(
  request: Request,
  operation: OperationFacts,
  sign: Sign,
  credentials: Credentials,
) {
  const known = knownBody(request);
  const body = known !== undefined ? known : request.body === null ? null : await request.clone().text();
  const parts: RequestParts = {
    method: request.method,
    url: new URL(request.url),
    headers: request.headers,
    body: body ?? undefined,
  };
  const signed = prepareRequest(parts, operation, sign, credentials);
  return rebuildRequest(request, signed.url, {
    headers: signed.headers,
    body: body === null ? null : (signed.body ?? null),
  });
}

const JSON_BODY = { "Content-Type": "application/json" };

/**
 * Signs a vendor client's call before openapi-fetch builds its Request: serialises the body and
 * the URL exactly as openapi-fetch will (its own serializers), signs those bytes, and gives
 * openapi-fetch the signed body, query and headers to build the one Request that is sent. A body
 * that does not serialise to text is left to the middleware. Returns the call's new options.
 */
export function callSigner(
  api: ApiFacts,
  sign: Sign,
  credentials: Readonly<Record<string, string | Secret>>,
  clientBaseUrl: string,
): (method: string, schemaPath: string, init: CallInit | undefined, scope?: CallScope) => CallInit {
  const baseUrl = removeTrailingSlash(clientBaseUrl);
  const defaultQuery = createQuerySerializer();
  return (method, schemaPath, init, scope) => {
    const operation = api.find(method, schemaPath);
    if (scope && operation) scope.idempotent = operation.idempotent;
    if (!operation || !needsSigning(operation)) return recording(init, scope);
    const params = init?.params ?? {};
    const revealed = revealAll(credentials);
    const fields = operation.bodyCredentials;
    const fill = Object.keys(fields).length ? { fields, credentials: revealed } : undefined;
    const serialized = init?.body === undefined ? null : serialize(init, params, fill);
    if (serialized === undefined) return recording(init, scope);
    const text = serialized === null ? null : serialized.text;
    const given = init?.querySerializer;
    const querySerializer =
      typeof given === "function" ? given : given ? createQuerySerializer(given) : defaultQuery;
    const url = new URL(
      createFinalURL(schemaPath, {
        baseUrl: init?.baseUrl ? removeTrailingSlash(init.baseUrl) : baseUrl,
        params,
        querySerializer,
        pathSerializer: init?.pathSerializer ?? defaultPathSerializer,
      }),
    );
    const headers = mergeHeaders(text === null ? {} : JSON_BODY, init?.headers, params.header);
    const parts = { method, url, headers, body: text ?? undefined };
    const signed = serialized?.filled
      ? signFilled(parts, operation, sign, revealed)
      : prepareRequest(parts, operation, sign, revealed);
    // A signer changes the query, headers and body only; anything else is left to the middleware.
    if (signed.url.origin !== url.origin || signed.url.pathname !== url.pathname)
      return recording(init, scope);
    const body = text === null ? null : (signed.body ?? null);
    const search = signed.url.search.slice(1);
    return {
      ...init,
      params: { ...params, header: undefined, [SERIALIZED]: { body, signed: true, scope } },
      headers: signed.headers,
      querySerializer: () => search,
      bodySerializer: () => body,
    };
  };
}

/**
 * The body as openapi-fetch would serialise it (undefined when that is not text), and whether its
 * credentials are in it already: a JSON body of a plain object gets them before it is serialised
 * (see `filledObject`), the same text as filling the serialised JSON, at half the cost.
 */
function serialize(
  init: CallInit,
  params: NonNullable<CallInit["params"]>,
  fill: { fields: Readonly<Record<string, string>>; credentials: Credentials } | undefined,
): { text: string; filled: boolean } | undefined {
  const headers = mergeHeaders(init.headers, params.header);
  const json = !init.bodySerializer && headers.get("content-type") !== "application/x-www-form-urlencoded";
  const filled = fill && json ? filledObject(init.body, fill.fields, fill.credentials) : undefined;
  if (filled) return { text: JSON.stringify(filled), filled: true };
  const serializer = (init.bodySerializer ?? defaultBodySerializer) as (
    body: unknown,
    headers: Headers,
  ) => unknown;
  const out = serializer(init.body, headers);
  return typeof out === "string" ? { text: out, filled: false } : undefined;
}

/** A call that is not signed keeps its options; its body text is noted as it is serialised. */
function recording(init: CallInit | undefined, scope: CallScope | undefined): CallInit {
  const serialized: Serialized = { body: null, signed: false, scope };
  const params = { ...init?.params, [SERIALIZED]: serialized };
  if (init?.body === undefined) return { ...init, params };
  const inner = (init.bodySerializer ?? defaultBodySerializer) as (
    body: unknown,
    headers?: Headers,
  ) => unknown;
  const bodySerializer = (body: unknown, headers?: Headers) => {
    const out = inner(body, headers);
    serialized.body = typeof out === "string" ? out : undefined;
    return out;
  };
  return { ...init, params, bodySerializer };
}
