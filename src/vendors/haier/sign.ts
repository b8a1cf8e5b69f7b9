import type { Clock } from "../../core/clock.js";
import { digest } from "../../core/sign-steps.js";
import type { Sign } from "../../core/signing.js";

/**
 * Haier U+ (UWS) request signature (spec: "Signing"): lower-case hex SHA-256 of
 * `urlPath + body + appId + appKey + timestamp`, where body and appKey are normalised exactly as
 * Haier's reference code does (Signature.md in haier-iot/cloud-api).
 */

export const HEADER = {
  appId: "appId",
  appVersion: "appVersion",
  clientId: "clientId",
  sequenceId: "sequenceId",
  sign: "sign",
  timestamp: "timestamp",
  language: "language",
  timezone: "timezone",
  accessToken: "accessToken",
} as const;

export interface HaierSigningInput {
  /** The URL path only: no host, no query string. */
  path: string;
  /** The JSON body as sent; absent or null means no body. */
  body?: string | null | undefined;
  appId: string;
  /** Unix milliseconds, as sent in the `timestamp` header. */
  timestamp: string | number;
}

/** Java's String.trim(): strips every character up to U+0020 from both ends. */
function javaTrim(text: string): string {
  const n = text.length;
  if (n === 0 || (text.charCodeAt(0) > 0x20 && text.charCodeAt(n - 1) > 0x20)) return text;
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

/**
 * The body as Haier signs it: trimmed, then every space, tab, CR and LF removed, inside string
 * values too (the reference code strips them character by character). No body → "".
 */
export function normaliseBody(body: string | null | undefined): string {
  if (body == null) return "";
  const trimmed = javaTrim(body);
  // Four scans cost less than the regular expression, and JSON as serialised has none of them.
  const spaced =
    trimmed.includes(" ") || trimmed.includes("\n") || trimmed.includes("\t") || trimmed.includes("\r");
  return spaced ? trimmed.replace(/[ \t\r\n]/g, "") : trimmed;
}

/** The appKey normalised last (a client signs with one key) and its normal form. */
let lastAppKey: [string, string] | undefined;

/** The appKey as Haier signs it: trimmed, every `"` removed. */
export function normaliseAppKey(appKey: string): string {
  if (lastAppKey !== undefined && lastAppKey[0] === appKey) return lastAppKey[1];
  const trimmed = javaTrim(appKey);
  const normal = trimmed.includes('"') ? trimmed.replaceAll('"', "") : trimmed;
  lastAppKey = [appKey, normal];
  return normal;
}

export function haierStringToSign(input: HaierSigningInput, appKey: string): string {
  return `${input.path}${normaliseBody(input.body)}${input.appId}${normaliseAppKey(appKey)}${input.timestamp}`;
}

export function haierSign(input: HaierSigningInput, appKey: string): string {
  return digest("sha256", haierStringToSign(input, appKey), "hex");
}

/** The string to sign with the appKey left out, for showing a developer what was signed. */
export function haierStringToSignWithoutKey(input: HaierSigningInput): string {
  return `${input.path}${normaliseBody(input.body)}${input.appId}<appKey>${input.timestamp}`;
}

/** Returns the next `sequenceId`; injected so requests are reproducible. */
export type SequenceSource = (nowMs: number) => string;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `yyyyMMddHHmmss` in UTC (Haier names no zone; see the spec's departures). */
export function sequenceDate(nowMs: number): string {
  const d = new Date(nowMs);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/**
 * A `sequenceId` source: 20 characters, `yyyyMMddHHmmss` + a 6-digit counter that increments per
 * request and wraps at 999999. Start the counter where you like (the default source starts at a
 * random point so that two processes started in the same second rarely collide).
 */
export function sequenceCounter(start = 0): SequenceSource {
  let counter = start % 1_000_000;
  return (nowMs) => {
    counter = (counter + 1) % 1_000_000;
    return `${sequenceDate(nowMs)}${pad(counter, 6)}`;
  };
}

export const SEQUENCE_ID_PATTERN = /^\d{20}$/;

/** The signed headers for one request. */
export function signHaierRequest(
  request: { path: string; body?: string | null | undefined },
  credentials: { appId: string; appKey: string },
  env: { clock: Clock; sequence: SequenceSource },
): { appId: string; sequenceId: string; timestamp: string; sign: string } {
  const now = env.clock();
  const timestamp = String(now);
  return {
    appId: credentials.appId,
    sequenceId: env.sequence(now),
    timestamp,
    sign: haierSign({ ...request, appId: credentials.appId, timestamp }, credentials.appKey),
  };
}

/** Defaults for the headers Haier requires but the caller rarely cares about (Parameters.md). */
export const DEFAULT_HEADERS = { appVersion: "1.0.0", language: "zh-cn", timezone: "Asia/Shanghai" } as const;

// One counter per process: sequenceIds must be unique per client, and two client objects (or the
// Dredd hooks and a client) in one process sign for the same server.
const processSequence = sequenceCounter(Math.floor(Math.random() * 1_000_000));

/**
 * Haier's signer: the eight common headers (sign over path + body + appId + appKey + timestamp), and
 * accessToken "" unless the caller gave one. Credentials: `appId`, `appKey`, `clientId`, and
 * optionally `appVersion`, `language`, `timezone` (else DEFAULT_HEADERS).
 */
export function createHaierSigner(env: { clock: Clock; sequence?: SequenceSource | undefined }): Sign {
  const sequence = env.sequence ?? processSequence;
  return (parts, _operation, credentials) => {
    const signed = signHaierRequest(
      { path: parts.url.pathname, body: parts.body },
      { appId: credentials.appId ?? "", appKey: credentials.appKey ?? "" },
      { clock: env.clock, sequence },
    );
    const h = new Headers(parts.headers);
    h.set(HEADER.appId, signed.appId);
    h.set(HEADER.appVersion, credentials.appVersion || DEFAULT_HEADERS.appVersion);
    h.set(HEADER.clientId, credentials.clientId ?? "");
    h.set(HEADER.sequenceId, signed.sequenceId);
    h.set(HEADER.timestamp, signed.timestamp);
    h.set(HEADER.sign, signed.sign);
    h.set(HEADER.language, credentials.language || DEFAULT_HEADERS.language);
    h.set(HEADER.timezone, credentials.timezone || DEFAULT_HEADERS.timezone);
    if (!h.has(HEADER.accessToken)) h.set(HEADER.accessToken, "");
    return { ...parts, headers: h };
  };
}
