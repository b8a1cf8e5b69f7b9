import type { Middleware } from "openapi-fetch";
import { TimeoutError, TransportError } from "./errors.js";
import { describeUrl } from "./secret.js";

export const DEFAULT_TIMEOUT_MS = 10_000;

/** When and how idempotent calls are tried again. */
export interface RetryOptions {
  /** Further attempts after the first; default 2 (so 3 in all). 0 turns retries off. */
  retries?: number;
  /** First backoff; doubles each attempt, with jitter. Default 200 ms. */
  baseDelayMs?: number;
  /** Longest backoff. Default 2 s. */
  maxDelayMs?: number;
  /** Injected for tests: a number in [0, 1). */
  random?: () => number;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
}

export interface TransportOptions {
  vendor: string;
  /** Maps a request to its operationId (for error messages). */
  operationOf: (method: string, schemaPath: string) => string;
  /** Query parameter names whose values must never be printed. */
  sensitiveQuery: ReadonlySet<string>;
  timeoutMs?: number | undefined;
  retry?: RetryOptions | undefined;
  /** Whether a request may be sent again (network error, 5xx): only side-effect-free operations. */
  idempotent?: ((request: Request) => boolean) | undefined;
  /** Signs a request afresh (new nonce, timestamp) for another attempt. */
  resign?: ((request: Request) => Promise<Request>) | undefined;
}

/** The caller's abort signal of requests a middleware rebuilt (see `rebuildRequest`). */
const callerSignals = new WeakMap<Request, AbortSignal>();

/**
 * A copy of `request` with another URL, headers or body, for signing middlewares. The caller's
 * abort signal is carried to the transport on the side instead of being copied into the new
 * Request, which would make it follow the old one: that costs more than the rest of signing.
 */
