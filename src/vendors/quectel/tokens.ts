import { createHmac, randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
import { SANDBOX_MEMORY_MAX } from "../../sandbox/kit.js";

/** Lifetimes in the vendor's examples: access token 7,200 s, refresh token 2,592,000 s (30 days). */
export const ACCESS_TOKEN_LIFETIME_S = 7200;
export const REFRESH_TOKEN_LIFETIME_S = 30 * 24 * 3600;

type Kind = "AccessToken" | "RefreshToken";

interface Issued {
  kind: Kind;
  uid: string;
  expiresAtS: number;
  /** The pair this token belongs to: logging out or refreshing ends both. */
  pair: string;
}

export interface TokenPair {
  accessToken: { token: string; expirationTime: number };
  refreshToken: { token: string; expirationTime: number };
}

const b64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/**
 * The Quectel sandbox's tokens, shaped like Quectel's (`Bearer ` + a JWT with exp/iat/uid/type):
 * only tokens it issued are accepted, until they expire, are logged out, or are replaced by a
 * refresh (which rotates both).
 */
export function createQuectelTokenStore(max = SANDBOX_MEMORY_MAX) {
  const key = randomBytes(32);
  // Bounded: the least recently used go first (a forgotten token answers 5032, as an expired one).
  const tokens = new LRUCache<string, Issued>({ max });
  const pairs = new LRUCache<string, string[]>({ max });

  function mint(kind: Kind, uid: string, nowS: number, lifetimeS: number, pair: string): string {
    const header = b64url(JSON.stringify({ alg: "HS256" }));
    const payload = b64url(
      JSON.stringify({
        iss: "enduser",
        aud: "Audience",
        exp: nowS + lifetimeS,
        jti: randomBytes(16).toString("base64url"),
        iat: nowS,
        nbf: nowS - 120,
        sub: "subject",
        uid,
        type: kind,
      }),
    );
    const signature = createHmac("sha256", key).update(`${header}.${payload}`).digest("base64url");
    const token = `Bearer ${header}.${payload}.${signature}`;
    tokens.set(token, { kind, uid, expiresAtS: nowS + lifetimeS, pair });
    pairs.get(pair)?.push(token);
    return token;
  }

  function forget(pair: string) {
    for (const token of pairs.get(pair) ?? []) tokens.delete(token);
    pairs.delete(pair);
  }

  function issue(uid: string, nowMs: number): TokenPair {
    const nowS = Math.floor(nowMs / 1000);
    const pair = randomBytes(8).toString("hex");
    pairs.set(pair, []);
    return {
      accessToken: {
        token: mint("AccessToken", uid, nowS, ACCESS_TOKEN_LIFETIME_S, pair),
        expirationTime: nowS + ACCESS_TOKEN_LIFETIME_S,
      },
      refreshToken: {
        token: mint("RefreshToken", uid, nowS, REFRESH_TOKEN_LIFETIME_S, pair),
        expirationTime: nowS + REFRESH_TOKEN_LIFETIME_S,
      },
    };
  }

  /** Why a token is not accepted, or undefined when it is. */
  function problem(token: string | undefined, kind: Kind, nowMs: number): string | undefined {
    const issued = token === undefined ? undefined : tokens.get(token);
    const name = kind === "AccessToken" ? "access token" : "refresh token";
    if (!issued || issued.kind !== kind)
      return `not ${kind === "AccessToken" ? "an" : "a"} ${name} this sandbox issued (or it was logged out or refreshed)`;
    if (issued.expiresAtS * 1000 <= nowMs) return `${name} expired`;
    return undefined;
  }

  return {
    issue,
    /** The user of a valid access token. */
    uidOf: (token: string) => tokens.get(token)?.uid,
    /** Why an access token is refused (5032), or undefined. */
    accessProblem: (token: string | undefined, nowMs: number) => problem(token, "AccessToken", nowMs),
    /** Exchanges a valid refresh token for a new pair; the old pair stops working. */
    refresh(token: string, nowMs: number): TokenPair | string {
      const why = problem(token, "RefreshToken", nowMs);
      if (why) return why;
      const issued = tokens.get(token) as Issued;
      forget(issued.pair);
      return issue(issued.uid, nowMs);
    },
    /** How many tokens are remembered (bounded by SANDBOX_MEMORY_MAX). */
    get size() {
      return tokens.size;
    },
    /** Ends the session the access token belongs to (its refresh token too). */
    logout(token: string) {
      const issued = tokens.get(token);
      if (issued) forget(issued.pair);
    },
  };
}
