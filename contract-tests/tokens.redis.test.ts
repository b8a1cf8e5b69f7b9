import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisTokenStore, createTokenCache } from "../src/core/tokens.js";
import { requireTool } from "./support/tools.js";

requireTool("redis-server", "needed to share tokens between instances through a real Redis");

/**
 * A real redis-server (Debian's, installed by .ci/run) listening on a Unix socket in a fresh
 * directory, no TCP port at all (nothing to race for), stopped after the tests.
 */
async function startRedis(): Promise<{ path: string; dir: string; process: ChildProcess }> {
  const dir = await mkdtemp(join(tmpdir(), "iotdock-redis-"));
  const path = join(dir, "redis.sock");
  const child = spawn(
    "redis-server",
    [
      "--port",
      "0",
      "--unixsocket",
      path,
      "--unixsocketperm",
      "700",
      "--dir",
      dir,
      "--save",
      "",
      "--appendonly",
      "no",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  await new Promise<void>((resolve, reject) => {
    let seen = "";
    child.stdout?.on("data", (c) => {
      seen += c;
      // "Ready to accept connections" (TCP) or "ready to accept connections at <path>" (socket).
      if (/ready to accept connections/i.test(seen)) resolve();
    });
    child.once("error", (e) => reject(new Error(`redis-server could not start: ${e.message}`)));
    child.once("exit", (code) => reject(new Error(`redis-server exited ${code}: ${seen}`)));
  });
  return { path, dir, process: child };
}

describe("Redis token store: several instances of a customer cloud share tokens and log in once", () => {
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
  const clients: Redis[] = [];
  const client = () => {
    const c = new Redis({ path: redis?.path as string, lazyConnect: false, maxRetriesPerRequest: 1 });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit()));
    if (!redis) return;
    const { process: child, dir } = redis;
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
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
    const raw = client();
    const release = await store.lock?.("k", 60_000);
    expect(release).toBeTypeOf("function");
    // SET NX PX: the holder's random id under <prefix><key>:lock, for the lock's time.
    expect(await raw.get("t3:k:lock")).toMatch(/^[0-9a-f]{32}$/);
    const ttl = await raw.pttl("t3:k:lock");
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    expect(await store.lock?.("k", 5000)).toBeUndefined();
    // Say the lock expired and another instance took it: the first holder's late release leaves it be.
    await raw.set("t3:k:lock", "another-holder", "PX", 5000);
    await release?.();
    expect(await raw.get("t3:k:lock")).toBe("another-holder");
    await raw.del("t3:k:lock");
    const again = await store.lock?.("k", 5000);
    expect(again).toBeTypeOf("function");
    await again?.();
    expect(await raw.get("t3:k:lock")).toBeNull();
  });
});
