import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backoffMs, retryAfterMs } from "../src/core/transport.js";
import {
  AbortedError,
  AuthenticationError,
  ConfigError,
  InvalidTokenError,
  IotdockError,
  TimeoutError,
  TransportError,
  VendorError,
} from "../src/index.js";
import { createGwellClient } from "../src/vendors/gwell/index.js";
import { createMeariClient } from "../src/vendors/meari/index.js";
import { createQuectelClient } from "../src/vendors/quectel/index.js";

/**
 * Errors a program can act on and retries that respect the server: the error class from the
 * spec's code kinds, request ids and headers kept, the caller's own abort reported as theirs,
 * Retry-After honoured, 501 never retried, no wait below the base delay, one deadline per call; a
 * mistyped base URL refused at once without printing what a request would carry.
 */

type Answer = { status: number; body: string; headers?: Record<string, string> } | "hang";

describe("transport policy and the error family", () => {
  let server: Server;
  let url: string;
  let answers: Answer[] = [];
  let count = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        count++;
        const next = answers.shift() ?? { status: 200, body: '{"code":0,"msg":"ok","data":{}}' };
        if (next === "hang") return;
        res.writeHead(next.status, { "content-type": "application/json", ...next.headers }).end(next.body);
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const waits: number[] = [];
  const gwell = (retry: Record<string, unknown> = {}) =>
    createGwellClient({
      baseUrl: url,
      appId: "app",
      appToken: "token",
      appKey: "key",
      retry: {
        random: () => 0,
        sleep: async (ms: number) => {
          waits.push(ms);
        },
        ...retry,
      },
    });
  const devInfo = (client: ReturnType<typeof gwell>) =>
    client.devInfo({ accessId: "-1", sn: "x" } as never).catch((e: unknown) => e);
  const gwellError = (code: number, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ code, msg: "no", data: null, requestId: "req-42", ...extra });

  it("a vendor code's kind in the spec chooses the class; requestId, safe headers and attempts are kept", async () => {
    count = 0;
    answers = [
      { status: 200, body: gwellError(10007), headers: { "x-request-id": "h-1", "set-cookie": "s=1" } },
    ];
    const error = (await devInfo(gwell())) as VendorError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).not.toBeInstanceOf(InvalidTokenError);
    expect(error.requestId).toBe("req-42");
    expect(error.attempts).toBe(1);
    expect(error.headers["x-request-id"]).toBe("h-1");
    expect(error.headers["set-cookie"]).toBeUndefined();
    answers = [{ status: 200, body: gwellError(12345) }];
    const plain = (await devInfo(gwell())) as VendorError;
    expect(plain.constructor).toBe(VendorError);
    expect(plain.code).toBe(12345);
  });

  it("honours Retry-After, never waits less than the base delay, and never retries 501", async () => {
    waits.length = 0;
    count = 0;
    answers = [
      { status: 503, body: gwellError(503), headers: { "retry-after": "3" } },
      { status: 429, body: gwellError(429) },
      { status: 200, body: '{"code":0,"msg":"ok","data":{}}' },
    ];
    const ok = await devInfo(gwell({ baseDelayMs: 100, maxDelayMs: 1000 }));
    expect(ok).toEqual({});
    expect(waits).toEqual([3000, 200]);
    waits.length = 0;
    count = 0;
    answers = [{ status: 501, body: gwellError(501) }];
    const notImplemented = (await devInfo(gwell())) as VendorError;
    expect(count).toBe(1);
    expect(waits).toEqual([]);
    expect(notImplemented.status).toBe(501);
  });

  it("gives a call one deadline across attempts", async () => {
    waits.length = 0;
    count = 0;
    answers = [
      { status: 503, body: gwellError(503), headers: { "retry-after": "60" } },
      { status: 200, body: '{"code":0,"msg":"ok","data":{}}' },
    ];
    const error = (await devInfo(gwell({ deadlineMs: 5000 }))) as VendorError;
    // Waiting 60 s would pass the 5 s deadline: the 503 is the answer.
    expect(count).toBe(1);
    expect(waits).toEqual([]);
    expect(error.status).toBe(503);
  });

  it("backoff and Retry-After arithmetic", () => {
    const options = { baseDelayMs: 200, maxDelayMs: 2000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, options, () => 0))).toEqual([200, 400, 800, 1600, 2000]);
    expect([1, 2, 3].map((n) => Math.round(backoffMs(n, options, () => 0.999)))).toEqual([300, 600, 1200]);
    expect(retryAfterMs("7", 0)).toBe(7000);
    expect(retryAfterMs("Thu, 01 Jan 1970 00:00:10 GMT", 4000)).toBe(6000);
    expect(retryAfterMs("soon", 0)).toBeUndefined();
  });

  it("the caller's own abort or timeout is reported as theirs, not as iotdock's timeoutMs", async () => {
    answers = ["hang", "hang"];
    const client = createGwellClient({
      baseUrl: url,
      appId: "a",
      appToken: "t",
      appKey: "k",
      timeoutMs: 60_000,
    });
    const own = (await client
      .POST("/openapi/custCloud/oss/devList", {
        body: { accessId: "-1" } as never,
        signal: AbortSignal.timeout(50),
      })
      .catch((e: unknown) => e)) as AbortedError;
    expect(own).toBeInstanceOf(AbortedError);
    expect(own.message).toBe("gwell devList aborted by the caller's signal");
    expect((own.cause as Error).name).toBe("TimeoutError");
    const ours = await createGwellClient({
      baseUrl: url,
      appId: "a",
      appToken: "t",
      appKey: "k",
      timeoutMs: 50,
    })
      .login({ unionId: "u", uniqueId: "t", regRegion: "CN" })
      .catch((e: unknown) => e);
    expect(ours).toBeInstanceOf(TimeoutError);
    expect((ours as TimeoutError).timeoutMs).toBe(50);
  });

  it("a login answer that says JSON but is not becomes a TransportError, never a SyntaxError", async () => {
    answers = [{ status: 200, body: "{not json" }];
    const error = await gwell()
      .login({ unionId: "u", uniqueId: "t", regRegion: "CN" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as Error).message).toBe(
      "gwell thirdCustLogin failed: unexpected answer: the body is not valid JSON",
    );
  });

  it("a mistyped base URL is a ConfigError at creation, naming the option and printing no request", async () => {
    for (const baseUrl of ["127.0.0.1:4014", "not-a-url", "ftp://127.0.0.1", ""]) {
      let thrown: unknown;
      try {
        createQuectelClient({ baseUrl, userDomain: "d", userDomainSecret: "s3cret-s3cret" });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigError);
      expect(thrown).toBeInstanceOf(IotdockError);
      expect((thrown as Error).message).toMatch(/^baseUrl/);
      expect(inspect(thrown)).not.toContain("s3cret");
    }
  });

  it("Meari: a redirect to a non-https apiServer is refused; regions are asked again after their TTL", async () => {
    let now = 1_000_000;
    const meari = (apiServer: string) => {
      answers = [
        {
          status: 200,
          body: JSON.stringify({ resultCode: "1001", t: 1, result: { apiServer, countryCode: "US" } }),
        },
      ];
      return createMeariClient({
        baseUrl: url,
        partnerKey: "p",
        partnerSecret: "s",
        sourceApp: 8,
        clock: () => now,
        regionTtlSeconds: 60,
      });
    };
    await expect(meari("http://evil.example").region("US")).rejects.toThrow(/not an https URL/);
    await expect(meari("https://user:pw@api.example").region("US")).rejects.toThrow(/not an https URL/);
    const client = meari("https://api.example/");
    expect((await client.region("US")).apiServer).toBe("https://api.example");
    count = 0;
    expect((await client.region("US")).apiServer).toBe("https://api.example");
    expect(count).toBe(0);
    now += 61_000;
    answers = [
      {
        status: 200,
        body: JSON.stringify({
          resultCode: "1001",
          t: 1,
          result: { apiServer: "https://b.example", countryCode: "US" },
        }),
      },
    ];
    expect((await client.region("US")).apiServer).toBe("https://b.example");
    expect(count).toBe(1);
  });
});
