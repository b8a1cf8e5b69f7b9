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

/**
 * One call of a vendor client's method, from the call to its settled result (the answer read): the
 * caller's abort signal, and what to undo when it settles (timers, listeners of its attempts).
 */
export interface CallScope {
  signal: AbortSignal | undefined;
  cleanups: (() => void)[];
  /** Whether the call's operation may be sent again, when its operation is known. */
  idempotent?: boolean | undefined;
}

export const openScope = (signal: AbortSignal | undefined): CallScope => ({ signal, cleanups: [] });

export function closeScope(scope: CallScope): void {
  for (const cleanup of scope.cleanups) cleanup();
  scope.cleanups.length = 0;
}

/** What iotdock knows of a request it built or signed, beyond the Request itself. */
interface Known {
  /** The caller's abort signal (undefined: none), carried on the side: a Request copied with it would follow it, which costs more than signing. */
  caller: AbortSignal | undefined;
  /** The exact body text (null: none; undefined: unknown), so that nothing reads a body back. */
  body: string | null | undefined;
  scope: CallScope | undefined;
}
const known = new WeakMap<Request, Known>();

/** The call a request belongs to, when iotdock built it for a vendor client's method. */
export const scopeOf = (request: Request) => known.get(request)?.scope;

/** The caller's signal of a request: the call's, else the Request's own. */
export const callerOf = (request: Request) => {
  const k = known.get(request);
  return k ? k.caller : request.signal;
};

/** Records the exact body text `request` was built with (null: none), and the call it belongs to. */
export function rememberBody(request: Request, body: string | null | undefined, scope?: CallScope): void {
  known.set(request, { caller: scope ? scope.signal : request.signal, body, scope });
}

/** The body text `request` was built with, when iotdock built it (null: none); else undefined. */
export function knownBody(request: Request): string | null | undefined {
  return request.bodyUsed ? undefined : known.get(request)?.body;
}

/** Another Request of the same call as `from`, built from its parts (string body, no stream copied). */
function sibling(
  from: Request,
  url: string | URL,
  init: RequestInit,
  body: string | null | undefined,
): Request {
  const next = new Request(url, init);
  const k = known.get(from);
  known.set(next, { caller: k ? k.caller : from.signal, body, scope: k?.scope });
  return next;
}

/**
 * A copy of `request` with another URL, headers or body, for signing middlewares; the caller's
 * abort signal and the call go with it on the side.
 */
export function rebuildRequest(
  request: Request,
  url: string | URL,
  init: { headers?: Headers; body?: string | null } = {},
): Request {
  const text = init.body !== undefined ? init.body : knownBody(request);
  const body = text !== undefined ? text : request.body;
  const headers = init.headers ?? request.headers;
  const stream = body instanceof ReadableStream ? { duplex: "half" } : {};
  return sibling(request, url, { method: request.method, headers, body, ...stream } as RequestInit, text);
}

/**
 * What fetch needs to send `request` from its parts: a Request built from a string costs far less
 * than one copied from a Request (whose body stream is piped through a transform). Every property
 * a caller can set on a Request is carried when it is not the default.
 */
