import type { Clock } from "./clock.js";

export interface TokenCacheOptions<K, T> {
  clock: Clock;
  /** Renew this long before the token's own expiry. */
  marginMs: number;
  /** Cache key of a request (e.g. unionId + uniqueId). */
  keyOf: (request: K) => string;
  /** Obtains a fresh token from the vendor (a login). */
  obtain: (request: K) => Promise<T>;
  /** When the token expires, in Unix milliseconds, from the vendor's own expiry field. */
  expiresAtMs: (token: T) => number;
}

export interface TokenCache<K, T> {
  /** A token valid for at least the margin: cached, or obtained now. Concurrent callers share one obtain. */
  get(request: K): Promise<T>;
  /** Forgets the cached token of a request (e.g. after the vendor said it is invalid). */
  invalidate(request: K): void;
}

/**
 * Token lifecycle shared by every vendor: keeps one token per key, obtains a new one before the
 * vendor's expiry minus a safety margin, and lets concurrent askers for the same key wait on one
 * obtain instead of each logging in.
 */
export function createTokenCache<K, T>(options: TokenCacheOptions<K, T>): TokenCache<K, T> {
  const tokens = new Map<string, T>();
  const inFlight = new Map<string, Promise<T>>();
  return {
    get(request) {
      const key = options.keyOf(request);
      const cached = tokens.get(key);
      if (cached !== undefined && options.expiresAtMs(cached) - options.marginMs > options.clock()) {
        return Promise.resolve(cached);
      }
      let pending = inFlight.get(key);
      if (!pending) {
        pending = options
          .obtain(request)
          .then((token) => {
            tokens.set(key, token);
            return token;
          })
          .finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
    invalidate(request) {
      tokens.delete(options.keyOf(request));
    },
  };
}
