import { createCipheriv, createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { lastCodeSentTo } from "./support/outbox.js";

/**
 * The same home scenario as quectel.home.test.ts, by raw HTTP: no iotdock client, signatures and
 * password encryption written here from the spec's recipes with node:crypto, so the sandbox is
 * shown to behave for any HTTP client, not only for the package's own.
 */

const USER_DOMAIN = "C.DM.10271.5";
const SECRET = "57Fk69oYgbs2aWWN362NtZwYB2RqKNqQ7yZESnF5VM22";
const SCOOTER = { productKey: "p11u8a", deviceKey: "866123456789023" };
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The spec's password encryption: AES-128-CBC, key = MD5(random) upper-case hex [8, 24), IV = halves swapped. */
function encrypt(password: string, random: string): string {
  const key = createHash("md5").update(random).digest("hex").toUpperCase().slice(8, 24);
  const iv = key.slice(8) + key.slice(0, 8);
  const cipher = createCipheriv("aes-128-cbc", Buffer.from(key, "ascii"), Buffer.from(iv, "ascii"));
  return Buffer.concat([cipher.update(password, "utf8"), cipher.final()]).toString("base64");
}

describe("Quectel sandbox: the home scenario by raw HTTP", () => {
  let sandbox: SandboxHandle;
  let base = "";
  beforeAll(async () => {
    sandbox = await startSandbox({ vendors: ["quectel"], portBase: 0, env: {}, log: () => {} });
    base = sandbox.sandboxes[0]?.url ?? "";
  });
  afterAll(() => sandbox.close());

  const call = async (
    method: string,
    path: string,
    query: Record<string, string>,
    init: { token?: string; body?: unknown } = {},
  ) => {
    const url = `${base}${path}?${new URLSearchParams(query)}`;
    const headers: Record<string, string> = {};
    if (init.token) headers.Authorization = init.token;
    if (init.body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(url, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { code: number; msg: string; extMsg?: string; data: unknown };
  };

  async function user(phone: string, password: string): Promise<string> {
    const random = phone.padStart(16, "r"); // 16 characters, new for each phone
    const ts = String(Date.now());
    const sms = await call("POST", "/v2/sms/enduserapi/v2/sendPhoneSmsCode", {
      codeType: "3",
      internationalCode: "86",
      phone,
      userDomain: USER_DOMAIN,
      ts,
      random,
      signature: sha256(`${phone}3${random}${ts}${SECRET}`),
    });
    expect(sms, JSON.stringify(sms)).toMatchObject({ code: 200 });
    const pwdRandom = "abcdefghijklmnop";
    const registered = await call(
      "POST",
      "/v2/enduser/enduserapi/v2/phonePwdRegister",
      {},
      {
        body: {
          phone,
          internationalCode: "86",
          pwd: encrypt(password, pwdRandom),
          random: pwdRandom,
          smsCode: await lastCodeSentTo(base, `86 ${phone}`),
          userDomain: USER_DOMAIN,
          agreementList: [{ protocolType: 1, privacyVersion: "1.0.0" }],
        },
      },
    );
    expect(registered.code).toBe(200);
    const pwd = encrypt(password, pwdRandom);
    const login = await call("POST", "/v2/enduser/enduserapi/phonePwdLogin", {
      internationalCode: "86",
      phone,
      pwd,
      random: pwdRandom,
      userDomain: USER_DOMAIN,
      signature: sha256(`86${phone}${pwd}${pwdRandom}${SECRET}`),
    });
    expect(login, JSON.stringify(login)).toMatchObject({ code: 200 });
    return (login.data as { accessToken: { token: string } }).accessToken.token;
  }

  it("register → login → bind → control → read back → share → accept → unshare → unbind → logout", async () => {
    const stamp = String(Date.now()).slice(-8);
    const alice = await user(`172${stamp}`, "Alice-1234");
    const bob = await user(`173${stamp}`, "Bob-123456");
    const pkdk = { pk: SCOOTER.productKey, dk: SCOOTER.deviceKey };

    // A required parameter missing: the page's own code for it (bindDeviceSn: 5088 sn, 5066 pk).
    const bindSn = (query: Record<string, string>) =>
      call("POST", "/v2/binding/enduserapi/bindDeviceSn", query, { token: alice });
    expect((await bindSn({ pk: pkdk.pk })).code).toBe(5088);
    expect((await bindSn({ sn: "QSCOOT000002" })).code).toBe(5066);
    // No token, or one the sandbox never issued.
    const bindDk = (token?: string) => call("POST", "/v2/binding/enduserapi/bindDeviceDk", pkdk, { token });
    expect((await bindDk()).code).toBe(5106);
    expect((await bindDk("Bearer not-a-token")).code).toBe(5032);
    expect((await call("POST", "/v2/binding/enduserapi/bindDeviceDk", pkdk, { token: alice })).code).toBe(
      200,
    );
    const control = await call(
      "POST",
      "/v2/binding/enduserapi/batchControlDevice",
      {},
      {
        token: alice,
        body: { type: 2, data: '[{"ride_mode":"1"}]', deviceList: [SCOOTER] },
      },
    );
    expect(control.data).toMatchObject({ failureList: [], successList: [{ data: SCOOTER }] });
    const attributes = await call("GET", "/v2/binding/enduserapi/getDeviceBusinessAttributes", pkdk, {
      token: alice,
    });
    const rows = (attributes.data as { customizeTslInfo: { resourceCode: string; resourceValce: string }[] })
      .customizeTslInfo;
    expect(rows.find((r) => r.resourceCode === "ride_mode")?.resourceValce).toBe("1");

    const share = await call(
      "POST",
      "/v2/binding/enduserapi/shareInfo",
      { ...pkdk, acceptingExpireAt: String(Date.now() + 60_000) },
      { token: alice },
    );
    const shareCode = String(share.data);
    expect(
      (await call("POST", "/v2/binding/enduserapi/shareDevice", { shareCode }, { token: bob })).code,
    ).toBe(200);
    const bobs = await call("GET", "/v2/binding/enduserapi/userDeviceList", {}, { token: bob });
    expect((bobs.data as { list: { deviceKey: string; shareCode: string }[] }).list).toMatchObject([
      { deviceKey: SCOOTER.deviceKey, shareCode },
    ]);
    expect(
      (await call("DELETE", "/v2/binding/enduserapi/shareUserUnshareDevice", { shareCode }, { token: bob }))
        .code,
    ).toBe(200);
    expect(
      (await call("GET", "/v2/binding/enduserapi/userDeviceList", {}, { token: bob })).data,
    ).toMatchObject({ list: [] });

    expect(
      (await call("DELETE", "/v2/binding/enduserapi/unbundlingDeviceDk", pkdk, { token: bob })).code,
    ).toBe(5052);
    expect(
      (await call("DELETE", "/v2/binding/enduserapi/unbundlingDeviceDk", pkdk, { token: alice })).code,
    ).toBe(200);
    expect(
      (await call("GET", "/v2/binding/enduserapi/getDeviceBusinessAttributes", pkdk, { token: alice })).code,
    ).toBe(5052);
    expect((await call("DELETE", "/v2/enduser/enduserapi/userLogout", {}, { token: alice })).code).toBe(0);
    expect((await call("GET", "/v2/binding/enduserapi/userDeviceList", {}, { token: alice })).code).toBe(
      5032,
    );
  });
});
