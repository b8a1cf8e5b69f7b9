import { createHmac, randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
import { SANDBOX_MEMORY_MAX } from "../../../sandbox/kit.js";

/** The SaaS token lives 2 hours (the login page's note; spec quectel-saas departure 2). */
export const SAAS_TOKEN_LIFETIME_MS = 2 * 3600 * 1000;
/** A token created or refreshed this recently is returned as it is by a refresh (refreshToken page). */
export const REFRESH_QUIET_MS = 30 * 60 * 1000;

interface Issued {
  accessKey: string;
  /** When it was created or last refreshed. */
  renewedAt: number;
  expiresAt: number;
}

const b64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/**
 * The Quectel sandbox's SaaS tokens, shaped like Quectel's (`QJWT ` + an HS256 JWT with the claims
 * of the page's example): only tokens it issued are accepted, for 2 hours. A refresh within 30
 * minutes of the token's creation or last refresh returns it unchanged; later, a new token (the old
 * one stays valid until it expires: the page does not say otherwise).
 */
export function createSaasTokenStore(max = SANDBOX_MEMORY_MAX) {
  const key = randomBytes(32);
  const tokens = new LRUCache<string, Issued>({ max });

  function issue(accessKey: string, now: number): string {
    const nowS = Math.floor(now / 1000);
    const header = b64url(JSON.stringify({ alg: "HS256" }));
    const payload = b64url(
      JSON.stringify({
        sub: accessKey,
        iat: nowS,
        jti: randomBytes(16).toString("hex"),
        uty: "per",
        exp: nowS + SAAS_TOKEN_LIFETIME_MS / 1000,
        am: "AccessKey",
        sp: "",
      }),
    );
    const signature = createHmac("sha256", key).update(`${header}.${payload}`).digest("base64url");
    const token = `QJWT ${header}.${payload}.${signature}`;
    tokens.set(token, { accessKey, renewedAt: now, expiresAt: now + SAAS_TOKEN_LIFETIME_MS });
    return token;
  }

  /** Why a token is refused (91004), or undefined. */
  function problem(token: string, now: number): string | undefined {
    const issued = tokens.get(token);
    if (!issued) return "not a token this sandbox issued";
    if (issued.expiresAt <= now) return "token expired (2 hours)";
    return undefined;
  }

  return {
    issue,
    problem,
    /** The same token (renewed within 30 minutes) or a new one; a string says why it is refused. */
    refresh(token: string, now: number): { token: string } | string {
      const why = problem(token, now);
      if (why) return why;
      const issued = tokens.get(token) as Issued;
      if (now - issued.renewedAt < REFRESH_QUIET_MS) return { token };
      issued.renewedAt = now;
      return { token: issue(issued.accessKey, now) };
    },
  };
}
