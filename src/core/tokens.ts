import { randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Clock } from "./clock.js";

/** What a store keeps per key: the vendor's token data (JSON) and when it expires. */
export interface StoredToken {
  value: unknown;
  expiresAtMs: number;
  /** Random id of this issue of the token: tells a renewal by another instance from the entry one had. */
  id: string;
  /** What the credentials it was obtained with check to (see `credentialCheck`); never a secret itself. */
  check?: string | undefined;
}

/**
 * Where tokens live. In memory by default; a shared store (Redis) lets several instances of a
 * customer cloud use one token per user, and its `lock` lets only one of them log in at a time.
 */
export interface TokenStore {
  get(key: string): Promise<StoredToken | undefined>;
  /** Keeps the entry until it expires. */
  set(key: string, entry: StoredToken, nowMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Takes a lock for `ttlMs`; returns its release, or undefined when another holder has it. */
  lock?(key: string, ttlMs: number): Promise<(() => Promise<void>) | undefined>;
}

/**
 * Tokens in this process's memory, bounded: at most `max` entries (the least recently used go
 * first), each dropped when its token expires.
 */
export function memoryTokenStore(options: { max?: number } = {}): TokenStore {
  const entries = new LRUCache<string, StoredToken>({ max: options.max ?? 10_000 });
  return {
    get: async (key) => entries.get(key),
    set: async (key, entry, nowMs) => {
      entries.set(key, entry, { ttl: Math.max(1, Math.round(entry.expiresAtMs - nowMs)) });
    },
    delete: async (key) => {
      entries.delete(key);
    },
  };
}

/** The part of an ioredis client the Redis store uses. */
export interface RedisLike {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, px: "PX", ttlMs: number): Promise<unknown>;
  set(key: string, value: string, px: "PX", ttlMs: number, nx: "NX"): Promise<unknown>;
  del(key: string): Promise<number>;
  eval(script: string, keys: number, ...args: string[]): Promise<unknown>;
}

const RELEASE =
  'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end';

/**
 * Tokens in Redis (pass your ioredis client): entries expire with the token, and logins are
 * serialised across instances with a `SET NX PX` lock released only by its holder.
 */
export function createRedisTokenStore(redis: RedisLike, options: { prefix?: string } = {}): TokenStore {
  const prefix = options.prefix ?? "iotdock:token:";
  return {
    async get(key) {
      const text = await redis.get(prefix + key);
      return text === null ? undefined : (JSON.parse(text) as StoredToken);
    },
    async set(key, entry, nowMs) {
      const ttl = Math.max(1, Math.min(Math.round(entry.expiresAtMs - nowMs), 2 ** 31 - 1));
      await redis.set(prefix + key, JSON.stringify(entry), "PX", ttl);
    },
    async delete(key) {
      await redis.del(prefix + key);
    },
    async lock(key, ttlMs) {
      const name = `${prefix}${key}:lock`;
      const holder = randomBytes(16).toString("hex");
      const taken = await redis.set(name, holder, "PX", ttlMs, "NX");
      if (taken !== "OK") return undefined;
      return async () => {
        await redis.eval(RELEASE, 1, name, holder);
      };
    },
  };
}

export interface TokenCacheOptions<K, T> {
  clock: Clock;
  /** Renew this long before the token's own expiry. */
  marginMs: number;
  /** Namespace in the store (the vendor). */
  namespace: string;
  /** Cache key of a request (e.g. unionId + uniqueId); never a secret. */
  keyOf: (request: K) => string;
  /**
   * For requests that carry a credential (a password): a keyed digest of it (never the credential).
   * A stored token is given only to a request whose credential checks the same, so a cache never
   * turns a wrong password into a success; a mismatch logs in with the given one.
   */
  credentialCheck?: ((request: K) => string) | undefined;
  /** Obtains a fresh token from the vendor (a login). */
  obtain: (request: K) => Promise<T>;
  /** Renews a token that is expiring (Quectel's refresh token). Falls back to obtain when it fails or is absent. */
  renew?: ((current: T, request: K) => Promise<T>) | undefined;
  /** Whether `current` can still be renewed (its refresh token has not expired). */
  renewable?: ((current: T) => boolean) | undefined;
  /** When the token expires, in Unix milliseconds, from the vendor's own expiry field. */
  expiresAtMs: (token: T) => number;
  store?: TokenStore | undefined;
  /** With a store lock: how long to wait for another instance's login before logging in anyway. */
  lockWaitMs?: number | undefined;
}

