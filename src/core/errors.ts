/**
 * One error family for the whole package (modelled on stripe-node's): every error says which
 * vendor and which operation, and never carries a secret. `instanceof IotdockError` catches all.
 */

export interface RequestSummary {
  method: string;
  /** Printable URL: sensitive query values are already redacted. */
  url: string;
}

export interface IotdockErrorOptions {
  vendor: string;
  operation: string;
  request?: RequestSummary | undefined;
  cause?: unknown;
}

export class IotdockError extends Error {
  readonly vendor: string;
  readonly operation: string;
  readonly request: RequestSummary | undefined;

  constructor(message: string, options: IotdockErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.vendor = options.vendor;
    this.operation = options.operation;
    this.request = options.request;
  }
}

/** Response headers that are safe to keep on an error (no cookie, no token). */
const KEPT_HEADERS =
  /^(content-type|date|retry-after|x-request-id|x-trace-id|request-id|x-iotdock-detail|x-iotdock-attempts)$/i;

export interface VendorErrorOptions extends IotdockErrorOptions {
  status: number;
  code: string | number;
  vendorMessage: string;
  /** Attempts the call took, when it was retried. */
  attempts?: number | undefined;
  /** The vendor's request id (`requestId` in Gwell's envelope, a request-id header elsewhere). */
  requestId?: string | undefined;
  /** The answer's headers (only the harmless ones are kept). */
  headers?: Headers | undefined;
}

/** The vendor answered and said no: its own code and message are here. */
export class VendorError extends IotdockError {
  readonly status: number;
  readonly code: string | number;
  readonly vendorMessage: string;
  readonly attempts: number;
  readonly requestId: string | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(options: VendorErrorOptions) {
    const msg = options.vendorMessage ? ` (${options.vendorMessage})` : "";
    const after = options.attempts && options.attempts > 1 ? ` after ${options.attempts} attempts` : "";
    const id = options.requestId ? ` [request ${options.requestId}]` : "";
    super(
      `${options.vendor} ${options.operation} failed: vendor code ${options.code}${msg}, HTTP ${options.status}${after}${id}`,
      options,
    );
    this.status = options.status;
    this.code = options.code;
    this.vendorMessage = options.vendorMessage;
    this.attempts = options.attempts ?? 1;
    this.requestId = options.requestId;
    this.headers = Object.fromEntries(
      [...(options.headers ?? new Headers())].filter(([name]) => KEPT_HEADERS.test(name)),
    );
  }
}

/**
 * The vendor refused the access token (its code is an `invalid-token` code of the spec): renew the
 * token and try again. `withToken` does that once.
 */
export class InvalidTokenError extends VendorError {}

/**
 * The vendor refused who we are (an `authentication` code of the spec: a wrong signature, unknown
 * credentials, a clock too far off, a wrong password). Logging in again does not help.
 */
export class AuthenticationError extends VendorError {}

/** No usable answer: the connection failed, or the answer was not the vendor's envelope. */
export class TransportError extends IotdockError {
  constructor(message: string, options: IotdockErrorOptions) {
    super(`${options.vendor} ${options.operation} failed: ${message}`, options);
  }
}

/** No answer within the client's timeout. */
export class TimeoutError extends TransportError {
  readonly timeoutMs: number;

  readonly attempts: number;

  constructor(options: IotdockErrorOptions & { timeoutMs: number; attempts?: number | undefined }) {
    const on = options.attempts ? ` (attempt ${options.attempts} of ${options.attempts})` : "";
    super(`no answer within ${options.timeoutMs} ms${on}`, options);
    this.timeoutMs = options.timeoutMs;
    this.attempts = options.attempts ?? 1;
  }
}

/** The caller's own signal ended the call (its abort, or its own timeout); `cause` is the signal's reason. */
export class AbortedError extends IotdockError {
  constructor(options: IotdockErrorOptions) {
    super(`${options.vendor} ${options.operation} aborted by the caller's signal`, options);
  }
}

/** Wrong use of iotdock itself (missing credential, invalid argument); nothing was sent. */
export class ConfigError extends IotdockError {}
