import * as crypto from "node:crypto";

/**
 * The steps the vendor signers share, made cheap: a signature is computed on every request, right
 * after the network code has run (cold caches), so each step here takes the path through Node
 * with the least code. Outputs are those of the plain calls (the vector tests prove them).
 */

/**
 * The digest of `data` (a string as UTF-8) in `encoding`: `crypto.hash` where Node has it (20.12+),
 * a third of `createHash().update().digest()` for a short input.
 */
export function digest(algorithm: string, data: string | Uint8Array, encoding: "hex" | "base64"): string;
export function digest(algorithm: string, data: string | Uint8Array, encoding: "buffer"): Buffer;
export function digest(
  algorithm: string,
  data: string | Uint8Array,
  encoding: "hex" | "base64" | "buffer",
): string | Buffer {
  if (HAS_HASH) return crypto.hash(algorithm, data, encoding);
  const hash = crypto.createHash(algorithm).update(data);
  return encoding === "buffer" ? hash.digest() : hash.digest(encoding);
}

const HAS_HASH = typeof crypto.hash === "function";

/** Digest lengths of the hashes with a 64-byte block that `hmac` computes from one-shot digests. */
const DIGEST_BYTES: Readonly<Record<string, number>> = { sha1: 20, sha256: 32 };

/**
 * A key prepared for HMAC: its inner pad as text and its outer pad with room for the inner digest
 * (`ipad` set), or what `createHmac` takes (`ipad` undefined): a KeyObject, or "" (valid for HMAC,
 * not for a KeyObject). One shape, so the call site stays monomorphic.
 */
interface Prepared {
  algorithm: string;
  key: string;
  ipad: string | undefined;
  outer: Buffer;
  keyObject: crypto.KeyObject | string;
}

/**
 * Keys prepared for HMAC, by algorithm and key. A client signs with one key; a handful are kept.
 * A key that is not ASCII, or longer than a block, is prepared as a KeyObject for `createHmac`.
 */
const prepared = new Map<string, Map<string, Prepared>>();

/** The key prepared last: a client signs with one key, so most calls end here. */
let last: Prepared | undefined;

function prepare(algorithm: string, key: string): Prepared {
  let keys = prepared.get(algorithm);
  const known = keys?.get(key);
  if (known !== undefined) return known;
  if (!keys || keys.size >= 8) {
    keys = new Map();
    prepared.set(algorithm, keys);
  }
  const made: Prepared = { algorithm, key, ipad: undefined, outer: Buffer.alloc(0), keyObject: key };
  const bytes = DIGEST_BYTES[algorithm];
  if (bytes && typeof crypto.hash === "function" && key.length <= 64 && /^[\0-\x7f]*$/.test(key)) {
    // RFC 2104: H((K ^ opad) || H((K ^ ipad) || text)), K zero-padded to the 64-byte block. An ASCII
    // key's pads are ASCII, so the inner pad can be prepended to the text as a string.
    const inner = Buffer.alloc(64);
    made.outer = Buffer.alloc(64 + bytes);
    for (let i = 0; i < 64; i++) {
      const k = i < key.length ? key.charCodeAt(i) : 0;
      inner[i] = k ^ 0x36;
      made.outer[i] = k ^ 0x5c;
    }
    // From bytes: one flat string (one built by `+=` is a rope, flattened again on every use).
    made.ipad = inner.toString("latin1");
  } else if (key !== "") made.keyObject = crypto.createSecretKey(Buffer.from(key, "utf8"));
  keys.set(key, made);
  return made;
}

/**
 * HMAC of `data` (UTF-8) with `key` (UTF-8), as `createHmac(algorithm, key)` gives it. For SHA-1 and
 * SHA-256 with an ASCII key, computed from two one-shot digests over the prepared pads: after the
 * network code has run, that costs two thirds of creating an Hmac object.
 */
