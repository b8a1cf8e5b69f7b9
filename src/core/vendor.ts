import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { CredentialVariable } from "../sandbox/types.js";
import { CallRequest } from "./call-request.js";
import type { Clock } from "./clock.js";
import { envelopeUnwrapper } from "./envelope.js";
import { AbortedError, ConfigError, TimeoutError, TransportError } from "./errors.js";
import type { ApiFacts } from "./facts.js";
import { describeUrl, type Secret } from "./secret.js";
import { type CallInit, callSigner, isPresigned, type Sign, signingMiddleware } from "./signing.js";
import {
  AttemptsExhausted,
  type CallScope,
  callerOf,
  closeScope,
  DEFAULT_TIMEOUT_MS,
  openScope,
  type RetryOptions,
  scopeOf,
  type TransportOptions,
  transport,
} from "./transport.js";

/** An API of a vendor: a spec root under specs/ and the name of its bundle in generated/. */
export interface ApiRef {
  name: string;
  root: string;
}

/**
 * Everything iotdock knows about a vendor that is not in its specs, exported as `vendor` from
 * src/vendors/<vendor>/vendor.ts. The package exports, redocly.yaml and the port table follow from
 * these (a test keeps them in step); operations come from the specs only.
 */
export interface VendorDefinition {
  name: string;
  /** Its sandbox listens on port-base + portOffset (the docs portal has offset 0). */
  portOffset: number;
  /** The APIs the vendor serves; its one sandbox port serves them all (one vendor host). */
  apis: ApiRef[];
  /** APIs the vendor calls on the customer's cloud (served by the customer, not the sandbox). */
  callbacks: ApiRef[];
  /** Credentials by the key the signer reads them with. */
  credentials: Record<string, CredentialVariable>;
  /** The vendor's signer, with time (and the vendor's default randomness) injected. */
  createSigner(env: { clock: Clock }): Sign;
  /**
   * For operations with `x-iotdock-password`: the plaintext password encrypted with `random`, and
   * how long `random` is.
   */
  password?: { encrypt(plaintext: string, random: string): string; randomLength: number };
}

export interface ClientTransportOptions {
  baseUrl: string;
  timeoutMs?: number | undefined;
  retry?: RetryOptions | undefined;
  fetch?: ((request: Request) => Promise<Response>) | undefined;
}

/**
 * A base URL must be an absolute http(s) URL: anything else would fail at the first call with an
 * error quoting the whole request URL (signatures and encrypted passwords included). The value is
 * not printed: it may carry a user and password.
 */
export function checkBaseUrl(baseUrl: unknown, vendor: string): void {
  const url = typeof baseUrl === "string" && URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (!url || !["http:", "https:"].includes(url.protocol) || url.host === "")
    throw new ConfigError(
      "baseUrl must be an absolute http:// or https:// URL, e.g. https://iot-api.quectelcn.com or http://127.0.0.1:4014",
      { vendor, operation: "createClient" },
    );
}

const HTTP_METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

type Prepare = (method: string, path: string, init: CallInit | undefined, scope?: CallScope) => CallInit;
type Call = (path: string, init?: CallInit) => Promise<unknown>;

/**
 * Every call of the client goes through `prepare` (which signs it, see `callSigner`) before
 * openapi-fetch builds its Request, in a scope that ends when the call has settled (see
 * `CallScope`). openapi-fetch parses a 2xx answer with `response.json()` and lets its SyntaxError
 * through; a vendor (or a proxy) answering broken JSON is a TransportError like any answer that is
 * not the vendor's envelope, so that everything iotdock throws is an IotdockError.
 */
function wrapMethods(client: Record<string, unknown>, api: ApiFacts, vendor: string, prepare: Prepare) {
  const standIn = standInGate(client);
  for (const method of HTTP_METHODS) {
    const call = client[method] as Call;
    client[method] = (path: string, init?: CallInit) => {
      // A streamed answer is read after the call settles: its timeout runs out instead.
      const scope =
        init?.parseAs === "stream" ? undefined : openScope(init?.signal as AbortSignal | undefined);
      let prepared: CallInit;
      try {
        prepared = standIn(prepare(method, path, init, scope));
      } catch (error) {
        return Promise.reject(error);
      }
      return call(path, prepared).then(
        (result) => {
          if (scope) closeScope(scope);
          return result;
        },
        (error: unknown) => {
          if (scope) closeScope(scope);
          if (!(error instanceof SyntaxError)) throw error;
          throw new TransportError("unexpected answer: the body is not valid JSON", {
            vendor,
            operation: api.find(method, path)?.operationId ?? `${method} ${path}`,
            request: { method, url: path },
            cause: error,
          });
        },
      );
    };
  }
  const request = client.request as (method: string, path: string, init?: CallInit) => Promise<unknown>;
  client.request = async (method: string, path: string, init?: CallInit) =>
    request(method, path, standIn(prepare(method.toUpperCase(), path, init)));
}

/**
 * Gives a signed call `CallRequest` for openapi-fetch to build, while every middleware of the
 * client is iotdock's own (those registered before the gate was made): a middleware of the
 * caller's (`client.use`, or a call's `middleware`) gets real Requests, as does a call given its
 * own `Request` class.
 */