export interface TokenCache<K, T> {
  /** A token valid for at least the margin: stored, renewed, or obtained now. Concurrent callers share one. */
  get(request: K): Promise<T>;
  /** Forgets the token of a request (e.g. after the vendor said it is invalid); the next get renews or logs in. */
  invalidate(request: K): Promise<void>;
  /**
   * Runs `call` with a token; when it fails because the vendor says the token is invalid, gets a
   * new token once (refresh, else login) and runs it once more.
   */
  withToken<R>(
    request: K,
    call: (token: T) => Promise<R>,
    isInvalid: (error: unknown) => boolean,
  ): Promise<R>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Token lifecycle shared by every vendor: one token per key, renewed (or obtained again) before
 * the vendor's expiry minus a margin; concurrent askers for a key share one renewal, within a
 * process always and across processes with a store that locks.
 */
export function createTokenCache<K, T>(options: TokenCacheOptions<K, T>): TokenCache<K, T> {
  const store = options.store ?? memoryTokenStore();
  /** The load in progress per key, and the credential check it was started with. */
  const inFlight = new Map<string, { load: Promise<StoredToken>; check: string | undefined }>();
  const lockWaitMs = options.lockWaitMs ?? 10_000;
  const fullKey = (request: K) => `${options.namespace}:${options.keyOf(request)}`;
  const fresh = (entry: StoredToken | undefined) =>
    entry !== undefined && entry.expiresAtMs - options.marginMs > options.clock();

  const checkOf = (request: K) => options.credentialCheck?.(request);

  async function produce(key: string, request: K, stale: StoredToken | undefined): Promise<StoredToken> {
    // A token obtained with other credentials is never renewed for this request: log in with its own.
    const current = stale && stale.check === checkOf(request) ? (stale.value as T) : undefined;
    let token: T | undefined;
    if (current !== undefined && options.renew && (options.renewable?.(current) ?? true)) {
      token = await options.renew(current, request).catch(() => undefined);
    }
    token ??= await options.obtain(request);
    const entry = {
      value: token,
      expiresAtMs: options.expiresAtMs(token),
      id: randomBytes(8).toString("hex"),
      check: checkOf(request),
    };
    await store.set(key, entry, options.clock());
    return entry;
  }

  /**
   * The stored entry, or a new one. With `failed`, the entry whose token the vendor just refused:
   * renewed only when it is still the stored one; when someone else already replaced it, theirs is
   * used (Quectel rotates the pair on refresh: a second refresh would kill the first caller's).
   */
  async function load(key: string, request: K, failed: string | undefined): Promise<StoredToken> {
    const check = checkOf(request);
    const usable = (entry: StoredToken | undefined): entry is StoredToken =>
      fresh(entry) && entry?.id !== failed && entry?.check === check;
    const entry = await store.get(key);
    if (usable(entry)) return entry;
    if (!store.lock) return produce(key, request, entry);
    const started = Date.now();
    for (;;) {
      const release = await store.lock(key, lockWaitMs);
      if (release) {
        try {
          // Another instance may have finished while we waited for the lock.
          const again = await store.get(key);
          if (usable(again)) return again;
          return await produce(key, request, again ?? entry);
        } finally {
          await release();
        }
      }
      const seen = await store.get(key);
      if (usable(seen)) return seen;
      if (Date.now() - started > lockWaitMs) return produce(key, request, entry);
      await sleep(25);
    }
  }

  /**
   * One load per key at a time, shared by everyone asking. A caller whose token failed takes a
   * pending load only when it brings another token; otherwise it starts its own (which renews only
   * if the failed token is still the stored one).
   */
  async function entryFor(request: K, failed?: string): Promise<StoredToken> {
    const key = fullKey(request);
    const check = checkOf(request);
    for (let round = 0; round < 5; round++) {
      const pending = inFlight.get(key);
      if (!pending) break;
      // A load for other credentials (a wrong password) is not shared, nor its error.
      if (pending.check !== check) {
        await pending.load.catch(() => undefined);
        continue;
      }
      const shared = await pending.load;
      if (shared.id !== failed) return shared;
    }
    const next = {
      check,
      load: load(key, request, failed).finally(() => {
        if (inFlight.get(key) === next) inFlight.delete(key);
      }),
    };
    inFlight.set(key, next);
    return next.load;
  }

  return {
    get: async (request) => (await entryFor(request)).value as T,
    async invalidate(request) {
      await store.delete(fullKey(request));
    },
    async withToken(request, call, isInvalid) {
      const entry = await entryFor(request);
      try {
        return await call(entry.value as T);
      } catch (error) {
        if (!isInvalid(error)) throw error;
        return call((await entryFor(request, entry.id)).value as T);
      }
    },
  };
}
