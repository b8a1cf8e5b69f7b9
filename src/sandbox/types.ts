import type { Clock } from "../core/clock.js";
import type { ApiFacts, OperationFacts } from "../core/facts.js";
import type { MockOptions, MockRequest, MockResponse } from "./mock.js";

/** A request as the vendor layer sees it: parsed URL, lower-case header names, raw body bytes. */
export interface SandboxRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  rawBody: Buffer;
}

export interface SandboxReply {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface CredentialVariable {
  /** Environment variable name, e.g. QUECTEL_USER_DOMAIN. */
  variable: string;
  description: string;
  /** Used when the variable is unset: the vendor document's example value. */
  default: string;
  /** Secret values are never printed, whatever their source. */
  secret: boolean;
}

/**
 * A vendor sandbox's request handler; `inspect` shows its virtual devices (`GET /_iotdock/devices`),
 * `outbox` the messages it "sent" to users, e.g. verification codes (`GET /_iotdock/outbox`).
 */
export type SandboxHandler = ((request: SandboxRequest) => Promise<SandboxReply>) & {
  inspect?: () => unknown;
  outbox?: () => unknown;
  /**
   * The vendor's own test routes by path (`/_iotdock/<name>`), served to loopback clients naming the
   * sandbox by a loopback Host only, like the others (e.g. Quectel's broker-auth routes).
   */
  routes?: Readonly<Record<string, (request: SandboxRequest) => SandboxReply | Promise<SandboxReply>>>;
  /** Lines the server logs after the sandbox's ready line (e.g. an optional feature that is off, and how to turn it on). */
  notes?: readonly string[];
  /** Ends what the handler started (connections to a broker); the server calls it on close. */
  close?: () => Promise<void>;
};

export interface VendorSandboxContext {
  /** Credential values by variable name, defaults applied. */
  credentials: Record<string, string>;
  clock: Clock;
  /** The operation of a request, from the facts of every API the vendor serves (undefined: not in a spec). */
  find(method: string, path: string): OperationFacts | undefined;
  /** The facts of every API the vendor serves. */
  apis: readonly ApiFacts[];
  /** The vendor's message per code, from the specs' `x-iotdock-error-codes`. */
  texts: ReadonlyMap<string, string>;
  /** Whether the specs list `code` for `operationId` (a code listed for no operation in particular: for all). */
  answers(code: string | number, operationId: string): boolean;
  /** The mock of the vendor's specs (mock.ts): validates the request and answers the spec's example. */
  mock: (request: MockRequest, options?: MockOptions) => Promise<MockResponse>;
  /** This sandbox's own base URL (`http://host:port`); known once it listens, before any request. */
  baseUrl: () => string;
  /** The environment the sandbox was started with (settings beyond credentials, e.g. a broker URL). */
  env: Readonly<Record<string, string | undefined>>;
  /** The sandbox's log (one line per event; never a secret). */
  log: (line: string) => void;
}

/**
 * What a vendor folder exports as `sandbox` from its sandbox.ts, next to its definition in
 * vendor.ts. The server discovers vendors by their folders under src/vendors/, so adding one needs
 * no change anywhere else; operations come from the specs only.
 */
export interface VendorSandbox {
  /**
   * The `x-iotdock-state` behaviours this sandbox implements. The sandbox refuses to start when a
   * spec names one it does not know, so a spec edit can never be silently ignored.
   */
  states: readonly string[];
  createHandler(context: VendorSandboxContext): SandboxHandler;
  /** The vendor's error envelope, for failures the server detects before the vendor layer (body too large, …). */
  refusal(status: number, reason: string): SandboxReply;
}
