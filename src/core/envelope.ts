import { AuthenticationError, InvalidTokenError, TransportError, VendorError } from "./errors.js";
import type { ApiFacts } from "./facts.js";
import { describeUrl } from "./secret.js";
import { ATTEMPTS_HEADER } from "./transport.js";

/** What a vendor's envelope says, in vendor-neutral terms. */
export interface EnvelopeReading {
  ok: boolean;
  code: string | number;
  message: string;
  data: unknown;
  /** The vendor's request id, when its envelope carries one. */
  requestId?: string | undefined;
}

/** Reads a vendor's envelope; returns undefined when the body is not one. */
export type EnvelopeReader = (body: unknown) => EnvelopeReading | undefined;

/** Binds an API's facts (envelope, operations): `unwrap(operationId, result)`. */
export function envelopeUnwrapper(api: ApiFacts, vendor: string) {
  return <T>(operation: string, result: { data?: unknown; error?: unknown; response: Response }): T =>
    unwrapEnvelope<T>(result, {
      vendor,
      operation,
      method: api.byId.get(operation)?.method ?? "?",
      read: api.read,
      sensitiveQuery: api.sensitiveQuery,
      classOf: (code) =>
        api.codesOf("invalid-token").has(String(code))
          ? InvalidTokenError
          : api.codesOf("authentication").has(String(code))
            ? AuthenticationError
            : VendorError,
    });
}

interface UnwrapOptions {
  vendor: string;
  operation: string;
  method: string;
  read: EnvelopeReader;
  sensitiveQuery: ReadonlySet<string>;
  /** The error class a vendor code gets, from the kinds of the spec's error codes. */
  classOf: (code: string | number) => typeof VendorError;
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
    const ErrorClass = options.classOf(reading.code);
    const requestId =
      reading.requestId ?? response.headers.get("x-request-id") ?? response.headers.get("request-id");
    throw new ErrorClass({
      ...base,
      requestId: requestId ?? undefined,
      headers: response.headers,
      status: response.status,
      code: reading.code,
      vendorMessage: reading.message,
      attempts: attempts ? Number(attempts) : undefined,
    });
  }
  return reading.data as T;
}
