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

/** The vendor answered and said no: its own code and message are here. */
export class VendorError extends IotdockError {
  readonly status: number;
  readonly code: string | number;
  readonly vendorMessage: string;

  constructor(
    options: IotdockErrorOptions & {
      status: number;
      code: string | number;
      vendorMessage: string;
      /** Attempts the call took, when it was retried. */
      attempts?: number | undefined;
    },
  ) {
    const msg = options.vendorMessage ? ` (${options.vendorMessage})` : "";
    const after = options.attempts ? ` after ${options.attempts} attempts` : "";
    super(
      `${options.vendor} ${options.operation} failed: vendor code ${options.code}${msg}, HTTP ${options.status}${after}`,
      options,
    );
    this.status = options.status;
    this.code = options.code;
    this.vendorMessage = options.vendorMessage;
  }
}

/** No usable answer: the connection failed, or the answer was not the vendor's envelope. */
export class TransportError extends IotdockError {
  constructor(message: string, options: IotdockErrorOptions) {
    super(`${options.vendor} ${options.operation} failed: ${message}`, options);
  }
}

/** No answer within the client's timeout. */
export class TimeoutError extends TransportError {
  readonly timeoutMs: number;

  constructor(options: IotdockErrorOptions & { timeoutMs: number; attempts?: number }) {
    const on = options.attempts ? ` (attempt ${options.attempts} of ${options.attempts})` : "";
    super(`no answer within ${options.timeoutMs} ms${on}`, options);
    this.timeoutMs = options.timeoutMs;
  }
}

/** Wrong use of iotdock itself (missing credential, invalid argument); nothing was sent. */
export class ConfigError extends IotdockError {}
