import { LRUCache } from "lru-cache";
import { secureRandomString } from "../../../core/clock.js";
import { SANDBOX_MEMORY_MAX } from "../../../sandbox/kit.js";

/** The lifetime the sandbox gives a token: the vendor document's example `expire`, 25 days. */
export const TOKEN_LIFETIME_S = 2_160_000;

interface Issued {
  /** The user: the openId the customer's login callback answered. */
  uid: string;
  expiresAt: number;
}

/**
 * The Haier sandbox's U+ access tokens: 30 upper-case letters and digits like the document's, each
 * for the user of the login that issued it, valid 25 days. Protected calls accept only these:
 * `D00003` for none or an unknown one, `D00004` for an expired one.
 */
export function createHaierTokens(max = SANDBOX_MEMORY_MAX) {
  const tokens = new LRUCache<string, Issued>({ max });
  return {
    issue(uid: string, now: number): string {
      const token = secureRandomString(30).toUpperCase();
      tokens.set(token, { uid, expiresAt: now + TOKEN_LIFETIME_S * 1000 });
      return token;
    },
    /** The token's user, or the code and reason it is refused with. */
    check(
      token: string | undefined,
      now: number,
    ): { uid: string } | { code: "D00003" | "D00004"; detail: string } {
      const issued = token ? tokens.get(token) : undefined;
      if (!token) return { code: "D00003", detail: "accessToken header missing" };
      if (!issued) return { code: "D00003", detail: "not a token this sandbox issued" };
      if (issued.expiresAt <= now) return { code: "D00004", detail: "token expired (25 days)" };
      return { uid: issued.uid };
    },
  };
}
