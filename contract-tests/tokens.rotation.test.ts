import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryTokenStore } from "../src/core/tokens.js";
import { createReplayGuard } from "../src/sandbox/kit.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { createQuectelClient } from "../src/vendors/quectel/index.js";
import { createQuectelTokenStore } from "../src/vendors/quectel/tokens.js";
import { sandboxDefault } from "./support/defaults.js";

/**
 * Tokens under concurrency: a vendor that rotates the pair on refresh (Quectel) must see exactly
 * one refresh when many callers hit one invalid-token answer; and every token memory is bounded.
 */

describe("token renewal under concurrency, against a sandbox that rotates", () => {
  let sandbox: SandboxHandle;
  let sandboxOffsetMs = 0;
  beforeAll(async () => {
    // The sandbox's clock runs ahead of the client's when a test says so: the sandbox then refuses
    // an access token the client still believes fresh, as a vendor whose clock differs would.
    sandbox = await startSandbox({
      portBase: 0,
      vendors: ["quectel"],
      env: {},
      clock: () => Date.now() + sandboxOffsetMs,
      log: () => {},
    });
  });
  afterAll(() => sandbox.close());

  it("100 concurrent callers hit one invalid-token answer: exactly one refresh, 100 successes", async () => {
    const paths: string[] = [];
    const client = createQuectelClient({
      baseUrl: sandbox.sandboxes[0]?.url ?? "",
      userDomain: sandboxDefault("QUECTEL_USER_DOMAIN"),
      userDomainSecret: sandboxDefault("QUECTEL_USER_DOMAIN_SECRET"),
      fetch: (request) => {
        paths.push(new URL(request.url).pathname.split("/").at(-1) ?? "");
        return fetch(request);
      },
    });
    const user = { phone: "17100000123", password: "rotate-Passw0rd", internationalCode: "86" };
    const first = await client.token(user);
    sandboxOffsetMs = 2 * 3600 * 1000 + 1000; // the sandbox's access tokens (2 h) have expired
    const tokensUsed = new Set<string>();
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        client.withToken(user, async (accessToken) => {
          const page = await client.userDeviceList(accessToken, { page: 1, pageSize: 10 });
          tokensUsed.add(accessToken);
          return page;
        }),
      ),
    );
    expect(results).toHaveLength(100);
    const count = (name: string) => paths.filter((p) => p === name).length;
    expect(count("refreshToken")).toBe(1);
    expect(count("phonePwdLogin")).toBe(1);
    // Every success used the one renewed token, never the refused one.
    expect([...tokensUsed]).toHaveLength(1);
    expect(tokensUsed.has(first.accessToken.token)).toBe(false);
  });
});

describe("memories are bounded", () => {
  it("the memory token store keeps at most `max` tokens", async () => {
    const store = memoryTokenStore({ max: 5 });
    for (let i = 0; i < 50; i++) await store.set(`k${i}`, { value: i, expiresAtMs: 1e13, id: `${i}` }, 0);
    const kept = (await Promise.all(Array.from({ length: 50 }, (_, i) => store.get(`k${i}`)))).filter(
      Boolean,
    );
    expect(kept.map((e) => e?.value)).toEqual([45, 46, 47, 48, 49]);
  });

  it("the replay guard keeps at most `max` keys, and a clock that goes back still refuses a replay", () => {
    const guard = createReplayGuard(1000, 10);
    for (let i = 0; i < 100; i++) expect(guard.remember(`n${i}`, 5000)).toBe(true);
    expect(guard.size).toBe(10);
    expect(guard.remember("n99", 5000)).toBe(false);
    expect(guard.remember("n99", 0)).toBe(false); // the clock went back 5 s: still seen
    expect(guard.remember("n99", 7001)).toBe(true); // 2 windows later it is new again
  });

  it("the replay guard forgets keys two windows after they were seen, as new ones arrive", () => {
    const guard = createReplayGuard(1000, 100);
    for (let i = 0; i < 10; i++) guard.remember(`old${i}`, 1000);
    expect(guard.size).toBe(10);
    expect(guard.remember("new", 2999)).toBe(true); // old ones remembered until 3000
    expect(guard.size).toBe(11);
    expect(guard.remember("newer", 3000)).toBe(true);
    expect(guard.size).toBe(2);
    expect(guard.remember("old0", 3000)).toBe(true);
    expect(guard.remember("new", 3001)).toBe(false);
  });

  it("the Quectel sandbox's token memory keeps at most `max` tokens; a forgotten one is refused", () => {
    const tokens = createQuectelTokenStore(10);
    const pairs = Array.from({ length: 50 }, () => tokens.issue("u", 1_000_000));
    expect(tokens.size).toBe(10);
    expect(tokens.accessProblem(pairs[0]?.accessToken.token, 1_000_000)).toMatch(/not an access token/);
    expect(tokens.accessProblem(pairs[49]?.accessToken.token, 1_000_000)).toBeUndefined();
  });
});
