import { createHash, createHmac, randomInt } from "node:crypto";
import type { Clock } from "../../core/clock.js";
import type { Sign } from "../../core/signing.js";

/**
 * Gwell's request signature (spec: "Signing"): `Name:value` lines sorted by name (ASCII), joined
 * with "\n"; Base64(HMAC-SHA1(appKey, stringToSign)). POST/PUT sign `Payload` = hex SHA-256 of the
 * exact body; GET signs each non-empty query parameter as its own line. `Host` is the Host header
 * as sent, with `:port` when it is not the default.
 */

export const HEADER = {
  accessId: "X-IotVideo-AccessID",
  nonce: "X-IotVideo-Nonce",
  timestamp: "X-IotVideo-Timestamp",
  signature: "X-IotVideo-Signature",
} as const;

export interface GwellSigningInput {
  method: string;
  /** Host header as sent: `host` or `host:port`. */
  host: string;
  /** Exact body bytes (POST/PUT); absent means empty. */
  body?: string | Uint8Array | undefined;
  /** Query parameters (GET). */
  query?: Iterable<[string, string]> | undefined;
  accessId: string;
  nonce: string | number;
  /** Unix seconds. */
  timestamp: string | number;
}

/** Returns a positive integer nonce; injected so signatures are reproducible. */
export type NonceSource = () => number;

// Gwell's Java reference types the nonce as a positive Integer: stay within 1…2147483647.
export const secureNonce: NonceSource = () => randomInt(1, 2 ** 31 - 1);

/** Timestamp window of the vendor: 5 minutes either way. */
export const TIMESTAMP_WINDOW_S = 300;

export function payloadHash(body: string | Uint8Array | undefined): string {
  return createHash("sha256")
    .update(body ?? "")
    .digest("hex");
}

export function gwellStringToSign(input: GwellSigningInput): string {
  const lines: [string, string][] = [
    ["Host", input.host],
    [HEADER.accessId, input.accessId],
    [HEADER.nonce, String(input.nonce)],
    [HEADER.timestamp, String(input.timestamp)],
  ];
  if (input.method.toUpperCase() === "GET") {
    for (const [name, value] of input.query ?? []) if (value !== "") lines.push([name, value]);
  } else {
    lines.push(["Payload", payloadHash(input.body)]);
  }
  lines.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return lines.map(([name, value]) => `${name}:${value}`).join("\n");
}

export function gwellSignature(input: GwellSigningInput, appKey: string): string {
  return createHmac("sha1", appKey).update(gwellStringToSign(input), "utf8").digest("base64");
}

/** The four public headers for a request. */
export function signGwellRequest(
  request: Omit<GwellSigningInput, "accessId" | "nonce" | "timestamp">,
  credentials: { accessId: string; appKey: string },
  env: { clock: Clock; nonce: NonceSource },
): Record<(typeof HEADER)[keyof typeof HEADER], string> {
  const input = {
    ...request,
    accessId: credentials.accessId,
    nonce: String(env.nonce()),
    timestamp: String(Math.floor(env.clock() / 1000)),
  };
  return {
    [HEADER.accessId]: input.accessId,
    [HEADER.nonce]: input.nonce,
    [HEADER.timestamp]: input.timestamp,
    [HEADER.signature]: gwellSignature(input, credentials.appKey),
  };
}

/**
 * Gwell's signer for the client, the Dredd hooks and the fuzz: the four X-IotVideo-* headers over
 * the Host as sent and the exact body, with credentials `appId` (the AccessID) and `appKey`.
 */
export function createGwellSigner(env: { clock: Clock; nonce?: NonceSource | undefined }): Sign {
  const nonce = env.nonce ?? secureNonce;
  return (parts, _operation, credentials) => {
    const signed = signGwellRequest(
      { method: parts.method, host: parts.url.host, body: parts.body, query: parts.url.searchParams },
      { accessId: credentials.appId ?? "", appKey: credentials.appKey ?? "" },
      { clock: env.clock, nonce },
    );
    const headers = new Headers(parts.headers);
    for (const [name, value] of Object.entries(signed)) headers.set(name, value);
    return { ...parts, headers };
  };
}
