import type { Clock } from "../../core/clock.js";
import { hmac, queryPairs, secureRandomInt, withSearch } from "../../core/sign-steps.js";
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
const SIGNING: ReadonlySet<string> = new Set(SIGNING_PARAMS);

export type MeariParams = Iterable<readonly [string, string]> | Record<string, string>;

/** The pairs of `params`, in their order. */
const pairsOf = (params: MeariParams): Iterable<readonly [string, string]> =>
  Symbol.iterator in params
    ? (params as Iterable<readonly [string, string]>)
    : Object.entries(params as Record<string, string>);

/** The signed pairs (all but UNSIGNED), sorted by name; equal names keep their order. */
function signedPairs(params: MeariParams): [string, string][] {
  const list: [string, string][] = [];
  for (const [name, value] of pairsOf(params)) if (!UNSIGNED.has(name)) list.push([name, value]);
  return sortByName(list, ([name]) => name);
}

/** `name=value` pairs joined with `&`, values raw (`encode`: both percent-encoded). */
function joined(pairs: [string, string][], encode: boolean): string {
  const texts: string[] = [];
  for (const [name, value] of pairs)
    texts.push(encode ? `${percentEncode(name)}=${percentEncode(value)}` : `${name}=${value}`);
  return texts.join("&");
}

/** Sorts a short list in place by `name` (insertion: stable, and cheapest for a handful). */
function sortByName<T>(list: T[], name: (item: T) => string): T[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    const key = name(item);
    let j = i - 1;
    while (j >= 0 && name(list[j] as T) > key) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}

export function meariStringToSign(params: MeariParams): string {
  if (Symbol.iterator in params) return joined(signedPairs(params), false);
  // An object has each name once: its names sorted (insertion sort, inline: a handful of names),
  // the pairs concatenated, no pair objects made.
  const record = params as Record<string, string>;
  const names = Object.keys(record);
  for (let i = 1; i < names.length; i++) {
    const name = names[i] as string;
    let j = i - 1;
    for (; j >= 0 && (names[j] as string) > name; j--) names[j + 1] = names[j] as string;
    names[j + 1] = name;
  }
  let text = "";
  for (const name of names) {
    if (UNSIGNED.has(name)) continue;
    text = text ? `${text}&${name}=${record[name]}` : `${name}=${record[name]}`;
  }
  return text;
}

const hmacBase64 = (text: string, partnerSecret: string) => hmac("sha1", partnerSecret, text, "base64");

export function meariSignature(params: MeariParams, partnerSecret: string): string {
  return hmacBase64(meariStringToSign(params), partnerSecret);
}

/**
 * Percent-encoding of a query value as UTF-8: everything but `A-Z a-z 0-9 - _ . ! ~ * ' ( )` (the
 * unreserved and mark characters, which every decoder reads as themselves), so `+`, `/`, `=`, `&`,
 * space and non-ASCII are always escaped.
 */
export const percentEncode = (value: string): string => encodeURIComponent(value);

const withSignature = (query: string, signature: string) => {
  const pair = `signature=${percentEncode(signature)}`;
  return query ? `${query}&${pair}` : pair;
};

/** The query string as sent: parameters in signing order, then `signature`, all percent-encoded. */
export function meariQuery(params: MeariParams, signature: string): string {
  return withSignature(joined(signedPairs(params), true), signature);
}

/** Returns a fresh `signatureNonce`; injected so signatures are reproducible. */
export type NonceSource = () => string;

export const secureNonce: NonceSource = () => String(secureRandomInt(1, 2 ** 48 - 1));

/**
 * Adds the signing parameters to a request's own parameters and signs them: returns the full
 * parameter list (signature last) and the query string to send.
 */
export function signMeariRequest(
  params: MeariParams,
  credentials: { partnerKey: string; partnerSecret: string },
  env: { clock: Clock; nonce: NonceSource },
): { params: [string, string][]; query: string; stringToSign: string } {
  const all: [string, string][] = [];
  for (const [name, value] of pairsOf(params)) if (!SIGNING.has(name)) all.push([name, value]);
  all.push(
    ["partnerKey", credentials.partnerKey],
    ["signatureVersion", SIGNATURE_VERSION],
    ["signatureMethod", SIGNATURE_METHOD],
    ["signatureNonce", env.nonce()],
    ["timestamp", String(env.clock())],
  );
  // Sorted once: the string to sign and the query are the same pairs in the same order.
  const sorted = signedPairs(all);
  const stringToSign = joined(sorted, false);
  const signature = hmacBase64(stringToSign, credentials.partnerSecret);
  all.push(["signature", signature]);
  return { params: all, query: withSignature(joined(sorted, true), signature), stringToSign };
}

/**
 * Meari's signer: `sourceApp` (unless the caller gave one) and the five signing parameters added to
 * the query, the decoded values signed, all sent percent-encoded with `signature` last.
 * Credentials: `partnerKey`, `partnerSecret`, `sourceApp`.
 */
export function createMeariSigner(env: { clock: Clock; nonce?: NonceSource | undefined }): Sign {
  const nonce = env.nonce ?? secureNonce;
  return (parts, _operation, credentials) => {
    const params = queryPairs(parts.url);
    if (!params.some(([name]) => name === "sourceApp"))
      params.push(["sourceApp", credentials.sourceApp ?? ""]);
    const signed = signMeariRequest(
      params,
      { partnerKey: credentials.partnerKey ?? "", partnerSecret: credentials.partnerSecret ?? "" },
      { clock: env.clock, nonce },
    );
    return { ...parts, url: withSearch(parts.url, signed.query) };
  };
}
