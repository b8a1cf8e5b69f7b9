import type { Middleware } from "openapi-fetch";
import { TimeoutError, TransportError } from "./errors.js";
import { describeUrl } from "./secret.js";

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface TransportOptions {
  vendor: string;
  /** Maps a request to its operationId (for error messages). */
  operationOf: (method: string, schemaPath: string) => string;
  /** Query parameter names whose values must never be printed. */
  sensitiveQuery: ReadonlySet<string>;
  timeoutMs?: number | undefined;
}

/**
 * Shared by every vendor client: a timeout on every call (on by default), and network failures
 * turned into `TransportError` / `TimeoutError` that name vendor and operation and print no secret.
 *
 * The timeout lives in the `fetch` given to openapi-fetch rather than in a middleware, so that it
 * costs no extra `Request` construction per call (measured in `npm run bench`).
 */
export function transport(
  options: TransportOptions & { fetch?: ((request: Request) => Promise<Response>) | undefined },
): {
  fetch: (request: Request) => Promise<Response>;
  middleware: Middleware;
} {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = (request: Request) => AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]);
  const custom = options.fetch;
  const fetchWithTimeout = custom
    ? (request: Request) => custom(new Request(request, { signal: signal(request) }))
    : (request: Request) => globalThis.fetch(request, { signal: signal(request) });
  return { fetch: fetchWithTimeout, middleware: errorMiddleware(options, timeoutMs) };
}

function errorMiddleware(options: TransportOptions, timeoutMs: number): Middleware {
  return {
    onError({ request, error, schemaPath }) {
      const base = {
        vendor: options.vendor,
        operation: options.operationOf(request.method, schemaPath),
        request: { method: request.method, url: describeUrl(request.url, options.sensitiveQuery) },
        cause: error,
      };
      // AbortSignal.timeout aborts with a DOMException named TimeoutError; fetch rejects with it.
      if (error instanceof Error && error.name === "TimeoutError")
        return new TimeoutError({ ...base, timeoutMs });
      const reason =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
      return new TransportError(`network error: ${reason}`, base);
    },
  };
}
