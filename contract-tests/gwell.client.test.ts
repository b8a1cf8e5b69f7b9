import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationError, VendorError } from "../src/index.js";
import { createGwellClient } from "../src/vendors/gwell/index.js";
import { opensslHmacSha1Base64, sha256sum } from "./support/independent.js";
import { startRecorder } from "./support/recorder.js";

const APP_KEY = "SENTINEL-APPKEY-g1";
const APP_TOKEN = "SENTINEL-APPTOKEN-g2";
const NOW_MS = 1_700_000_000_123;

describe("Gwell client: what goes on the wire", () => {
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let logins = 0;
  let expireTime = Math.floor(NOW_MS / 1000) + 3600;
  let now = NOW_MS;

  beforeAll(async () => {
    recorder = await startRecorder((r) => {
      if (r.rawUrl.endsWith("/thirdCustLogin")) logins++;
      const body = JSON.parse(r.body || "{}");
      if (body.unionId === "refused") {
        return {
          body: JSON.stringify({
            code: 10007,
            msg: "signature validate fail:-3",
            data: null,
            requestId: "r1",
          }),
        };
      }
      return {
        body: JSON.stringify({
          code: 0,
          msg: "ok",
          requestId: "",
          data: {
            accessToken: `token-${logins}`,
            expireTime,
            accessId: "-9223371996052586423",
            terminalId: "-9223371996052586423",
            expand:
              body.unionId === "bad-expand" ? '"\\{\\"area\\":\\"us\\"}"' : '{"area":"cn","regRegion":"CN"}',
          },
        }),
      };
    });
  });
  afterAll(() => recorder.close());

  const client = () =>
    createGwellClient({
      baseUrl: recorder.url,
      appId: "app-1",
      appToken: APP_TOKEN,
      appKey: APP_KEY,
      clock: () => now,
      nonce: () => 4242,
    });

  it("fills appId/appToken, and signs the exact body and Host as sent (checked with sha256sum and openssl)", async () => {
    const res = await client().POST("/openapi/custCloud/app/user/thirdCustLogin", {
      body: { uniqueId: "t-1", unionId: "u-1", regRegion: "CN" },
    });
    expect(res.data?.code).toBe(0);
    const sent = recorder.requests.at(-1);
    const body = JSON.parse(sent?.body ?? "");
    expect(body).toEqual({
      uniqueId: "t-1",
      unionId: "u-1",
      regRegion: "CN",
      appId: "app-1",
      appToken: APP_TOKEN,
    });
    const h = sent?.headers ?? {};
    expect(h["x-iotvideo-accessid"]).toBe("app-1");
    expect(h["x-iotvideo-nonce"]).toBe("4242");
    expect(h["x-iotvideo-timestamp"]).toBe(String(Math.floor(NOW_MS / 1000)));
    const host = new URL(recorder.url).host;
    expect(h.host).toBe(host);
    const stringToSign = [
      `Host:${host}`,
      `Payload:${sha256sum(sent?.body ?? "")}`,
      "X-IotVideo-AccessID:app-1",
      "X-IotVideo-Nonce:4242",
      `X-IotVideo-Timestamp:${Math.floor(NOW_MS / 1000)}`,
    ].join("\n");
    expect(h["x-iotvideo-signature"]).toBe(opensslHmacSha1Base64(stringToSign, APP_KEY));
  });

  it("keeps appId/appToken the caller gives", async () => {
    await client().POST("/openapi/custCloud/app/user/thirdCustLogin", {
      body: { uniqueId: "t", unionId: "u", regRegion: "CN", appId: "other", appToken: "other-token" },
    });
    const body = JSON.parse(recorder.requests.at(-1)?.body ?? "");
    expect([body.appId, body.appToken]).toEqual(["other", "other-token"]);
  });

  it("returns expand raw and parsed; an unparseable expand parses to null", async () => {
    const data = await client().login({ uniqueId: "t", unionId: "u", regRegion: "CN" });
    expect(data.expand).toBe('{"area":"cn","regRegion":"CN"}');
    expect(data.expandParsed).toEqual({ area: "cn", regRegion: "CN" });
    const raw = await client().POST("/openapi/custCloud/app/user/thirdCustLogin", {
      body: { uniqueId: "t", unionId: "u", regRegion: "CN" },
    });
    expect(raw.data?.data?.expandParsed?.area).toBe("cn");
    const bad = await client().login({ uniqueId: "t", unionId: "bad-expand", regRegion: "US" });
    expect(bad.expandParsed).toBeNull();
  });

  it("a vendor error is a VendorError with Gwell's code and message, no secret printed", async () => {
    const error = await client()
      .login({ uniqueId: "t", unionId: "refused", regRegion: "CN" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    // 10007 is an `authentication` code of the spec: logging in again would not help.
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as VendorError).message).toBe(
      "gwell thirdCustLogin failed: vendor code 10007 (signature validate fail:-3), HTTP 200 [request r1]",
    );
    expect((error as VendorError).requestId).toBe("r1");
    const printed = [
      inspect(error, { depth: 10, showHidden: true }),
      JSON.stringify(error),
      inspect(client()),
    ].join();
    for (const s of [APP_KEY, APP_TOKEN]) expect(printed).not.toContain(s);
  });

  it("token(): 100 concurrent askers share one login; a new login only near expireTime", async () => {
    const c = client();
    const before = logins;
    const tokens = await Promise.all(
      Array.from({ length: 100 }, () => c.token({ uniqueId: "t-9", unionId: "u-9", regRegion: "CN" })),
    );
    expect(logins - before).toBe(1);
    expect(new Set(tokens.map((t) => t.accessToken)).size).toBe(1);
    // 3600 s lifetime, 300 s margin: still valid after 3299 s, renewed at 3300 s.
    now += 3299_000;
    await c.token({ uniqueId: "t-9", unionId: "u-9", regRegion: "CN" });
    expect(logins - before).toBe(1);
    now += 1000;
    expireTime = Math.floor(now / 1000) + 3600;
    const renewed = await c.token({ uniqueId: "t-9", unionId: "u-9", regRegion: "CN" });
    expect(logins - before).toBe(2);
    expect(renewed.accessToken).toBe(`token-${logins}`);
  });
});
