import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadApi } from "../src/core/facts-files.js";
import { AuthenticationError, VendorError } from "../src/index.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { EXAMPLE_USER_DOMAIN, EXAMPLE_USER_DOMAIN_SECRET } from "../src/vendors/quectel/credentials.js";
import { createQuectelClient, SmsCodeType } from "../src/vendors/quectel/index.js";

const API = loadApi("quectel");

import { uncovered } from "./support/coverage.js";
import { lastCodeSentTo as codeSentTo } from "./support/outbox.js";
import { specValidator } from "./support/spec.js";

const spec = specValidator("quectel.yaml");
const MINUTE = 60_000;

interface Exchange {
  operation: string;
  status: number;
  body: unknown;
}

describe("Quectel sandbox: the client against it, every answer valid against the spec", () => {
  let sandbox: SandboxHandle;
  let baseUrl: string;
  const logs: string[] = [];
  const exchanges: Exchange[] = [];

  /** fetch that keeps every answer so the test can check it against the spec. */
  const recordingFetch = async (request: Request) => {
    const response = await fetch(request);
    const path = new URL(request.url).pathname;
    exchanges.push({
      operation: API.find(request.method, path)?.operationId ?? `${request.method} ${path}`,
      status: response.status,
      body: await response.clone().json(),
    });
    return response;
  };

  const client = (overrides: Partial<Parameters<typeof createQuectelClient>[0]> = {}) =>
    createQuectelClient({
      baseUrl,
      userDomain: EXAMPLE_USER_DOMAIN,
      userDomainSecret: EXAMPLE_USER_DOMAIN_SECRET,
      fetch: recordingFetch,
      ...overrides,
    });

  /** How far the sandbox's clock is ahead of the real one. */
  let skewMs = 0;
  const lastBody = () => (exchanges.at(-1)?.body ?? {}) as { code?: number; extMsg?: string };
  const lastCode = () => lastBody().code;
  const lastExtMsg = () => lastBody().extMsg;
  const lastCodeSentTo = (to: string) => codeSentTo(baseUrl, to);

  beforeAll(async () => {
    sandbox = await startSandbox({
      vendors: ["quectel"],
      portBase: 0,
      env: {},
      log: (l) => logs.push(l),
      clock: () => Date.now() + skewMs,
    });
    baseUrl = sandbox.sandboxes[0]?.url ?? "";
  });
  afterAll(async () => {
    await sandbox.close();
    // Whatever happened above, every answer the sandbox gave is valid against the spec.
    expect(exchanges.length).toBeGreaterThan(10);
    for (const e of exchanges) {
      expect({ ...e, errors: spec.responseErrors(e.operation, e.status, e.body) }).toMatchObject({
        errors: [],
      });
      expect(spec.schemaErrors("Envelope", e.body)).toEqual([]);
    }
    const ok = (e: Exchange) => API.read(e.body)?.ok ?? false;
    // The seed's six operations; quectel.home.test.ts covers the rest of the API.
    expect(
      uncovered(
        "quectel.yaml",
        exchanges.map((e) => ({ operation: e.operation, ok: ok(e) })),
        [
          "sendPhoneSmsCode",
          "phonePwdRegister",
          "phonePwdLogin",
          "userDeviceList",
          "refreshToken",
          "userLogout",
        ],
      ),
    ).toEqual([]);
  });

  it("prints its ready line", () => {
    expect(logs[0]).toBe(`iotdock: quectel sandbox ready at ${baseUrl}`);
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("runs the documented flow: SMS code, register, login, device list, refresh, logout", async () => {
    const c = client();
    await c.sendSmsCode({ phone: "17132136550", internationalCode: "86", codeType: SmsCodeType.register });
    const smsCode = await lastCodeSentTo("86 17132136550");
    expect(smsCode).toMatch(/^\d{6}$/);
    const { uid } = await c.register({
      phone: "17132136550",
      password: "china1234",
      smsCode,
      internationalCode: "86",
      agreementList: [
        { protocolType: 1, privacyVersion: "1.0.0" },
        { protocolType: 2, privacyVersion: "1.0.0" },
      ],
    });
    expect(uid).toMatch(/^C\d{7}$/);
    const tokens = await c.login({ phone: "17132136550", password: "china1234", internationalCode: "86" });
    expect(tokens?.accessToken.token).toMatch(/^Bearer /);
    const page = await c.userDeviceList(tokens?.accessToken.token ?? "", { page: 1, pageSize: 10 });
    expect(page?.list).toEqual([]); // a new user has bound nothing yet
    const renewed = await c.refreshToken(tokens?.refreshToken.token ?? "");
    await c.logout(renewed?.accessToken.token ?? "");
    expect(exchanges.map((e) => [e.operation, (e.body as { code: number }).code])).toEqual([
      ["sendPhoneSmsCode", 200],
      ["phonePwdRegister", 200],
      ["phonePwdLogin", 200],
      ["userDeviceList", 200],
      ["refreshToken", 200],
      ["userLogout", 0],
    ]);
  });

  it("accepts only tokens it issued: refresh rotates the pair, logout ends it, expiry is 2 hours (5032 otherwise)", async () => {
    const c = client();
    const login = () => c.login({ phone: "17132136550", password: "china1234", internationalCode: "86" });
    const list = (token: string) => c.userDeviceList(token, { page: 1 });
    const first = await login();
    const nowS = Date.now() / 1000;
    expect(first.accessToken.expirationTime).toBeGreaterThan(nowS + 7190);
    expect(first.accessToken.expirationTime).toBeLessThan(nowS + 7210);
    expect(first.refreshToken.expirationTime).toBeGreaterThan(nowS + 30 * 24 * 3600 - 10);
    await list(first.accessToken.token);
    // A token of the right shape that the sandbox never issued: the vendor document's own example.
    const example = spec.spec.paths["/v2/enduser/enduserapi/phonePwdLogin"].post.responses["200"].content[
      "application/json"
    ].examples.success.value.data.accessToken.token as string;
    await expect(list(example)).rejects.toMatchObject({ code: 5032 });
    expect(lastExtMsg()).toContain("not an access token this sandbox issued");

    const second = await c.refreshToken(first.refreshToken.token);
    expect(second.accessToken.token).not.toBe(first.accessToken.token);
    await expect(list(first.accessToken.token)).rejects.toMatchObject({ code: 5032 });
    await expect(c.refreshToken(first.refreshToken.token)).rejects.toMatchObject({ code: 5032 });
    await list(second.accessToken.token);

    await c.logout(second.accessToken.token);
    await expect(list(second.accessToken.token)).rejects.toMatchObject({ code: 5032 });
    await expect(c.logout(second.accessToken.token)).rejects.toMatchObject({ code: 5032 });
    await expect(
      client({ userDomain: "C.DM.other" }).register({
        phone: "17132136550",
        password: "china1234",
        smsCode: "606754",
        agreementList: [{ protocolType: 1, privacyVersion: "1.0.0" }],
      }),
    ).rejects.toMatchObject({ code: 5015 });
    await expect(c.refreshToken(second.refreshToken.token)).rejects.toMatchObject({ code: 5032 });

    const third = await login();
    skewMs = 7201 * 1000; // jump the sandbox's clock past the access token's 2 hours
    try {
      await expect(list(third.accessToken.token)).rejects.toMatchObject({ code: 5032 });
      expect(lastExtMsg()).toContain("expired");
      const fourth = await c.refreshToken(third.refreshToken.token); // the refresh token still lives
      await list(fourth.accessToken.token);
      skewMs = 31 * 24 * 3600 * 1000;
      await expect(c.refreshToken(fourth.refreshToken.token)).rejects.toMatchObject({ code: 5032 });
    } finally {
      skewMs = 0;
    }
  });

  it("rejects an SMS random used again within the window with 5420", async () => {
    const c = client({ random: () => "R".repeat(16) });
    await c.sendSmsCode({ phone: "17132136550", internationalCode: "86", codeType: SmsCodeType.register });
    await expect(
      c.sendSmsCode({ phone: "17132136550", internationalCode: "86", codeType: SmsCodeType.register }),
    ).rejects.toMatchObject({ code: 5420 });
    expect(lastExtMsg()).toContain("random already used");
  });

  it("rejects a tampered signature with 5420 in Quectel's envelope, showing the string it signed (no secret)", async () => {
    let shown = "";
    const c = client({
      random: () => "S".repeat(16),
      fetch: async (request) => {
        const response = await recordingFetch(request);
        shown = decodeURIComponent(response.headers.get("x-iotdock-string-to-sign") ?? "");
        return response;
      },
    });
    c.use({
      onRequest({ request }) {
        const url = new URL(request.url);
        const sig = url.searchParams.get("signature") ?? "";
        url.searchParams.set("signature", (sig[0] === "0" ? "1" : "0") + sig.slice(1));
        return new Request(url, request);
      },
    });
    const error = await c
      .sendSmsCode({ phone: "17132136550", internationalCode: "86", codeType: 3 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).code).toBe(5420);
    expect((error as VendorError).vendorMessage).toBe("签名验证失败");
    expect(shown).toMatch(/^171321365503S{16}\d{13}<userDomainSecret>$/);
    await expect(c.login({ phone: "17132136550", password: "x" })).rejects.toMatchObject({ code: 5420 });
    // The encrypted pwd is left out: with `random` beside it, it would give the password away.
    expect(shown).toBe("17132136550<pwd>SSSSSSSSSSSSSSSS<userDomainSecret>");
    expect(shown).not.toContain(EXAMPLE_USER_DOMAIN_SECRET);
  });

  it("rejects a parameter changed after signing", async () => {
    const c = client();
    c.use({
      onRequest({ request }) {
        const url = new URL(request.url);
        url.searchParams.set("phone", "13900000000");
        return new Request(url, request);
      },
    });
    await expect(c.login({ phone: "17132136550", password: "china1234" })).rejects.toMatchObject({
      code: 5420,
    });
  });

  it("rejects a wrong userDomainSecret", async () => {
    const c = client({ userDomainSecret: `${EXAMPLE_USER_DOMAIN_SECRET}x` });
    await expect(c.sendSmsCode({ phone: "1", internationalCode: "86", codeType: 3 })).rejects.toMatchObject({
      code: 5420,
    });
    await expect(c.login({ phone: "1", password: "p" })).rejects.toMatchObject({ code: 5420 });
  });

  it("rejects a ts more than 10 minutes off, and accepts one 9 minutes off", async () => {
    const sms = { phone: "17132136550", internationalCode: "86", codeType: 3 } as const;
    await expect(client({ clock: () => Date.now() - 11 * MINUTE }).sendSmsCode(sms)).rejects.toMatchObject({
      code: 5420,
    });
    expect(lastExtMsg()).toContain("10 minutes");
    await expect(client({ clock: () => Date.now() + 11 * MINUTE }).sendSmsCode(sms)).rejects.toMatchObject({
      code: 5420,
    });
    await client({ clock: () => Date.now() - 9 * MINUTE }).sendSmsCode(sms);
    expect(lastCode()).toBe(200);
  });

  it("answers missing parameters with Quectel's per-parameter codes", async () => {
    const c = client();
    // The typed client would not let these through; a hand-made request can.
    const post = (path: string, query: string) =>
      recordingFetch(new Request(`${baseUrl}${path}?${query}`, { method: "POST" }));
    await post(
      "/v2/sms/enduserapi/v2/sendPhoneSmsCode",
      "codeType=3&internationalCode=86&userDomain=C.DM.10271.5",
    );
    expect(lastCode()).toBe(5021);
    await post("/v2/sms/enduserapi/v2/sendPhoneSmsCode", "codeType=3&internationalCode=86&phone=1");
    expect(lastCode()).toBe(5023);
    await post("/v2/sms/enduserapi/v2/sendPhoneSmsCode", "codeType=3&phone=1&userDomain=C.DM.10271.5");
    expect(lastCode()).toBe(5116);
    await post("/v2/enduser/enduserapi/phonePwdLogin", "phone=1&pwd=abc&userDomain=C.DM.10271.5");
    expect(lastCode()).toBe(5550);
    await post("/v2/enduser/enduserapi/phonePwdLogin", "phone=1&signature=00&userDomain=C.DM.10271.5");
    expect(lastCode()).toBe(5022);
    await post("/v2/enduser/enduserapi/phonePwdLogin", "phone=1&pwd=abc&signature=00&userDomain=C.DM.other");
    expect(lastCode()).toBe(5015);
    const res = await c.GET("/v2/binding/enduserapi/userDeviceList", {});
    expect(res.data?.code).toBe(5106);
    const bad = await c.GET("/v2/binding/enduserapi/userDeviceList", {
      headers: { Authorization: "not-a-token" },
    });
    expect(bad.data?.code).toBe(5032);
  });

  it("rejects a correctly signed password that does not decrypt", async () => {
    const c = client();
    const res = await c.POST("/v2/enduser/enduserapi/phonePwdLogin", {
      params: { query: { phone: "17132136550", pwd: "KbbO5AsWloh9gulLei6NhQ==", random: "wrong-random" } },
    });
    expect(res.data?.code).toBe(400);
    expect(res.data?.extMsg).toContain("password cannot be decrypted");
    // The vendor document's pair (abcd1234 encrypted with random abcdef), for a phone new to the sandbox.
    const ok = await c.POST("/v2/enduser/enduserapi/phonePwdLogin", {
      params: {
        query: {
          phone: "17100000077",
          pwd: "KbbO5AsWloh9gulLei6NhQ==",
          random: "abcdef",
          internationalCode: "86",
        },
      },
    });
    expect(ok.data?.code).toBe(200);
  });

  it("answers Quectel's own refusals: 5002 for a phone registered again, 5028 for a wrong password", async () => {
    const c = client();
    const phone = "17100000088";
    const agreementList = [{ privacyVersion: "1.0.0", protocolType: 1 as const }];
    await c.sendSmsCode({ phone, internationalCode: "86", codeType: SmsCodeType.register });
    const register = (smsCode: string) =>
      c.register({ phone, password: "first-Passw0rd", internationalCode: "86", smsCode, agreementList });
    // Only the code the sandbox sent registers (5037 otherwise), and only once.
    await expect(register("000000")).rejects.toMatchObject({ code: 5037 });
    await register(await lastCodeSentTo(`86 ${phone}`));
    await expect(
      c.register({
        phone,
        password: "other-Passw0rd",
        internationalCode: "86",
        smsCode: "606754",
        agreementList,
      }),
    ).rejects.toMatchObject({ code: 5002, vendorMessage: "手机号已注册" });
    const wrong = await c
      .login({ phone, password: "other-Passw0rd", internationalCode: "86" })
      .catch((e) => e);
    expect(wrong).toBeInstanceOf(AuthenticationError);
    expect(wrong).toMatchObject({ code: 5028, vendorMessage: "密码错误" });
    const pair = await c.login({ phone, password: "first-Passw0rd", internationalCode: "86" });
    expect(pair.accessToken.token).toMatch(/^Bearer /);
  });

  it("a cached token is never given for a wrong password (the client's token cache checks it)", async () => {
    const c = client();
    const user = { phone: "17100000099", password: "right-Passw0rd", internationalCode: "86" };
    const first = await c.token(user);
    await expect(c.token({ ...user, password: "wrong-Passw0rd" })).rejects.toMatchObject({ code: 5028 });
    // The right password still gets the stored pair, not a new login.
    expect((await c.token(user)).accessToken.token).toBe(first.accessToken.token);
  });

  it("hands correctly signed requests to Prism, which checks them against the spec", async () => {
    const c = client();
    // codeType 9 is signed correctly but outside the spec's enum.
    const res = await c.POST("/v2/sms/enduserapi/v2/sendPhoneSmsCode", {
      params: { query: { phone: "1", internationalCode: "86", codeType: 9 as 1 } },
    });
    expect(res.data?.code).toBe(400);
    expect(res.data?.extMsg).toMatch(/codeType must be equal to one of the allowed values/i);
  });

  it("logs one line per request, with no query string, secret or password", () => {
    // The test's own reads of /_iotdock/outbox are logged too, but are not vendor exchanges.
    const requestLines = logs.filter((l) => l.includes(" -> ") && !l.includes("/_iotdock/"));
    expect(requestLines.length).toBe(exchanges.length);
    expect(requestLines[0]).toMatch(
      /^iotdock: quectel POST \/v2\/sms\/enduserapi\/v2\/sendPhoneSmsCode -> 200 code=200 \(\d+\.\d ms\)$/,
    );
    const all = logs.join("\n");
    for (const s of [EXAMPLE_USER_DOMAIN_SECRET, "china1234", "signature=", "pwd=", "Bearer "])
      expect(all).not.toContain(s);
  });
});
