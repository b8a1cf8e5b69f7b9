import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQuectelClient, SmsCodeType } from "../src/vendors/quectel/index.js";
import { opensslDecrypt, sha256sum } from "./support/independent.js";
import { startRecorder } from "./support/recorder.js";

const SECRET = "test-secret-9f3a1c";
const USER_DOMAIN = "C.DM.1.test";
const NOW = 1_744_773_894_369;

describe("Quectel client: what goes on the wire", () => {
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let randoms: string[];
  const client = () =>
    createQuectelClient({
      baseUrl: recorder.url,
      userDomain: USER_DOMAIN,
      userDomainSecret: SECRET,
      clock: () => NOW,
      random: (n) => {
        const r = "R".repeat(n - 4) + String(randoms.length).padStart(4, "0");
        randoms.push(r);
        return r;
      },
    });

  beforeAll(async () => {
    recorder = await startRecorder((r) => ({
      body: JSON.stringify({
        code: 200,
        msg: "",
        data: r.rawUrl.includes("phonePwdLogin")
          ? {
              accessToken: { token: "Bearer a", expirationTime: 1 },
              refreshToken: { token: "Bearer r", expirationTime: 2 },
            }
          : null,
        extMsg: null,
      }),
    }));
    randoms = [];
  });
  afterAll(() => recorder.close());

  it("sendPhoneSmsCode carries userDomain, ts, a 16-character random and a signature sha256sum agrees with", async () => {
    await client().sendSmsCode({
      phone: "17132136550",
      internationalCode: "86",
      codeType: SmsCodeType.register,
    });
    const sent = recorder.requests.at(-1);
    expect(sent?.method).toBe("POST");
    const url = new URL(sent?.rawUrl ?? "", "http://x");
    expect(url.pathname).toBe("/v2/sms/enduserapi/v2/sendPhoneSmsCode");
    const q = url.searchParams;
    expect(q.get("userDomain")).toBe(USER_DOMAIN);
    expect(q.get("ts")).toBe(String(NOW));
    expect(q.get("random")).toHaveLength(16);
    expect(q.get("codeType")).toBe("3");
    const expected = sha256sum(`17132136550${3}${q.get("random")}${NOW}${SECRET}`);
    expect(q.get("signature")).toBe(expected);
  });

  it("the raw typed client is signed by the middleware too", async () => {
    const res = await client().POST("/v2/sms/enduserapi/v2/sendPhoneSmsCode", {
      params: { query: { phone: "13800138000", internationalCode: "86", codeType: 1 } },
    });
    expect(res.data?.code).toBe(200);
    const q = new URL(recorder.requests.at(-1)?.rawUrl ?? "", "http://x").searchParams;
    expect(q.get("signature")).toBe(sha256sum(`13800138000${1}${q.get("random")}${NOW}${SECRET}`));
  });

  it("phonePwdLogin sends an encrypted, percent-encoded password that openssl decrypts, and a valid signature", async () => {
    const password = "pässwörd+/= 密码";
    const tokens = await client().login({ phone: "17132136550", password, internationalCode: "86" });
    expect(tokens.accessToken.token).toBe("Bearer a");
    const sent = recorder.requests.at(-1);
    const raw = sent?.rawUrl ?? "";
    expect(raw).not.toContain(encodeURIComponent(password));
    const q = new URL(raw, "http://x").searchParams;
    const pwd = q.get("pwd") ?? "";
    const random = q.get("random") ?? "";
    // Base64 characters +, / and = never travel unencoded in the query.
    expect(raw.split("pwd=")[1]?.split("&")[0]).toBe(encodeURIComponent(pwd));
    expect(opensslDecrypt(pwd, random)).toBe(password);
    expect(q.get("signature")).toBe(sha256sum(`86${"17132136550"}${pwd}${random}${SECRET}`));
    expect(q.get("userDomain")).toBe(USER_DOMAIN);
    expect(sent?.body).toBe("");
  });

  it("phonePwdRegister fills userDomain and sends an encrypted password in the JSON body", async () => {
    await client().register({
      phone: "17132136550",
      password: "china1234",
      smsCode: "606754",
      internationalCode: "86",
      agreementList: [{ protocolType: 1, privacyVersion: "1.0.0" }],
    });
    const sent = recorder.requests.at(-1);
    const body = JSON.parse(sent?.body ?? "{}");
    expect(sent?.headers["content-type"]).toContain("application/json");
    expect(body.userDomain).toBe(USER_DOMAIN);
    expect(body.password).toBeUndefined();
    expect(opensslDecrypt(body.pwd, body.random)).toBe("china1234");
    expect(new URL(sent?.rawUrl ?? "", "http://x").search).toBe("");
  });

  it("userDeviceList, refreshToken and userLogout send the token as given", async () => {
    const c = client();
    await c.userDeviceList("Bearer access-1", { page: 2, pageSize: 5 });
    let sent = recorder.requests.at(-1);
    expect(sent?.method).toBe("GET");
    expect(sent?.headers.authorization).toBe("Bearer access-1");
    expect(sent?.rawUrl).toBe("/v2/binding/enduserapi/userDeviceList?page=2&pageSize=5");

    await c.refreshToken("Bearer refresh-1");
    sent = recorder.requests.at(-1);
    expect(sent?.method).toBe("PUT");
    expect(new URL(sent?.rawUrl ?? "", "http://x").searchParams.get("refreshToken")).toBe("Bearer refresh-1");

    await c.logout("Bearer access-1");
    sent = recorder.requests.at(-1);
    expect(sent?.method).toBe("DELETE");
    expect(sent?.headers.authorization).toBe("Bearer access-1");
  });
});
