import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, VendorError } from "../src/index.js";
import { CountryMismatchError, createMeariClient } from "../src/vendors/meari/index.js";
import { jqSortedPairs, opensslHmacSha1Base64 } from "./support/independent.js";
import { startRecorder } from "./support/recorder.js";

const SECRET = "SENTINEL-PARTNERSECRET-m1";
const NOW_MS = 1_700_000_000_000;

describe("Meari client: what goes on the wire", () => {
  let entry: Awaited<ReturnType<typeof startRecorder>>;
  let region: Awaited<ReturnType<typeof startRecorder>>;

  beforeAll(async () => {
    region = await startRecorder((r) => {
      if (r.rawUrl.includes("userAccount=expired"))
        return { body: JSON.stringify({ resultCode: "1023", t: NOW_MS }) };
      return {
        body: JSON.stringify({
          resultCode: "1001",
          t: NOW_MS,
          result: r.rawUrl.startsWith("/v2/third/sdk/login")
            ? { userAccount: "u", userToken: "tok", userID: 1 }
            : undefined,
        }),
      };
    });
    entry = await startRecorder(() => ({
      body: JSON.stringify({
        resultCode: "1001",
        t: NOW_MS,
        result: { apiServer: `${region.url}/`, countryCode: "" },
      }),
    }));
  });
  afterAll(async () => {
    await entry.close();
    await region.close();
  });

  let nonce = 0;
  const client = () =>
    createMeariClient({
      baseUrl: entry.url,
      partnerKey: "pk-1",
      partnerSecret: SECRET,
      sourceApp: 8,
      clock: () => NOW_MS,
      nonce: () => String(++nonce),
    });

  it("sends GET with every value percent-encoded and a signature jq + openssl agree with", async () => {
    const c = client();
    const login = await c.login({
      userAccount: "a+b/c=d e@例子.com",
      countryCode: "US",
      phoneCode: "1",
      lngType: "en",
      phoneType: "a",
    });
    expect(login).toMatchObject({ userToken: "tok" });
    const r = region.requests.at(-1);
    expect(r?.method).toBe("GET");
    expect(r?.rawUrl).toMatch(/^\/v2\/third\/sdk\/login\?/);
    const raw = (r?.rawUrl ?? "").split("?")[1] ?? "";
    // + / = space @ and non-ASCII are escaped; a raw '+' would reach the vendor as a space.
    expect(raw).toContain("userAccount=a%2Bb%2Fc%3Dd%20e%40%E4%BE%8B%E5%AD%90.com");
    expect(raw).not.toContain(SECRET);
    const pairs = raw.split("&").map((p) => p.split("=").map(decodeURIComponent) as [string, string]);
    expect(pairs.at(-1)?.[0]).toBe("signature");
    const params = Object.fromEntries(pairs.slice(0, -1));
    expect(params).toMatchObject({
      partnerKey: "pk-1",
      signatureVersion: "1.0",
      signatureMethod: "HMAC-SHA1",
      timestamp: String(NOW_MS),
      sourceApp: "8",
      countryCode: "US",
    });
    expect(pairs.at(-1)?.[1]).toBe(opensslHmacSha1Base64(jqSortedPairs(params), SECRET));
  });

  it("asks redirect once per country, and logs in on the apiServer it names", async () => {
    const c = client();
    const before = entry.requests.length;
    await Promise.all([
      c.login({ userAccount: "x", countryCode: "DE", phoneCode: "49", lngType: "de", phoneType: "i" }),
      c.login({ userAccount: "y", countryCode: "DE", phoneCode: "49", lngType: "de", phoneType: "i" }),
    ]);
    const redirects = entry.requests.slice(before);
    expect(redirects).toHaveLength(1);
    expect(redirects[0]?.rawUrl).toMatch(/^\/v2\/third\/sdk\/redirect\?countryCode=DE&/);
    expect(region.requests.at(-1)?.rawUrl).toContain("countryCode=DE");
  });

  it("refuses a region of another country before sending anything", async () => {
    const c = client();
    const us = await c.region("US");
    const sent = entry.requests.length + region.requests.length;
    const error = await c
      .login(
        { userAccount: "x", countryCode: "CN", phoneCode: "86", lngType: "zh", phoneType: "a" },
        { region: us },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CountryMismatchError);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /^meari login refused before sending: countryCode "CN" differs from the region's "US"/,
    );
    expect(entry.requests.length + region.requests.length).toBe(sent);
  });

  it("turns resultCode 1023 into a VendorError naming vendor, operation, code and meaning", async () => {
    const error = await client()
      .login({ userAccount: "expired", countryCode: "US", phoneCode: "1", lngType: "en", phoneType: "a" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as Error).message).toBe(
      "meari login failed: vendor code 1023 (异地登录/无效的用户令牌), HTTP 200",
    );
    expect(inspect(error, { depth: 6 })).not.toContain(SECRET);
    // The signature is derived from the secret: the request in the error does not show it.
    expect((error as VendorError).request?.url).toMatch(/&signature=\[redacted\]$/);
  });

  it("updates a password on the region server, and never shows the secret in util.inspect", async () => {
    await client().passwordUpdate({ userAccount: "u", phoneType: "a", lngType: "en" }, { countryCode: "US" });
    expect(region.requests.at(-1)?.rawUrl).toMatch(/^\/v2\/third\/sdk\/password\/update\?lngType=en&/);
    expect(inspect(client(), { depth: 6 })).not.toContain(SECRET);
  });
});