export function rebuildRequest(
  request: Request,
  url: string | URL,
  init: { headers?: Headers; body?: string | null } = {},
): Request {
  const body = init.body !== undefined ? init.body : request.body;
  const next = new Request(url, {
    method: request.method,
    headers: init.headers ?? request.headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  callerSignals.set(next, callerSignals.get(request) ?? request.signal);
  return next;
}

/** Header on the final answer when a call took more than one attempt (read by the envelope unwrapper). */
export const ATTEMPTS_HEADER = "x-iotdock-attempts";

/** The last attempt of a retried call failed on the network; `cause` says how. */
export class AttemptsExhausted extends Error {
  constructor(
    readonly attempt: number,
    override readonly cause: unknown,
  ) {
    super(`attempt ${attempt} of ${attempt} failed`);
    this.name = "AttemptsExhausted";
  }
}

/** Backoff before attempt `n + 1`: base × 2^(n−1), capped, times a jitter factor in [0.5, 1). */
export function backoffMs(attempt: number, options: RetryOptions, random: () => number): number {
  const base = options.baseDelayMs ?? 200;
  const max = options.maxDelayMs ?? 2000;
  return Math.min(max, base * 2 ** (attempt - 1)) * (0.5 + random() / 2);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A signal that aborts with a `TimeoutError` after `ms`, or when the caller's own signal aborts.
 * Built from one AbortController and an unref'd timer: `AbortSignal.any` with `AbortSignal.timeout`
 * costs about 70 µs a call on Node 20, most of a local call's overhead (see `npm run bench`).
 * The timer is left to run out (a late abort of a finished request does nothing), so the
 * timeout also covers reading the body.
 */
function timeoutSignal(caller: AbortSignal, ms: number): AbortSignal {
  const controller = new AbortController();
  if (caller.aborted) {
    controller.abort(caller.reason);
    return controller.signal;
  }
  setTimeout(
    () => controller.abort(new DOMException(`no answer within ${ms} ms`, "TimeoutError")),
    ms,
  ).unref();
  // Removed when this controller aborts (at the latest when the timer runs out), so a caller's
  // long-lived signal shared by many calls does not collect listeners.
  caller.addEventListener("abort", () => controller.abort(caller.reason), {
    once: true,
    signal: controller.signal,
  });
  return controller.signal;
}

/**
 * Shared by every vendor client: a timeout on every attempt (on by default); retries only for
 * idempotent operations, on network errors and 5xx, with exponential backoff and jitter, each
 * attempt signed afresh; network failures turned into `TransportError` / `TimeoutError` that name
 * vendor, operation and attempt and print no secret.
 *
 * Timeout and retries live in the `fetch` given to openapi-fetch rather than in a middleware, so a
 * call that needs neither costs no extra `Request` (measured in `npm run bench`).
 */
export function transport(
  options: TransportOptions & { fetch?: ((request: Request) => Promise<Response>) | undefined },
): {
  fetch: (request: Request) => Promise<Response>;
  middleware: Middleware;
} {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retry = options.retry ?? {};
  const retries = Math.max(0, retry.retries ?? 2);
  const random = retry.random ?? Math.random;
  const sleep = retry.sleep ?? defaultSleep;
  const signal = (request: Request) => timeoutSignal(callerSignals.get(request) ?? request.signal, timeoutMs);
  const custom = options.fetch;
  const once = custom
    ? (request: Request) => {
        const next = new Request(request, { signal: signal(request) });
        callerSignals.set(next, callerSignals.get(request) ?? request.signal);
        return custom(next);
      }
    : (request: Request) => globalThis.fetch(request, { signal: signal(request) });

  const withRetries = async (request: Request): Promise<Response> => {
    if (retries === 0 || !options.idempotent?.(request)) return once(request);
    let current = request;
    for (let attempt = 1; ; attempt++) {
      const last = attempt > retries;
      // The body is consumed by sending: keep a copy to sign again.
      const template = last ? undefined : current.clone();
      try {
        const response = await once(current);
        if (response.status < 500 || last) return attempt === 1 ? response : counted(response, attempt);
        await response.body?.cancel();
      } catch (error) {
        // The caller aborted: never retry that.
        if ((callerSignals.get(request) ?? request.signal).aborted) throw error;
        if (last) throw attempt === 1 ? error : new AttemptsExhausted(attempt, error);
      }
      await sleep(backoffMs(attempt, retry, random));
      current = options.resign ? await options.resign(template as Request) : (template as Request);
    }
  };
  return { fetch: withRetries, middleware: errorMiddleware(options, timeoutMs) };
}

function counted(response: Response, attempts: number): Response {
  const headers = new Headers(response.headers);
  headers.set(ATTEMPTS_HEADER, String(attempts));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function errorMiddleware(options: TransportOptions, timeoutMs: number): Middleware {
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
      // AbortSignal.timeout aborts with a DOMException named TimeoutError; fetch rejects with it.
      if (error instanceof Error && error.name === "TimeoutError")
        return new TimeoutError({ ...base, timeoutMs, attempts: exhausted?.attempt });
      const reason =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
      return new TransportError(`network error${on}: ${reason}`, base);
    },
  };
}

/**
 * Retry policy from a vendor's operation table: which requests are idempotent (by operationId),
 * and how to sign one again (the vendor's signing middleware, run anew: new nonce and timestamp).
 */
export function retryPolicy<O extends string>(
  operations: Record<O, { method: string; path: string }>,
  idempotent: ReadonlySet<O>,
  signing: Middleware,
): Pick<TransportOptions, "idempotent" | "resign"> {
  const entries = Object.entries(operations) as [O, { method: string; path: string }][];
  // Most calls are of a method no idempotent operation has: answered without parsing the URL.
  const methods = new Set(entries.filter(([id]) => idempotent.has(id)).map(([, op]) => op.method));
  // Suffix match: a base URL may carry a path prefix (a gateway) before the operation's path.
  const find = (request: Request) => {
    const { pathname } = new URL(request.url);
    return entries.find(([, op]) => op.method === request.method && pathname.endsWith(op.path));
  };
  return {
    idempotent: (request) => {
      if (!methods.has(request.method)) return false;
      const found = find(request);
      return found !== undefined && idempotent.has(found[0]);
    },
    async resign(request) {
      const schemaPath = find(request)?.[1].path ?? new URL(request.url).pathname;
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

/** What every client of a vendor shares about its API. */
export interface VendorApi<O extends string> {
  vendor: string;
  operations: Record<O, { method: string; path: string }>;
  operationFor: (method: string, schemaPath: string) => O | undefined;
  /** Operations without side effects: retried on network errors and 5xx. */
  idempotent: ReadonlySet<O>;
  sensitiveQuery: ReadonlySet<string>;
}

/**
 * A vendor client's transport: the timeout, retries of its idempotent operations signed afresh
 * by `signing`, and errors that name its operations.
 */
export function vendorTransport<O extends string>(
  api: VendorApi<O>,
  signing: Middleware,
  options: {
    timeoutMs?: number | undefined;
    retry?: RetryOptions | undefined;
    fetch?: ((request: Request) => Promise<Response>) | undefined;
  },
) {
  return transport({
    vendor: api.vendor,
    operationOf: (method, path) => api.operationFor(method, path) ?? `${method} ${path}`,
    sensitiveQuery: api.sensitiveQuery,
    timeoutMs: options.timeoutMs,
    retry: options.retry,
    ...retryPolicy(api.operations, api.idempotent, signing),
    fetch: options.fetch,
  });
}
