import { describe, expect, it } from "vitest";
import { createTokenCache, memoryTokenStore, type TokenStore } from "./tokens.js";

interface Token {
  token: string;
  expiresAt: number;
  refreshable?: boolean;
}

function setup(lifetimeMs: number, marginMs = 1000, store?: TokenStore) {
  let now = 1_000_000;
  let logins = 0;
  let renewals = 0;
  const cache = createTokenCache<{ user: string }, Token>({
    clock: () => now,
    marginMs,
    namespace: "test",
    store,
    keyOf: (r) => r.user,
    obtain: async (r) => {
      logins++;
      await new Promise((res) => setTimeout(res, 5));
      return { token: `${r.user}-${logins}`, expiresAt: now + lifetimeMs, refreshable: true };
    },
    renew: async (current) => {
      renewals++;
      if (current.token.endsWith("-norefresh")) throw new Error("refresh refused");
      return { token: `${current.token}.r${renewals}`, expiresAt: now + lifetimeMs };
    },
    renewable: (t) => t.refreshable === true,
    expiresAtMs: (t) => t.expiresAt,
  });
  return { cache, advance: (ms: number) => (now += ms), logins: () => logins, renewals: () => renewals };
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

  it("reuses a token until expiry minus the margin, then renews it (refresh), and logs in when it cannot", async () => {
    const { cache, advance, logins, renewals } = setup(60_000, 1000);
    await cache.get({ user: "u" });
    advance(58_999);
    expect((await cache.get({ user: "u" })).token).toBe("u-1");
    advance(1);
    // The first token is refreshable: renewed, not logged in again.
    expect((await cache.get({ user: "u" })).token).toBe("u-1.r1");
    expect([logins(), renewals()]).toEqual([1, 1]);
    // The renewed one is not (refreshable unset): a new login.
    advance(60_000);
    expect((await cache.get({ user: "u" })).token).toBe("u-2");
    expect([logins(), renewals()]).toEqual([2, 1]);
  });

  it("a failed login is not stored and the next asker tries again", async () => {
    let fail = true;
    const cache = createTokenCache<string, string>({
      clock: () => 0,
      marginMs: 0,
      namespace: "t",
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
    await cache.invalidate({ user: "u" });
    await cache.get({ user: "u" });
    expect(logins()).toBe(2);
  });

  it("withToken: on the vendor's invalid-token answer, renews once and retries once; 100 concurrent failures share one renewal", async () => {
    const { cache, logins, renewals } = setup(60_000);
    const invalid = new Error("token invalid");
    const isInvalid = (e: unknown) => e === invalid;
    let revoked = "";
    // The vendor revoked the first token: calls with it fail, calls with any other succeed.
    const call = async (t: Token) => {
      if (t.token === revoked) throw invalid;
      return t.token;
    };
    revoked = (await cache.get({ user: "u" })).token;
    const results = await Promise.all(
      Array.from({ length: 100 }, () => cache.withToken({ user: "u" }, call, isInvalid)),
    );
    expect(new Set(results)).toEqual(new Set(["u-1.r1"]));
    expect([logins(), renewals()]).toEqual([1, 1]);
    // Still invalid after the renewal: the error surfaces, no loop.
    const always = async () => {
      throw invalid;
    };
    await expect(cache.withToken({ user: "u" }, always, isInvalid)).rejects.toBe(invalid);
    // Any other error is not retried.
    let calls = 0;
    const other = new Error("other");
    await expect(
      cache.withToken(
        { user: "u" },
        async () => {
          calls++;
          throw other;
        },
        isInvalid,
      ),
    ).rejects.toBe(other);
    expect(calls).toBe(1);
  });

  it("keeps tokens in the store it is given", async () => {
    const store = memoryTokenStore();
    const { cache } = setup(60_000, 1000, store);
    await cache.get({ user: "u" });
    expect(await store.get("test:u")).toMatchObject({ value: { token: "u-1" }, expiresAtMs: 1_060_000 });
  });
});
