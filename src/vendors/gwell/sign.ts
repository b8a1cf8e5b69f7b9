import type { Clock } from "../../core/clock.js";
import { digest, hmac, secureRandomInt } from "../../core/sign-steps.js";
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

/** The largest nonce: Gwell's Java reference types it as a positive Integer. */
const MAX_NONCE = 2 ** 31 - 1;

/**
 * Nonces counted up from `start` (1…2147483647), back to 1 after the largest: none repeats before
 * 2,147,483,647 are drawn.
 */
export function nonceCounter(start: number): NonceSource {
  let next = start;
  return () => {
    const nonce = next;
    next = next >= MAX_NONCE ? 1 : next + 1;
    return nonce;
  };
}

let processNonces: NonceSource | undefined;

/**
 * A fresh nonce in 1…2147483647: counted up from a random start, one count per process. Gwell
 * refuses a nonce used again within its 5-minute window: random draws would repeat (31 bits: one
 * repeat is expected among about 65,000 draws), a count does not, and two processes' counts meet
 * only when their random starts lie closer than the requests they send.
 */
export const secureNonce: NonceSource = () => {
  processNonces ??= nonceCounter(secureRandomInt(1, MAX_NONCE + 1));
  return processNonces();
};

/** Timestamp window of the vendor: 5 minutes either way. */
export const TIMESTAMP_WINDOW_S = 300;

export function payloadHash(body: string | Uint8Array | undefined): string {
  return digest("sha256", body ?? "", "hex");
}

const byName = ([a]: [string, string], [b]: [string, string]) => (a < b ? -1 : a > b ? 1 : 0);

// The fixed starts of the last three lines, each one string: fewer pieces to join per request.
const ACCESS_ID_LINE = `\n${HEADER.accessId}:`;
const NONCE_LINE = `\n${HEADER.nonce}:`;
const TIMESTAMP_LINE = `\n${HEADER.timestamp}:`;

export function gwellStringToSign(input: GwellSigningInput): string {
  const { method } = input;
  // Not GET: the five names are fixed, and so is their order (Host < Payload < X-IotVideo-…).
  // Only a three-letter method can be GET in another case: no upper-casing for the rest.
  if (method !== "GET" && (method.length !== 3 || method.toUpperCase() !== "GET"))
    return `Host:${input.host}\nPayload:${payloadHash(input.body)}${ACCESS_ID_LINE}${input.accessId}${NONCE_LINE}${input.nonce}${TIMESTAMP_LINE}${input.timestamp}`;
  const lines: [string, string][] = [
    ["Host", input.host],
    [HEADER.accessId, input.accessId],
    [HEADER.nonce, String(input.nonce)],
    [HEADER.timestamp, String(input.timestamp)],
  ];
  for (const [name, value] of input.query ?? []) if (value !== "") lines.push([name, value]);
  // Stable: equal names keep their order.
  lines.sort(byName);
  let text = "";
  for (const [name, value] of lines) text += text ? `\n${name}:${value}` : `${name}:${value}`;
  return text;
}

export function gwellSignature(input: GwellSigningInput, appKey: string): string {
  return hmac("sha1", appKey, gwellStringToSign(input), "base64");
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
    const { url } = parts;
    const input: GwellSigningInput = {
      method: parts.method,
      host: url.host,
      body: parts.body,
      // Read only for GET: a URL's searchParams object is made on first use.
      query: url.search ? url.searchParams : undefined,
      accessId: credentials.appId ?? "",
      nonce: String(nonce()),
      timestamp: String(Math.floor(env.clock() / 1000)),
    };
    const headers = new Headers(parts.headers);
    headers.set(HEADER.accessId, input.accessId);
    headers.set(HEADER.nonce, input.nonce as string);
    headers.set(HEADER.timestamp, input.timestamp as string);
    headers.set(HEADER.signature, gwellSignature(input, credentials.appKey ?? ""));
    return { ...parts, headers };
  };
}
