import type { Middleware } from "openapi-fetch";
import { AbortedError, TimeoutError, TransportError } from "./errors.js";
import type { ApiFacts } from "./facts.js";
import { describeUrl } from "./secret.js";

export const DEFAULT_TIMEOUT_MS = 10_000;

/** When and how idempotent calls are tried again. */
export interface RetryOptions {
  /** Further attempts after the first; default 2 (so 3 in all). 0 turns retries off. */
  retries?: number;
  /** First backoff; doubles each attempt, with jitter. Default 200 ms. */
  baseDelayMs?: number;
  /** Longest backoff (a longer Retry-After is honoured up to the deadline). Default 2 s. */
  maxDelayMs?: number;
  /** The whole call, every attempt and wait included, ends by this; default 30 s. */
  deadlineMs?: number;
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

/**
 * Backoff before attempt `n + 1`: base × 2^(n−1), capped, times a jitter factor in [1, 1.5), capped
 * again: never less than the base delay, never more than the maximum.
 */
export function backoffMs(attempt: number, options: RetryOptions, random: () => number): number {
  const base = options.baseDelayMs ?? 200;
  const max = Math.max(base, options.maxDelayMs ?? 2000);
  return Math.min(max, base * 2 ** (attempt - 1) * (1 + random() / 2));
}

/** A Retry-After header (seconds or an HTTP date) in milliseconds from `nowMs`; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, nowMs: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Answers worth sending again: the server was busy or failing. 501 says it never will. */
const RETRIED_STATUS = (status: number) => status === 429 || (status >= 500 && status !== 501);

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

  const deadlineMs = retry.deadlineMs ?? 30_000;
  const withRetries = async (request: Request): Promise<Response> => {
    if (retries === 0 || !options.idempotent?.(request)) return once(request);
    const started = Date.now();
    let current = request;
    for (let attempt = 1; ; attempt++) {
      let last = attempt > retries;
      // The body is consumed by sending: keep a copy to sign again.
      const template = last ? undefined : current.clone();
      let wait = backoffMs(attempt, retry, random);
      try {
        const response = await once(current);
        const after = retryAfterMs(response.headers.get("retry-after"), Date.now());
        if (after !== undefined) wait = Math.max(wait, after);
        // No time left for the wait and another attempt: this answer is the last.
        last ||= Date.now() - started + wait >= deadlineMs;
        if (!RETRIED_STATUS(response.status) || last)
          return attempt === 1 ? response : counted(response, attempt);
        await response.body?.cancel();
      } catch (error) {
        // The caller aborted: never retry that.
        if ((callerSignals.get(request) ?? request.signal).aborted) throw error;
        last ||= Date.now() - started + wait >= deadlineMs;
        if (last) throw attempt === 1 ? error : new AttemptsExhausted(attempt, error);
      }
      await sleep(wait);
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
      // The caller's own signal ended the call (its abort or its own timeout): theirs, not ours.
      const caller = callerSignals.get(request) ?? request.signal;
      if (caller.aborted) return new AbortedError({ ...base, cause: caller.reason });
      // Our timeout aborts with a DOMException named TimeoutError; fetch rejects with it.
      if (error instanceof Error && error.name === "TimeoutError")
        return new TimeoutError({ ...base, timeoutMs, attempts: exhausted?.attempt });
      const reason =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
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
    idempotent: (request) => methods.has(request.method) && find(request)?.idempotent === true,
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
 * by `signing`, and errors that name its operations.
 */
export function vendorTransport(
  api: ApiFacts,
  vendor: string,
  signing: Middleware,
  options: {
    timeoutMs?: number | undefined;
    retry?: RetryOptions | undefined;
    fetch?: ((request: Request) => Promise<Response>) | undefined;
  },
) {
  return transport({
    vendor,
    operationOf: (method, path) => api.find(method, path)?.operationId ?? `${method} ${path}`,
    sensitiveQuery: api.sensitiveQuery,
    timeoutMs: options.timeoutMs,
    retry: options.retry,
    ...retryPolicy(api, signing),
    fetch: options.fetch,
  });
}
