import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AbortedError, TimeoutError, TransportError, VendorError } from "../src/index.js";
import { createGwellClient } from "../src/vendors/gwell/index.js";
import { createMeariClient } from "../src/vendors/meari/index.js";
import { jqSortedPairs, opensslGwellPostSignature, opensslHmacSha1Base64 } from "./support/independent.js";
import { requireTool } from "./support/tools.js";

requireTool("openssl", "needed to check each retried request's HMAC-SHA1 signature independently");
requireTool("sha256sum", "needed to check each retried Gwell request's Payload hash independently");
requireTool("jq", "needed to rebuild each retried Meari request's string to sign independently");

type Plan = "503" | "reset" | "hang" | "ok";

interface Seen {
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
  query: URLSearchParams;
}

const OK_GWELL = JSON.stringify({ code: 0, msg: "ok", requestId: "r", data: { list: [] } });
const OK_MEARI = JSON.stringify({
  resultCode: "1001",
  t: 1,
  result: { apiServer: "http://127.0.0.1:9", countryCode: "US" },
});

describe("transport: retries only idempotent operations, each attempt signed afresh, with backoff", () => {
  let server: Server;
  let url: string;
  let plan: Plan[] = [];
  const seen: Seen[] = [];
  /** Called once the server has read a request, before it answers (or not). */
  let arrived: () => void = () => {};

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += c;
      });
      req.on("end", () => {
        const u = new URL(req.url ?? "/", "http://x");
        seen.push({ path: u.pathname, headers: req.headers, body, query: u.searchParams });
        arrived();
        const step = plan.shift() ?? "ok";
        if (step === "hang") return;
        if (step === "reset") return req.socket.destroy();
        res.writeHead(step === "503" ? 503 : 200, { "content-type": "application/json" });
        if (step === "503")
          return res.end(JSON.stringify({ code: 503, msg: "busy", data: null, requestId: "r" }));
        res.end(u.pathname.includes("/v2/third/") ? OK_MEARI : OK_GWELL);
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const delays: number[] = [];
  const retry = {
    baseDelayMs: 200,
    random: () => 0.5,
    sleep: async (ms: number) => {
      delays.push(ms);
    },
  };
  let nonce = 100;
  const gwell = (overrides: Partial<Parameters<typeof createGwellClient>[0]> = {}) =>
    createGwellClient({
      baseUrl: url,
      appId: "app",
      appToken: "token",
      appKey: "key",
      nonce: () => ++nonce,
      retry,
      ...overrides,
    });
  const run = async (steps: Plan[], call: () => Promise<unknown>) => {
    plan = [...steps];
    seen.length = 0;
    delays.length = 0;
    return call().then(
      (value) => ({ value, error: undefined }),
      (error: unknown) => ({ value: undefined, error }),
    );
  };

  it("devList (a query) is tried again after 5xx and a reset, each attempt with a new nonce and a valid signature", async () => {
    const r = await run(["503", "reset", "ok"], () => gwell().devList({ accessId: "-1" } as never));
    expect(r.error).toBeUndefined();
    expect(seen).toHaveLength(3);
    const nonces = seen.map((s) => s.headers["x-iotvideo-nonce"]);
    expect(new Set(nonces).size).toBe(3);
    for (const s of seen) {
      const h = (n: string) => String(s.headers[n.toLowerCase()]);
      // Recomputed with sha256sum and openssl over what the server received, never with iotdock's signer.
      expect(
        opensslGwellPostSignature(
          {
            host: h("host"),
            body: s.body,
            accessId: h("X-IotVideo-AccessID"),
            nonce: h("X-IotVideo-Nonce"),
            timestamp: h("X-IotVideo-Timestamp"),
          },
          "key",
        ),
      ).toBe(h("X-IotVideo-Signature"));
      expect(h("X-IotVideo-AccessID")).toBe("app");
      expect(JSON.parse(s.body)).toEqual({ accessId: "-1", appId: "app", appToken: "token" });
    }
    // base × 2^(n−1) × (1 + random/2), random = 0.5 → factor 1.25
    expect(delays).toEqual([250, 500]);
  });

  it("a login (not idempotent) is sent once, whatever the answer", async () => {
    const r = await run(["503", "ok"], () => gwell().login({ unionId: "u", uniqueId: "t", regRegion: "CN" }));
    expect(seen).toHaveLength(1);
    expect(r.error).toBeInstanceOf(VendorError);
    expect((r.error as Error).message).toBe(
      "gwell thirdCustLogin failed: vendor code 503 (busy), HTTP 503 [request r]",
    );
    const reset = await run(["reset", "ok"], () =>
      gwell().login({ unionId: "u", uniqueId: "t", regRegion: "CN" }),
    );
    expect(seen).toHaveLength(1);
    expect(reset.error).toBeInstanceOf(TransportError);
    expect((reset.error as Error).message).toMatch(/^gwell thirdCustLogin failed: network error: /);
  });

  it("says which attempt failed and why when every attempt fails", async () => {
    const fivexx = await run(["503", "503", "503"], () =>
      gwell().devInfo({ accessId: "-1", sn: "x" } as never),
    );
    expect(seen).toHaveLength(3);
    expect((fivexx.error as Error).message).toBe(
      "gwell devInfo failed: vendor code 503 (busy), HTTP 503 after 3 attempts [request r]",
    );
    expect((fivexx.error as VendorError).attempts).toBe(3);
    const resets = await run(["reset", "reset", "reset"], () =>
      gwell().devInfo({ accessId: "-1", sn: "x" } as never),
    );
    expect(seen).toHaveLength(3);
    expect(resets.error).toBeInstanceOf(TransportError);
    expect((resets.error as Error).message).toMatch(
      /^gwell devInfo failed: network error \(attempt 3 of 3\): /,
    );
    const hangs = await run(["hang", "hang"], () =>
      gwell({ timeoutMs: 50, retry: { ...retry, retries: 1 } }).devInfo({ accessId: "-1", sn: "x" } as never),
    );
    expect(seen).toHaveLength(2);
    expect(hangs.error).toBeInstanceOf(TimeoutError);
    expect((hangs.error as Error).message).toBe(
      "gwell devInfo failed: no answer within 50 ms (attempt 2 of 2)",
    );
  });

  it("the caller's abort signal still works through a signing middleware that rebuilds the request, and is never retried", async () => {
    const meari = createMeariClient({
      baseUrl: url,
      partnerKey: "pk",
      partnerSecret: "s",
      sourceApp: 8,
      retry,
    });
    const controller = new AbortController();
    // Abort once the request has reached the server (which never answers it): an event, not a timer.
    arrived = () => {
      arrived = () => {};
      controller.abort();
    };
    const r = await run(["hang", "hang", "hang"], () =>
      meari.GET("/v2/third/sdk/redirect", {
        params: { query: { countryCode: "US" } },
        signal: controller.signal,
      }),
    );
    expect(seen).toHaveLength(1);
    expect(r.error).toBeInstanceOf(AbortedError);
    expect(r.error).not.toBeInstanceOf(TimeoutError);
    expect((r.error as Error).message).toBe("meari redirect aborted by the caller's signal");
  });

  it("retries: 0 turns retries off", async () => {
    const r = await run(["503", "ok"], () =>
      gwell({ retry: { retries: 0 } }).devList({ accessId: "-1" } as never),
    );
    expect(seen).toHaveLength(1);
    expect(r.error).toBeInstanceOf(VendorError);
  });

  it("a Meari redirect (GET) is re-signed per attempt: new signatureNonce and timestamp", async () => {
    let t = 1_700_000_000_000;
    let n = 0;
    const meari = createMeariClient({
      baseUrl: url,
      partnerKey: "pk",
      partnerSecret: "s",
      sourceApp: 8,
      clock: () => (t += 1000),
      nonce: () => `n${++n}`,
      retry,
    });
    const r = await run(["503", "ok"], () => meari.region("US"));
    expect(r.error).toBeUndefined();
    expect(seen.map((s) => s.query.get("signatureNonce"))).toEqual(["n1", "n2"]);
    expect(new Set(seen.map((s) => s.query.get("timestamp"))).size).toBe(2);
    expect(new Set(seen.map((s) => s.query.get("signature"))).size).toBe(2);
    expect(seen.map((s) => s.query.getAll("signature").length)).toEqual([1, 1]);
    // Each attempt's signature recomputed over the decoded query with jq and openssl.
    for (const s of seen) {
      const params = Object.fromEntries([...s.query].filter(([name]) => name !== "signature"));
      expect(Object.keys(params).sort()).toEqual([
        "countryCode",
        "partnerKey",
        "signatureMethod",
        "signatureNonce",
        "signatureVersion",
        "sourceApp",
        "timestamp",
      ]);
      expect(opensslHmacSha1Base64(jqSortedPairs(params), "s")).toBe(s.query.get("signature"));
    }
  });
});
