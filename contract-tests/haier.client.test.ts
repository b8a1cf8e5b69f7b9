import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TransportError, VendorError } from "../src/index.js";
import { createHaierClient } from "../src/vendors/haier/index.js";
import { sha256sum } from "./support/independent.js";
import { startRecorder } from "./support/recorder.js";

const APP_KEY = "SENTINEL-APPKEY-h2";
const NOW_MS = 1_700_000_000_123;
const PATH = "/uaccount/v1/security/thirdpartUserLogin";

describe("Haier client: what goes on the wire", () => {
  let recorder: Awaited<ReturnType<typeof startRecorder>>;

  beforeAll(async () => {
    recorder = await startRecorder((r) => {
      const code = JSON.parse(r.body || "{}").code;
      if (code === "refused") return { body: JSON.stringify({ retCode: "D00013", retInfo: "登录失败" }) };
      if (code === "html") return { status: 502, type: "text/html", body: "<html>bad gateway</html>" };
      return {
        body: JSON.stringify({
          retCode: "00000",
          retInfo: "成功",
          accessToken: "TGTNS633MLE2OHV2P03YB3Q6E44K00",
          scope: "auth_app",
          expire: "2160000",
        }),
      };
    });
  });
  afterAll(() => recorder.close());

  const client = (overrides: Partial<Parameters<typeof createHaierClient>[0]> = {}) =>
    createHaierClient({
      baseUrl: recorder.url,
      appId: "MB-TEST-0000",
      appKey: APP_KEY,
      clientId: "356877020056553-08002700DC94",
      clock: () => NOW_MS,
      ...overrides,
    });

  it("sends every common header, signed over path + body + appId + appKey + timestamp (checked with sha256sum)", async () => {
    const login = await client().login("abc");
    expect(login).toMatchObject({
      retCode: "00000",
      accessToken: "TGTNS633MLE2OHV2P03YB3Q6E44K00",
      expire: "2160000",
    });
    const r = recorder.requests.at(-1);
    expect(r?.method).toBe("POST");
    expect(r?.rawUrl).toBe(PATH);
    expect(r?.body).toBe('{"code":"abc"}');
    expect(r?.headers).toMatchObject({
      appid: "MB-TEST-0000",
      appversion: "1.0.0",
      clientid: "356877020056553-08002700DC94",
      timestamp: String(NOW_MS),
      language: "zh-cn",
      timezone: "Asia/Shanghai",
      accesstoken: "",
    });
    expect(r?.headers.sequenceid).toMatch(/^20231114221320\d{6}$/);
    expect(r?.headers.sign).toBe(sha256sum(`${PATH}{"code":"abc"}MB-TEST-0000${APP_KEY}${NOW_MS}`));
  });

  it("gives each request a new sequenceId, and takes appVersion, language, timezone and accessToken from the caller", async () => {
    const c = client({ appVersion: "2.4.0", language: "en", timezone: "Europe/Berlin" });
    await c.login("a");
    await c.POST(PATH, { body: { code: "b" }, params: { header: { accessToken: "T".repeat(30) } } });
    const [first, second] = recorder.requests.slice(-2);
    expect(first?.headers.sequenceid).not.toBe(second?.headers.sequenceid);
    expect(Number(second?.headers.sequenceid?.toString().slice(14))).toBe(
      (Number(first?.headers.sequenceid?.toString().slice(14)) + 1) % 1_000_000,
    );
    expect(second?.headers).toMatchObject({ appversion: "2.4.0", language: "en", timezone: "Europe/Berlin" });
    expect(second?.headers.accesstoken).toBe("T".repeat(30));
  });

  it("turns Haier's error envelope into a VendorError naming vendor, operation and retCode, never the appKey", async () => {
    const error = await client()
      .login("refused")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect(error).toMatchObject({
      vendor: "haier",
      operation: "thirdpartUserLogin",
      code: "D00013",
      vendorMessage: "登录失败",
    });
    expect((error as Error).message).toBe(
      "haier thirdpartUserLogin failed: vendor code D00013 (登录失败), HTTP 200",
    );
    expect(inspect(error, { depth: 5 })).not.toContain(APP_KEY);
  });

  it("reports an answer that is not Haier's envelope as a TransportError", async () => {
    await expect(client().login("html")).rejects.toBeInstanceOf(TransportError);
  });

  it("never shows the appKey in util.inspect, and refuses missing credentials before sending", () => {
    expect(inspect(client(), { depth: 5 })).not.toContain(APP_KEY);
    let error: unknown;
    try {
      createHaierClient({ baseUrl: recorder.url, appId: "a", appKey: "", clientId: "c" });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      vendor: "haier",
      operation: "createClient",
      message: "appKey is required",
    });
  });
});
