import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { createGwellClient } from "../src/vendors/gwell/index.js";
import { createHaierClient } from "../src/vendors/haier/index.js";
import { createMeariClient } from "../src/vendors/meari/index.js";
import { createQuectelClient, SmsCodeType } from "../src/vendors/quectel/index.js";
import { sandboxDefault } from "./support/defaults.js";
import { lastCodeSentTo } from "./support/outbox.js";
import { validatingFetch } from "./support/validating-fetch.js";

const d = sandboxDefault;

/**
 * The request side of the contract: every operation of every client goes through Prism's request
 * validation before it reaches the sandbox. A request the spec forbids is a failure.
 */
describe("client requests are valid against the specs (Prism request validation in front of the sandboxes)", () => {
  let sandbox: SandboxHandle;
  const url = (v: string) => sandbox.sandboxes.find((s) => s.vendor === v)?.url ?? "";
  beforeAll(async () => {
    sandbox = await startSandbox({ portBase: 0, env: {}, log: () => {} });
  });
  afterAll(() => sandbox.close());

  it("Quectel: SMS code, register, login, device list, refresh, logout", async () => {
    const v = await validatingFetch("quectel.yaml");
    const c = createQuectelClient({
      baseUrl: url("quectel"),
      userDomain: d("QUECTEL_USER_DOMAIN"),
      userDomainSecret: d("QUECTEL_USER_DOMAIN_SECRET"),
      fetch: v.fetch,
    });
    await c.sendSmsCode({ phone: "17132136550", internationalCode: "86", codeType: SmsCodeType.register });
    await c.register({
      phone: "17132136550",
      password: "china1234",
      smsCode: await lastCodeSentTo(url("quectel"), "86 17132136550"),
      internationalCode: "86",
      agreementList: [{ protocolType: 1, privacyVersion: "1.0.0" }],
    });
    const pair = await c.login({ phone: "17132136550", password: "china1234", internationalCode: "86" });
    await c.userDeviceList(pair.accessToken.token, { page: 1, pageSize: 10 });
    const renewed = await c.refreshToken(pair.refreshToken.token);
    await c.logout(renewed.accessToken.token);
    expect(v.violations).toEqual([]);
  });

  it("Gwell: login, devInfo, devList", async () => {
    const v = await validatingFetch("gwell.yaml");
    const c = createGwellClient({
      baseUrl: url("gwell"),
      appId: d("GWELL_APP_ID"),
      appToken: d("GWELL_APP_TOKEN"),
      appKey: d("GWELL_APP_KEY"),
      fetch: v.fetch,
    });
    const login = await c.login({ unionId: "0001", uniqueId: "t-1", regRegion: "CN" });
    await c.devInfo({ accessId: login.accessId, sn: "876xxxxxxx347" } as never);
    await c.devList({ accessId: login.accessId } as never);
    expect(v.violations).toEqual([]);
  });

  it("Haier: login", async () => {
    const v = await validatingFetch("haier.yaml");
    const c = createHaierClient({
      baseUrl: url("haier"),
      appId: d("HAIER_APP_ID"),
      appKey: d("HAIER_APP_KEY"),
      clientId: "123",
      fetch: v.fetch,
    });
    await c.login("8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92");
    expect(v.violations).toEqual([]);
  });

  it("Meari: redirect, login on the region server, password update", async () => {
    const v = await validatingFetch("meari.yaml");
    const c = createMeariClient({
      baseUrl: url("meari"),
      partnerKey: d("MEARI_PARTNER_KEY"),
      partnerSecret: d("MEARI_PARTNER_SECRET"),
      sourceApp: d("MEARI_SOURCE_APP"),
      fetch: v.fetch,
    });
    const user = {
      userAccount: "req-1",
      countryCode: "US",
      phoneCode: "1",
      lngType: "en",
      phoneType: "a" as const,
    };
    await c.login(user);
    await c.passwordUpdate({ userAccount: "req-1", lngType: "en", phoneType: "a" }, { countryCode: "US" });
    expect(v.violations).toEqual([]);
  });

  it("has teeth: a client that drops a required parameter or sends a wrong type is caught", async () => {
    const v = await validatingFetch("meari.yaml");
    const c = createMeariClient({
      baseUrl: url("meari"),
      partnerKey: d("MEARI_PARTNER_KEY"),
      partnerSecret: d("MEARI_PARTNER_SECRET"),
      sourceApp: d("MEARI_SOURCE_APP"),
      fetch: v.fetch,
    });
    c.use({
      onRequest({ request }) {
        const u = new URL(request.url);
        u.searchParams.delete("countryCode");
        return new Request(u, request);
      },
    });
    await c.region("US").catch(() => undefined);
    expect(v.violations).toEqual([
      expect.objectContaining({
        path: "/v2/third/sdk/redirect",
        detail: expect.stringMatching(/countrycode/i),
      }),
    ]);

    const g = await validatingFetch("gwell.yaml");
    const gwell = createGwellClient({
      baseUrl: url("gwell"),
      appId: "a",
      appToken: "t",
      appKey: "k",
      fetch: g.fetch,
    });
    await gwell.login({ unionId: 1 as never, uniqueId: "t", regRegion: "CN" }).catch(() => undefined);
    expect(g.violations).toHaveLength(1);
    expect(g.violations[0]?.detail).toMatch(/unionId/);
  });
});
