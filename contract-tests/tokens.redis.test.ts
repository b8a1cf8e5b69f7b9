import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisTokenStore, createTokenCache } from "../src/core/tokens.js";

/** A real redis-server (Debian's, installed by .ci/run) on a free loopback port, stopped after the tests. */
async function startRedis(): Promise<{ port: number; process: ChildProcess }> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
  const port = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let seen = "";
    child.stdout?.on("data", (c) => {
      seen += c;
      if (seen.includes("Ready to accept connections")) resolve();
    });
    child.once("error", (e) =>
      reject(new Error(`redis-server could not start (is it installed? .ci/run installs it): ${e.message}`)),
    );
    child.once("exit", (code) => reject(new Error(`redis-server exited ${code}: ${seen}`)));
  });
  return { port, process: child };
}

describe("Redis token store: several instances of a customer cloud share tokens and log in once", () => {
  let redis: { port: number; process: ChildProcess };
  const clients: Redis[] = [];
  const client = () => {
    const c = new Redis({ port: redis.port, host: "127.0.0.1", lazyConnect: false, maxRetriesPerRequest: 1 });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit()));
    redis.process.kill("SIGTERM");
    await new Promise((r) => redis.process.once("exit", r));
  });

  function instance(
    store: ReturnType<typeof createRedisTokenStore>,
    logins: { n: number },
    now: () => number,
  ) {
    return createTokenCache<string, { token: string; exp: number }>({
      clock: now,
      marginMs: 1000,
      namespace: "quectel:C.DM.1",
      store,
      keyOf: (user) => user,
      obtain: async (user) => {
        logins.n++;
        await new Promise((r) => setTimeout(r, 30));
        return { token: `${user}-${logins.n}`, exp: now() + 7_200_000 };
      },
      expiresAtMs: (t) => t.exp,
      lockWaitMs: 5000,
    });
  }

  it("100 concurrent calls spread over two instances (two Redis connections) → exactly one login", async () => {
    const logins = { n: 0 };
    const a = instance(createRedisTokenStore(client(), { prefix: "t1:" }), logins, Date.now);
    const b = instance(createRedisTokenStore(client(), { prefix: "t1:" }), logins, Date.now);
    const tokens = await Promise.all(
      Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b).get("17132136550")),
    );
    expect(logins.n).toBe(1);
    expect(new Set(tokens.map((t) => t.token))).toEqual(new Set(["17132136550-1"]));
    // Stored with the token's lifetime as TTL, under the vendor's namespace.
    const raw = client();
    const ttl = await raw.pttl("t1:quectel:C.DM.1:17132136550");
    expect(ttl).toBeGreaterThan(7_100_000);
    expect(ttl).toBeLessThanOrEqual(7_200_000);
    // A third instance started later finds it without logging in.
    const c = instance(createRedisTokenStore(client(), { prefix: "t1:" }), logins, Date.now);
    expect((await c.get("17132136550")).token).toBe("17132136550-1");
    expect(logins.n).toBe(1);
  });

  it("invalidating in one instance makes the others renew, once", async () => {
    const logins = { n: 0 };
    const a = instance(createRedisTokenStore(client(), { prefix: "t2:" }), logins, Date.now);
    const b = instance(createRedisTokenStore(client(), { prefix: "t2:" }), logins, Date.now);
    await a.get("u");
    await a.invalidate("u");
    const after = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).get("u")));
    expect(logins.n).toBe(2);
    expect(new Set(after.map((t) => t.token))).toEqual(new Set(["u-2"]));
  });

  it("a lock is released only by its holder", async () => {
    const store = createRedisTokenStore(client(), { prefix: "t3:" });
    const release = await store.lock?.("k", 5000);
    expect(release).toBeDefined();
    expect(await store.lock?.("k", 5000)).toBeUndefined();
    await release?.();
    const again = await store.lock?.("k", 5000);
    expect(again).toBeDefined();
    await again?.();
  });
});
