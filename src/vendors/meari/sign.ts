import { createHmac, randomInt } from "node:crypto";
import type { Clock } from "../../core/clock.js";
import type { Sign } from "../../core/signing.js";

/**
 * Meari (CloudEdge) request signature (spec: "Signing"): `name=value` pairs of every request
 * parameter except `signature` and `partnerSecret`, sorted by name (case-sensitive, ASCII), joined
 * with `&`, values raw; Base64(HMAC-SHA1(partnerSecret)). On the wire every value, the signature
 * included, is percent-encoded (RFC 3986), because the vendor decodes the query before verifying.
 */

export const SIGNATURE_VERSION = "1.0";
export const SIGNATURE_METHOD = "HMAC-SHA1";

/** The signing parameters the client adds to every request. */
export const SIGNING_PARAMS = [
  "partnerKey",
  "signatureVersion",
  "signatureMethod",
  "signatureNonce",
  "timestamp",
  "signature",
] as const;

/** Never signed: the signature itself, and the secret (which must never be sent at all). */
const UNSIGNED = new Set(["signature", "partnerSecret"]);

export type MeariParams = Iterable<readonly [string, string]> | Record<string, string>;

function entries(params: MeariParams): [string, string][] {
  const list =
    Symbol.iterator in params ? [...(params as Iterable<readonly [string, string]>)] : Object.entries(params);
  return list.map(([k, v]) => [k, v]);
}

export function meariStringToSign(params: MeariParams): string {
  return entries(params)
    .filter(([name]) => !UNSIGNED.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
}

export function meariSignature(params: MeariParams, partnerSecret: string): string {
  return createHmac("sha1", partnerSecret).update(meariStringToSign(params), "utf8").digest("base64");
}

/**
 * Percent-encoding of a query value as UTF-8: everything but `A-Z a-z 0-9 - _ . ! ~ * ' ( )` (the
 * unreserved and mark characters, which every decoder reads as themselves), so `+`, `/`, `=`, `&`,
 * space and non-ASCII are always escaped.
 */
export const percentEncode = (value: string): string => encodeURIComponent(value);

/** The query string as sent: parameters in signing order, then `signature`, all percent-encoded. */
export function meariQuery(params: MeariParams, signature: string): string {
  const sorted = entries(params)
    .filter(([name]) => !UNSIGNED.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [...sorted, ["signature", signature]]
    .map(([name, value]) => `${percentEncode(name as string)}=${percentEncode(value as string)}`)
    .join("&");
}

/** Returns a fresh `signatureNonce`; injected so signatures are reproducible. */
export type NonceSource = () => string;

export const secureNonce: NonceSource = () => String(randomInt(1, 2 ** 48 - 1));

/**
 * Adds the signing parameters to a request's own parameters and signs them: returns the full
 * parameter list (signature last) and the query string to send.
 */
export function signMeariRequest(
  params: MeariParams,
  credentials: { partnerKey: string; partnerSecret: string },
  env: { clock: Clock; nonce: NonceSource },
): { params: [string, string][]; query: string; stringToSign: string } {
  const own = entries(params).filter(([name]) => !(SIGNING_PARAMS as readonly string[]).includes(name));
  const all: [string, string][] = [
    ...own,
    ["partnerKey", credentials.partnerKey],
    ["signatureVersion", SIGNATURE_VERSION],
    ["signatureMethod", SIGNATURE_METHOD],
    ["signatureNonce", env.nonce()],
    ["timestamp", String(env.clock())],
  ];
  const signature = meariSignature(all, credentials.partnerSecret);
  return {
    params: [...all, ["signature", signature]],
    query: meariQuery(all, signature),
    stringToSign: meariStringToSign(all),
  };
}

/**
 * Meari's signer: `sourceApp` (unless the caller gave one) and the five signing parameters added to
 * the query, the decoded values signed, all sent percent-encoded with `signature` last.
 * Credentials: `partnerKey`, `partnerSecret`, `sourceApp`.
 */
export function createMeariSigner(env: { clock: Clock; nonce?: NonceSource | undefined }): Sign {
  const nonce = env.nonce ?? secureNonce;
  return (parts, _operation, credentials) => {
    const url = new URL(parts.url);
    const params: [string, string][] = [...url.searchParams];
    if (!url.searchParams.has("sourceApp")) params.push(["sourceApp", credentials.sourceApp ?? ""]);
    const signed = signMeariRequest(
      params,
      { partnerKey: credentials.partnerKey ?? "", partnerSecret: credentials.partnerSecret ?? "" },
      { clock: env.clock, nonce },
    );
    url.search = signed.query;
    return { ...parts, url };
  };
}
