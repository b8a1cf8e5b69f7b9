import { TransportError, VendorError } from "./errors.js";
import { describeUrl } from "./secret.js";

/** What a vendor's envelope says, in vendor-neutral terms. */
export interface EnvelopeReading<T> {
  ok: boolean;
  code: string | number;
  message: string;
  data: T;
}

export interface UnwrapOptions<T> {
  vendor: string;
  operation: string;
  method: string;
  /** Reads the vendor's envelope; returns undefined when the body is not one. */
  read: (body: unknown) => EnvelopeReading<T> | undefined;
  sensitiveQuery: ReadonlySet<string>;
}

/**
 * Turns an openapi-fetch result into the envelope's `data`, or throws the package's errors:
 * `VendorError` when the vendor answered with an error code, `TransportError` when the answer
 * is not the vendor's envelope at all.
 */
export function unwrapEnvelope<T>(
  result: { data?: unknown; error?: unknown; response: Response },
  options: UnwrapOptions<T>,
): T {
  const { response } = result;
  const request = {
    method: options.method,
    url: describeUrl(response.url || "http://unknown/", options.sensitiveQuery),
  };
  const body = result.data ?? result.error;
  const reading = options.read(body);
  const base = { vendor: options.vendor, operation: options.operation, request };
  if (!reading) {
    const type = response.headers.get("content-type") ?? "no content type";
    throw new TransportError(
      `unexpected answer: HTTP ${response.status} (${type}) is not a ${options.vendor} envelope`,
      base,
    );
  }
  if (!reading.ok) {
    throw new VendorError({
      ...base,
      status: response.status,
      code: reading.code,
      vendorMessage: reading.message,
    });
  }
  return reading.data;
}
