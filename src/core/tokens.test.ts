import { describe, expect, it } from "vitest";
import { createTokenCache } from "./tokens.js";

function setup(lifetimeMs: number, marginMs = 1000) {
  let now = 1_000_000;
  let logins = 0;
  const cache = createTokenCache<{ user: string }, { token: string; expiresAt: number }>({
    clock: () => now,
    marginMs,
    keyOf: (r) => r.user,
    obtain: async (r) => {
      logins++;
      await new Promise((res) => setTimeout(res, 5));
      return { token: `${r.user}-${logins}`, expiresAt: now + lifetimeMs };
    },
    expiresAtMs: (t) => t.expiresAt,
  });
  return { cache, advance: (ms: number) => (now += ms), logins: () => logins };
}

describe("token cache", () => {
  it("100 concurrent askers for one user share exactly one login", async () => {
    const { cache, logins } = setup(60_000);
    const tokens = await Promise.all(Array.from({ length: 100 }, () => cache.get({ user: "u" })));
    expect(logins()).toBe(1);
    expect(new Set(tokens.map((t) => t.token))).toEqual(new Set(["u-1"]));
  });

  it("different users get their own logins", async () => {
    const { cache, logins } = setup(60_000);
    const [a, b] = await Promise.all([cache.get({ user: "a" }), cache.get({ user: "b" })]);
    expect(a.token).not.toBe(b.token);
    expect(logins()).toBe(2);
  });

  it("reuses a token until expiry minus the margin, then logs in again", async () => {
    const { cache, advance, logins } = setup(60_000, 1000);
    await cache.get({ user: "u" });
    advance(58_999);
    expect((await cache.get({ user: "u" })).token).toBe("u-1");
    advance(1);
    expect((await cache.get({ user: "u" })).token).toBe("u-2");
    expect(logins()).toBe(2);
  });

  it("a failed login is not cached and the next asker tries again", async () => {
    let fail = true;
    const cache = createTokenCache<string, string>({
      clock: () => 0,
      marginMs: 0,
      keyOf: (k) => k,
      obtain: async () => {
        if (fail) throw new Error("vendor said no");
        return "t";
      },
      expiresAtMs: () => 10,
    });
    await expect(cache.get("k")).rejects.toThrow("vendor said no");
    fail = false;
    await expect(cache.get("k")).resolves.toBe("t");
  });

  it("invalidate forces a new login", async () => {
    const { cache, logins } = setup(60_000);
    await cache.get({ user: "u" });
    cache.invalidate({ user: "u" });
    await cache.get({ user: "u" });
    expect(logins()).toBe(2);
  });
});