export function hmac(algorithm: string, key: string, data: string, encoding: "hex" | "base64"): string {
  let p = last;
  if (p === undefined || p.key !== key || p.algorithm !== algorithm) {
    p = prepare(algorithm, key);
    last = p;
  }
  const ipad = p.ipad;
  if (ipad === undefined)
    return crypto.createHmac(algorithm, p.keyObject).update(data, "utf8").digest(encoding);
  crypto.hash(algorithm, ipad + data, "buffer").copy(p.outer, 64);
  return crypto.hash(algorithm, p.outer, encoding);
}

/** Random 32-bit words, drawn from the system's CSPRNG 256 at a time. */
const pool = new Uint32Array(256);
let next = pool.length;
function randomWord(): number {
  if (next === pool.length) {
    crypto.getRandomValues(pool);
    next = 0;
  }
  return pool[next++] as number;
}

/**
 * A uniformly random integer in [min, max), max − min ≤ 2^48, from the CSPRNG (as
 * `crypto.randomInt`, with less work per call): 48 random bits, rejection sampling.
 */
export function secureRandomInt(min: number, max: number): number {
  const range = max - min;
  const limit = 2 ** 48 - (2 ** 48 % range);
  for (;;) {
    const x = (randomWord() & 0xffff) * 2 ** 32 + randomWord();
    if (x < limit) return min + (x % range);
  }
}

/** One part of a query as a form decoder reads it: `+` is a space, then percent-decoding as UTF-8. */
function decodeFormPart(text: string): string | undefined {
  const spaced = text.includes("+") ? text.replaceAll("+", " ") : text;
  if (!spaced.includes("%")) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    // Not valid UTF-8 percent-encoding: the URL standard's decoder replaces what decodeURIComponent refuses.
    return undefined;
  }
}

/**
 * The query's name/value pairs as `url.searchParams` gives them (the URL standard's form decoding),
 * without making a URLSearchParams, which costs several times more on a signing path.
 */
export function queryPairs(url: URL): [string, string][] {
  const search = url.search;
  if (search.length < 2) return [];
  const pairs: [string, string][] = [];
  for (const piece of search.slice(1).split("&")) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    const name = decodeFormPart(eq < 0 ? piece : piece.slice(0, eq));
    const value = decodeFormPart(eq < 0 ? "" : piece.slice(eq + 1));
    if (name === undefined || value === undefined) return [...url.searchParams];
    pairs.push([name, value]);
  }
  return pairs;
}

/** A copy of `url` with another query (`search` without its `?`; "" for none), parsed once. */
export function withSearch(url: URL, search: string): URL {
  const { href, hash } = url;
  // A serialised URL's first `?` (after its fragment is cut) starts its query, even an empty one.
  let base = href.slice(0, href.length - hash.length);
  const query = base.indexOf("?");
  if (query >= 0) base = base.slice(0, query);
  return new URL(search ? `${base}?${search}${hash}` : `${base}${hash}`);
}

/** A value JSON keeps as it is (a credential field holding one is left alone). */
const kept = (value: unknown) =>
  typeof value === "string" ||
  typeof value === "boolean" ||
  (typeof value === "number" && Number.isFinite(value));

/**
 * The body object with the credentials it lacks filled in (`fields`: body field → credential), so
 * that `JSON.stringify` of it gives exactly the text `fillBodyCredentials` gives for the body's
 * JSON (parsed, filled with `??=`, serialised again), without the second parse and serialisation:
 * a field that is null stays in its place, an absent (or undefined) one comes last, in `fields`
 * order. Undefined when the body is not a plain object whose fields are all that simple.
 */
export function filledObject(
  body: unknown,
  fields: Readonly<Record<string, string>>,
  credentials: Readonly<Record<string, string>>,
): Record<string, unknown> | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const proto = Object.getPrototypeOf(body);
  if ((proto !== Object.prototype && proto !== null) || "toJSON" in body) return undefined;
  const source = body as Record<string, unknown>;
  for (const field in fields) {
    const value = source[field];
    if (value !== undefined && value !== null && !kept(value)) return undefined;
  }
  const filled: Record<string, unknown> = { ...source };
  for (const field in fields) {
    const value = filled[field];
    if (value === null) filled[field] = credentials[fields[field] as string];
    else if (value === undefined) {
      delete filled[field];
      filled[field] = credentials[fields[field] as string];
    }
  }
  return filled;
}