function standInGate(client: Record<string, unknown>): (init: CallInit) => CallInit {
  const foreign = new Set<unknown>();
  const use = client.use as (...middleware: Middleware[]) => void;
  const eject = client.eject as (...middleware: Middleware[]) => void;
  client.use = (...middleware: Middleware[]) => {
    for (const m of middleware) if (m) foreign.add(m);
    use(...middleware);
  };
  client.eject = (...middleware: Middleware[]) => {
    for (const m of middleware) foreign.delete(m);
    eject(...middleware);
  };
  return (init) => {
    if (foreign.size > 0 || init.middleware !== undefined || init.Request !== undefined) return init;
    // A signed call's options are a fresh object of `callSigner`'s: set on it, not copied.
    if (isPresigned(init)) init.Request = CallRequest;
    return init;
  };
}

/**
 * A typed openapi-fetch client for one API of a vendor, with the vendor's signing (see
 * `callSigner` and `signingMiddleware`), the transport (timeouts, retries of idempotent operations
 * signed afresh, errors that name the operation) and an unwrapper of the vendor's envelope, all
 * driven by the spec's facts.
 */
export function createApiClient<Paths extends {}>(
  api: ApiFacts,
  vendor: string,
  sign: Sign,
  credentials: Readonly<Record<string, string | Secret>>,
  options: ClientTransportOptions,
) {
  checkBaseUrl(options.baseUrl, vendor);
  const signing = signingMiddleware(api, sign, credentials);
  const { fetch, middleware } = vendorTransport(api, vendor, signing, options);
  const client: Client<Paths> = createClient<Paths>({ baseUrl: options.baseUrl, fetch });
  client.use(signing, middleware);
  // The vendor's own middlewares (they read method, url and headers: the stand-in will do).
  const useOwn = client.use;
  const prepare = callSigner(api, sign, credentials, options.baseUrl);
  wrapMethods(client as unknown as Record<string, unknown>, api, vendor, prepare);
  return { client, unwrap: envelopeUnwrapper(api, vendor), signing, useOwn };
}

/**
 * Retry policy from the spec's facts: which requests are idempotent (`x-iotdock-idempotent`), and
 * how to sign one again (the vendor's signing middleware, run anew: new nonce and timestamp).
 */
export function retryPolicy(
  api: ApiFacts,
  signing: Middleware,
): Pick<TransportOptions, "idempotent" | "resign"> {
  // Most calls are of a method no idempotent operation has: answered without parsing the URL.
  const methods = new Set(api.operations.filter((op) => op.idempotent).map((op) => op.method));
  const find = (request: Request) => api.find(request.method, new URL(request.url).pathname);
  return {
    idempotent: (request) =>
      scopeOf(request)?.idempotent ?? (methods.has(request.method) && find(request)?.idempotent === true),
    async resign(request) {
      const schemaPath = find(request)?.path ?? new URL(request.url).pathname;
      const result = await signing.onRequest?.({
        request,
        schemaPath,
        params: {},
        options: {} as never,
        id: "retry",
      });
      return result instanceof Request ? result : request;
    },
  };
}

/**
 * A vendor client's transport: the timeout, retries of its idempotent operations signed afresh
 * by `signing`, and network failures turned into `TransportError` / `TimeoutError` /
 * `AbortedError` that name vendor, operation and attempt and print no secret.
 */
export function vendorTransport(
  api: ApiFacts,
  vendor: string,
  signing: Middleware,
  options: Pick<ClientTransportOptions, "timeoutMs" | "retry" | "fetch">,
) {
  const fetch = transport({ ...options, ...retryPolicy(api, signing) });
  const middleware = errorMiddleware(
    {
      vendor,
      operationOf: (method, path) => api.find(method, path)?.operationId ?? `${method} ${path}`,
      sensitiveQuery: api.sensitiveQuery,
    },
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  return { fetch, middleware };
}

function errorMiddleware(
  options: Pick<TransportOptions, "vendor" | "operationOf" | "sensitiveQuery">,
  timeoutMs: number,
): Middleware {
  return {
    onError({ request, error: thrown, schemaPath }) {
      const exhausted = thrown instanceof AttemptsExhausted ? thrown : undefined;
      const error = exhausted ? exhausted.cause : thrown;
      const on = exhausted ? ` (attempt ${exhausted.attempt} of ${exhausted.attempt})` : "";
      const base = {
        vendor: options.vendor,
        operation: options.operationOf(request.method, schemaPath),
        request: { method: request.method, url: describeUrl(request.url, options.sensitiveQuery) },
        cause: error,
      };
      // The caller's own signal ended the call (its abort or its own timeout): theirs, not ours.
      const caller = callerOf(request);
      if (caller?.aborted) return new AbortedError({ ...base, cause: caller.reason });
      // Our timeout aborts with a DOMException named TimeoutError; fetch rejects with it.
      if (error instanceof Error && error.name === "TimeoutError")
        return new TimeoutError({ ...base, timeoutMs, attempts: exhausted?.attempt });
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      const reason = cause instanceof Error ? cause.message : String(error);
      // Messages of fetch quote the URL: only its printable form may appear.
      const printable = reason.split(request.url).join(base.request.url);
      return new TransportError(
        `network error${on}: ${redactQuery(printable, request.url, options.sensitiveQuery)}`,
        base,
      );
    },
  };
}

/** Replaces the values of sensitive query parameters of `url`, wherever they appear in `text`. */
function redactQuery(text: string, url: string, sensitive: ReadonlySet<string>): string {
  let out = text;
  const query = URL.canParse(url) ? new URL(url).searchParams : new URLSearchParams(url.split("?")[1] ?? "");
  for (const [name, value] of query) {
    if (!sensitive.has(name) || value.length < 4) continue;
    for (const form of new Set([value, encodeURIComponent(value)])) out = out.split(form).join("[redacted]");
  }
  return out;
}
