import type { Middleware } from "openapi-fetch";
import type { ApiFacts, OperationFacts } from "./facts.js";
import type { Secret } from "./secret.js";
import { rebuildRequest } from "./transport.js";

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
  const next = new URL(url);
  const extra = Object.entries(added)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join("&");
  if (extra) next.search = next.search ? `${next.search}&${extra}` : `?${extra}`;
  return next;
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
  if (fields.length === 0 || !body) return body;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return body;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return body;
  const object = json as Record<string, unknown>;
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
  const filled = body === parts.body ? parts : { ...parts, body };
  const needsSigner = operation.auth.signed || operation.auth.credentials.length > 0;
  return needsSigner ? sign(filled, operation, credentials) : filled;
}

/** Reveals credentials given as strings or `Secret`s, at signing time only. */
export function revealAll(credentials: Readonly<Record<string, string | Secret>>): Credentials {
  return Object.fromEntries(
    Object.entries(credentials).map(([k, v]) => [k, typeof v === "string" ? v : v.reveal()]),
  );
}

/**
 * The one signing middleware of every vendor client: finds the operation in the spec's facts,
 * fills credentials into its body and signs it with the vendor's signer. Requests the spec does not
 * know, and operations that need neither, pass unchanged (no copy).
 */
export function signingMiddleware(
  api: ApiFacts,
  sign: Sign,
  credentials: Readonly<Record<string, string | Secret>>,
): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const operation = api.find(request.method, schemaPath);
      if (!operation) return undefined;
      const hasBodyCredentials = Object.keys(operation.bodyCredentials).length > 0;
      if (!operation.auth.signed && !operation.auth.credentials.length && !hasBodyCredentials)
        return undefined;
      // Reading a body back costs more than signing: only when there is one. The signers copy the
      // headers before they change them.
      const hasBody = request.body !== null;
      const parts: RequestParts = {
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        body: hasBody ? await request.clone().text() : undefined,
      };
      const signed = prepareRequest(parts, operation, sign, revealAll(credentials));
      return rebuildRequest(request, signed.url, {
        headers: signed.headers,
        body: hasBody ? (signed.body ?? null) : null,
      });
    },
  };
}
