import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { IotdockError, Secret, TimeoutError, TransportError, VendorError } from "../src/index.js";
import { createQuectelClient } from "../src/vendors/quectel/index.js";
import { startRecorder } from "./support/recorder.js";

const SENTINELS = {
  secret: "SENTINEL-SECRET-7d1e",
  password: "SENTINEL-PASSWORD-4b2c",
  token: "Bearer SENTINEL-TOKEN-9a8f",
  refresh: "Bearer SENTINEL-REFRESH-3c5d",
};

function everythingPrintable(value: unknown): string {
  const e = value as Error;
  return [
    String(value),
    e?.message,
    e?.stack,
    inspect(value, { depth: 10, showHidden: true }),
    JSON.stringify(value),
    e?.cause ? inspect(e.cause, { depth: 10 }) : "",
  ].join("\n");
}

function expectNoSentinel(text: string, extra: string[] = []) {
  for (const s of [...Object.values(SENTINELS), ...extra])
    expect(text).not.toContain(s.replace("Bearer ", ""));
}

describe("errors: one family, the vendor's code, no secret anywhere", () => {
  let closeServer: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await closeServer?.();
    closeServer = undefined;
  });

  const clientFor = (baseUrl: string, timeoutMs?: number) =>
    createQuectelClient({ baseUrl, userDomain: "C.DM.1", userDomainSecret: SENTINELS.secret, timeoutMs });

  it("a vendor error names vendor, operation, HTTP status, code and message", async () => {
    const server = await startRecorder(() => ({
      body: JSON.stringify({ code: 5420, msg: "签名验证失败", data: null, extMsg: null }),
    }));
    closeServer = server.close;
    const error = await clientFor(server.url)
      .login({ phone: "13800138000", password: SENTINELS.password })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect(error).toBeInstanceOf(IotdockError);
    const v = error as VendorError;
    expect([v.vendor, v.operation, v.status, v.code, v.vendorMessage]).toEqual([
      "quectel",
      "phonePwdLogin",
      200,
      5420,
      "签名验证失败",
    ]);
    expect(v.message).toBe("quectel phonePwdLogin failed: vendor code 5420 (签名验证失败), HTTP 200");
    // The encrypted password and the signature are as good as the secrets: not printed either.
    const sent = new URL(server.requests[0]?.rawUrl ?? "", "http://x").searchParams;
    expect(v.request?.url).toContain("pwd=[redacted]");
    expectNoSentinel(everythingPrintable(error), [sent.get("pwd") ?? "", sent.get("signature") ?? ""]);
  });

  it("token-bearing calls print no token", async () => {
    const server = await startRecorder(() => ({
      body: JSON.stringify({ code: 5032, msg: "token 验证失败" }),
    }));
    closeServer = server.close;
    const c = clientFor(server.url);
    for (const call of [
      () => c.userDeviceList(SENTINELS.token),
      () => c.refreshToken(SENTINELS.refresh),
      () => c.logout(SENTINELS.token),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VendorError);
      expect((error as VendorError).code).toBe(5032);
      expectNoSentinel(everythingPrintable(error));
    }
  });

  it("an answer that is not the envelope is a TransportError", async () => {
    const server = await startRecorder(() => ({
      status: 502,
      type: "text/html",
      body: "<html>Bad Gateway</html>",
    }));
    closeServer = server.close;
    const error = await clientFor(server.url)
      .login({ phone: "1", password: SENTINELS.password })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).not.toBeInstanceOf(VendorError);
    expect((error as Error).message).toMatch(/^quectel phonePwdLogin failed: unexpected answer: HTTP 502/);
    expectNoSentinel(everythingPrintable(error));
  });

  it("a refused connection is a TransportError naming the operation", async () => {
    const server = await startRecorder();
    const url = server.url;
    await server.close();
    const error = await clientFor(url)
      .sendSmsCode({ phone: "13800138000", internationalCode: "86", codeType: 3 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as TransportError).operation).toBe("sendPhoneSmsCode");
    expect((error as Error).message).toMatch(/^quectel sendPhoneSmsCode failed: network error/);
    expectNoSentinel(everythingPrintable(error));
  });

  it("no answer within the timeout is a TimeoutError", async () => {
    const server = await startRecorder(() => "hang");
    closeServer = server.close;
    const error = await clientFor(server.url, 150)
      .login({ phone: "13800138000", password: SENTINELS.password })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(150);
    expect((error as Error).message).toBe("quectel phonePwdLogin failed: no answer within 150 ms");
    expectNoSentinel(everythingPrintable(error));
  });

  it("the timeout also applies with a caller's own fetch", async () => {
    const server = await startRecorder(() => "hang");
    closeServer = server.close;
    let calls = 0;
    const c = createQuectelClient({
      baseUrl: server.url,
      userDomain: "C.DM.1",
      userDomainSecret: SENTINELS.secret,
      timeoutMs: 100,
      retry: { baseDelayMs: 1 },
      fetch: (request) => {
        calls++;
        return fetch(request);
      },
    });
    // The device list is idempotent: each of its 3 attempts times out.
    await expect(c.userDeviceList(SENTINELS.token)).rejects.toBeInstanceOf(TimeoutError);
    expect(calls).toBe(3);
  });

  it("util.inspect of a client or a Secret shows no secret", () => {
    const c = clientFor("http://127.0.0.1:9");
    expectNoSentinel(inspect(c, { depth: 10, showHidden: true }));
    expect(inspect(c)).toContain("QuectelClient");
    const s = new Secret(SENTINELS.secret);
    expectNoSentinel(
      [String(s), `${s}`, JSON.stringify({ s }), inspect(s), inspect({ s }, { showHidden: true })].join(),
    );
    expect(s.reveal()).toBe(SENTINELS.secret);
  });
});
