import type { Clock } from "../core/clock.js";
import type { MockRequest, MockResponse } from "./prism.js";

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

export interface VendorSandboxContext {
  /** Credential values, defaults applied. */
  credentials: Record<string, string>;
  clock: Clock;
  /** The parsed OpenAPI document. */
  spec: Record<string, unknown>;
  /** Prism's mock of the spec: validates the request and answers the spec's example. */
  mock: (request: MockRequest) => Promise<MockResponse>;
  /** This sandbox's own base URL (`http://host:port`); known once it listens, before any request. */
  baseUrl: () => string;
}

/**
 * What a vendor folder exports as `sandbox` from its sandbox.ts. The server discovers vendors by
 * their folders under src/vendors/, so adding one needs no change anywhere else.
 */
export interface VendorSandbox {
  vendor: string;
  /** The sandbox listens on port-base + portOffset. */
  portOffset: number;
  /** File name under specs/. */
  specFile: string;
  credentials: CredentialVariable[];
  createHandler(context: VendorSandboxContext): (request: SandboxRequest) => Promise<SandboxReply>;
  /** The vendor's error envelope, for failures the server detects before the vendor layer (body too large, …). */
  refusal(status: number, reason: string): SandboxReply;
  /** The vendor's result code in a reply body, for the request log. */
  codeOf(body: unknown): string | number | undefined;
}
