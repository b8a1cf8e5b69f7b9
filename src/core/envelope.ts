import { TransportError, VendorError } from "./errors.js";
import { describeUrl } from "./secret.js";
import { ATTEMPTS_HEADER } from "./transport.js";

/** What a vendor's envelope says, in vendor-neutral terms. */
export interface EnvelopeReading {
  ok: boolean;
  code: string | number;
  message: string;
  data: unknown;
}

/** Reads a vendor's envelope; returns undefined when the body is not one. */
export type EnvelopeReader = (body: unknown) => EnvelopeReading | undefined;

/** Reader for `{code: number, msg, data, …}` envelopes (Quectel, Gwell); vendors differ in which codes succeed. */
export function codeMsgEnvelope(isSuccess: (code: number) => boolean): EnvelopeReader {
  return (body) => {
    if (typeof body !== "object" || body === null) return undefined;
    const { code, msg, data } = body as { code?: unknown; msg?: unknown; data?: unknown };
    if (typeof code !== "number") return undefined;
    return { ok: isSuccess(code), code, message: typeof msg === "string" ? msg : "", data };
  };
}

export interface UnwrapperOptions<O extends string> {
  vendor: string;
  /** The vendor's operation table (operationId → method). */
  operations: Record<O, { method: string }>;
  read: EnvelopeReader;
  sensitiveQuery: ReadonlySet<string>;
}

/** Binds a vendor's envelope reader and operation table: `unwrap(operationId, result)`. */
export function envelopeUnwrapper<O extends string>(options: UnwrapperOptions<O>) {
  return <T>(operation: O, result: { data?: unknown; error?: unknown; response: Response }): T =>
    unwrapEnvelope<T>(result, {
      vendor: options.vendor,
      operation,
      method: options.operations[operation].method,
      read: options.read,
      sensitiveQuery: options.sensitiveQuery,
    });
}

interface UnwrapOptions {
  vendor: string;
  operation: string;
  method: string;
  read: EnvelopeReader;
  sensitiveQuery: ReadonlySet<string>;
}

/**
 * Turns an openapi-fetch result into the envelope's `data`, or throws the package's errors:
 * `VendorError` when the vendor answered with an error code, `TransportError` when the answer
 * is not the vendor's envelope at all.
 */
function unwrapEnvelope<T>(
  result: { data?: unknown; error?: unknown; response: Response },
  options: UnwrapOptions,
): T {
  const { response } = result;
  const request = {
    method: options.method,
    url: describeUrl(response.url || "http://unknown/", options.sensitiveQuery),
  };
  const body = result.data ?? result.error;
  const reading = options.read(body);
  const base = { vendor: options.vendor, operation: options.operation, request };
  const attempts = response.headers.get(ATTEMPTS_HEADER);
  const after = attempts ? ` after ${attempts} attempts` : "";
  if (!reading) {
    const type = response.headers.get("content-type") ?? "no content type";
    throw new TransportError(
      `unexpected answer${after}: HTTP ${response.status} (${type}) is not a ${options.vendor} envelope`,
      base,
    );
  }
  if (!reading.ok) {
    throw new VendorError({
      ...base,
      status: response.status,
      code: reading.code,
      vendorMessage: reading.message,
      attempts: attempts ? Number(attempts) : undefined,
    });
  }
  return reading.data as T;
}