function initFrom(request: Request, body: string | null, signal: AbortSignal): RequestInit {
  const init: RequestInit = { method: request.method, headers: request.headers, body, signal };
  if (request.redirect !== "follow") init.redirect = request.redirect;
  if (request.cache !== "default") (init as { cache?: string }).cache = request.cache;
  if (request.credentials !== "same-origin") init.credentials = request.credentials;
  if (request.mode !== "cors") init.mode = request.mode;
  if (request.integrity !== "") init.integrity = request.integrity;
  if (request.keepalive) init.keepalive = true;
  if (request.referrer !== "about:client") init.referrer = request.referrer;
  if (request.referrerPolicy !== "") init.referrerPolicy = request.referrerPolicy;
  return init;
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

const timedOut = (controller: AbortController, ms: number) =>
  controller.abort(new DOMException(`no answer within ${ms} ms`, "TimeoutError"));

/**
 * A signal that aborts with a `TimeoutError` after `ms`, or when the caller's own signal aborts:
 * one AbortController and an unref'd timer (`AbortSignal.any` with `AbortSignal.timeout` costs
 * about 70 µs a call on Node 20). In a call of a vendor client's method, timer and listener are
 * removed when the call settles (its answer read); elsewhere the timer runs out (so the timeout
 * also covers reading the body) and the listener goes when the controller aborts.
 */
function timeoutSignal(request: Request, ms: number): AbortSignal {
  const k = known.get(request);
  const caller = k ? k.caller : request.signal;
  const controller = new AbortController();
  if (caller?.aborted) {
    controller.abort(caller.reason);
    return controller.signal;
  }
  const timer = setTimeout(timedOut, ms, controller, ms).unref();
  const onAbort = caller && (() => controller.abort(caller.reason));
  const scope = k?.scope;
  if (!scope) {
    // A listener option `signal` costs ~15 µs: only where no call settles to remove it.
    caller?.addEventListener("abort", onAbort as () => void, { once: true, signal: controller.signal });
    return controller.signal;
  }
  if (caller) caller.addEventListener("abort", onAbort as () => void, { once: true });
  scope.cleanups.push(() => {
    clearTimeout(timer);
    caller?.removeEventListener("abort", onAbort as () => void);
  });
  return controller.signal;
}

/**
 * Shared by every vendor client: a timeout on every attempt (on by default); retries only for
 * idempotent operations, on network errors and 5xx, with exponential backoff and jitter, each
 * attempt signed afresh. Timeout and retries live in the `fetch` given to openapi-fetch rather
 * than in a middleware: a call costs no extra `Request` (`npm run bench`).
 */
export function transport(
  options: Pick<TransportOptions, "timeoutMs" | "retry" | "idempotent" | "resign"> & {
    fetch?: ((request: Request) => Promise<Response>) | undefined;
  },
): (request: Request) => Promise<Response> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retry = options.retry ?? {};
  const retries = Math.max(0, retry.retries ?? 2);
  const random = retry.random ?? Math.random;
  const sleep = retry.sleep ?? defaultSleep;
  const once = sender(options.fetch, timeoutMs);
  const deadlineMs = retry.deadlineMs ?? 30_000;
  return async (request: Request): Promise<Response> => {
    if (retries === 0 || !options.idempotent?.(request)) return once(request);
    const started = Date.now();
    let current = request;
    for (let attempt = 1; ; attempt++) {
      let last = attempt > retries;
      // The body is consumed by sending: keep what it takes to sign it again.
      const template = last ? undefined : templateOf(current);
      let wait = 0;
      try {
        const response = await once(current);
        // Most answers end the call here: nothing else of them is read.
        if (!RETRIED_STATUS(response.status)) return attempt === 1 ? response : counted(response, attempt);
        const after = retryAfterMs(response.headers.get("retry-after"), Date.now());
        wait = Math.max(backoffMs(attempt, retry, random), after ?? 0);
        // No time left for the wait and another attempt: this answer is the last.
        last ||= Date.now() - started + wait >= deadlineMs;
        if (last) return attempt === 1 ? response : counted(response, attempt);
        await response.body?.cancel();
      } catch (error) {
        wait = backoffMs(attempt, retry, random);
        // The caller aborted: never retry that.
        if (callerOf(request)?.aborted) throw error;
        last ||= Date.now() - started + wait >= deadlineMs;
        if (last) throw attempt === 1 ? error : new AttemptsExhausted(attempt, error);
      }
      await sleep(wait);
      const next = (template as () => Request)();
      current = options.resign ? await options.resign(next) : next;
    }
  };
}

/**
 * One attempt: with the timeout's signal, sent from the request's parts when iotdock knows its body
 * (no copy of a body stream), else as it is.
 */
function sender(custom: ((request: Request) => Promise<Response>) | undefined, timeoutMs: number) {
  return (request: Request): Promise<Response> => {
    const signal = timeoutSignal(request, timeoutMs);
    const body = knownBody(request);
    // A body iotdock does not know (a stream): the Request is copied, all its properties kept.
    // Otherwise (text or none) it is sent from its parts: it may be a `CallRequest`.
    if (body === undefined) {
      if (!custom) return globalThis.fetch(request, { signal });
      const copy = new Request(request, { signal });
      known.set(copy, { caller: callerOf(request), body, scope: known.get(request)?.scope });
      return custom(copy);
    }
    const init = initFrom(request, body, signal);
    return custom ? custom(sibling(request, request.url, init, body)) : globalThis.fetch(request.url, init);
  };
}

/**
 * What another attempt starts from, taken before `request` is sent: built from its parts when its
 * body is known (nothing copied unless an attempt fails), else a clone.
 */
function templateOf(request: Request): () => Request {
  const body = knownBody(request);
  if (body === undefined) {
    const clone = request.clone();
    known.set(clone, { caller: callerOf(request), body: undefined, scope: known.get(request)?.scope });
    return () => clone;
  }
  const init = () => ({ method: request.method, headers: new Headers(request.headers), body });
  return () => sibling(request, request.url, init(), body);
}

function counted(response: Response, attempts: number): Response {
  const headers = new Headers(response.headers);
  headers.set(ATTEMPTS_HEADER, String(attempts));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
