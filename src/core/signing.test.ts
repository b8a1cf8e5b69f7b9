import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import gwellSpec from "../../generated/gwell.facts.js";
import haierSpec from "../../generated/haier.facts.js";
import meariSpec from "../../generated/meari.facts.js";
import quectelSpec from "../../generated/quectel.facts.js";
import { createGwellClient, createGwellSigner } from "../vendors/gwell/index.js";
import { createHaierClient, createHaierSigner } from "../vendors/haier/index.js";
import { createMeariClient, createMeariSigner } from "../vendors/meari/index.js";
import { createQuectelClient, createQuectelSigner } from "../vendors/quectel/index.js";
import { apiFacts } from "./facts.js";
import { type Credentials, prepareRequest, type RequestParts, type Sign } from "./signing.js";

const BASE = "http://127.0.0.1:9";
const OK = () => new Response('{"code":0}', { headers: { "content-type": "application/json" } });

interface Seen {
  url: string;
  method: string;
  headers: [string, string][];
  body: string;
}
const seen = async (request: Request): Promise<Seen> => ({
  url: request.url,
  method: request.method,
  headers: [...request.headers],
  body: await request.text(),
});

/** What a call sends through a vendor client, and what prepareRequest makes of the same unsigned request. */
async function both(
  client: (fetch: (r: Request) => Promise<Response>) => Record<string, (...a: unknown[]) => Promise<unknown>>,
  expected: { spec: Record<string, unknown>; sign: Sign; credentials: Credentials },
  method: string,
  path: string,
  init: Record<string, unknown>,
) {
  let sent: Seen | undefined;
  const c = client(async (r) => {
    sent = await seen(r);
    return OK();
  });
  await c[method]?.(path, structuredClone(init));
  let unsigned: Request | undefined;
  const bare = createClient({
    baseUrl: BASE,
    fetch: async (r) => {
      unsigned = r;
      return OK();
    },
  });
  await (bare as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]?.(
    path,
    structuredClone(init),
  );
  const r = unsigned as Request;
  const parts: RequestParts = {
    method: r.method,
    url: new URL(r.url),
    headers: new Headers(r.headers),
    body: r.body === null ? undefined : await r.text(),
  };
  const api = apiFacts("x", expected.spec);
  const op = api.find(method, path);
  if (!op) throw new Error(`no operation ${method} ${path}`);
  const signed = prepareRequest(parts, op, expected.sign, expected.credentials);
  return {
    sent,
    expected: { url: signed.url.href, method, headers: [...signed.headers], body: signed.body ?? "" },
  };
}

const clock = () => 1_700_000_000_000;

// The clients sign the bytes as openapi-fetch serialises them, before it builds its Request: what
// they send must be what the vendor's signer makes of the request built without them.
describe("a vendor client sends exactly what prepareRequest makes of the unsigned request", () => {
  it("Gwell: body credentials filled (absent, null, given) and the body signed", async () => {
    const credentials = { appId: "app", appToken: "tok", appKey: "key" };
    const client = (fetch: (r: Request) => Promise<Response>) =>
      createGwellClient({ baseUrl: BASE, ...credentials, clock, nonce: () => 7, fetch }) as never;
    const sign = createGwellSigner({ clock, nonce: () => 7 });
    for (const body of [
      { devId: "1" },
      { appId: null, devId: "ü" },
      { appToken: "mine", devId: "2", x: undefined },
    ]) {
      const r = await both(
        client,
        { spec: gwellSpec, sign, credentials },
        "POST",
        "/openapi/custCloud/oss/devInfo",
        { body },
      );
      expect(r.sent).toEqual(r.expected);
    }
  });

  it("Haier: the common headers, a header of the caller kept", async () => {
    const credentials = {
      appId: "MB",
      appKey: "k",
      clientId: "c",
      appVersion: "1",
      language: "en",
      timezone: "UTC",
    };
    const client = (fetch: (r: Request) => Promise<Response>) =>
      createHaierClient({
        baseUrl: BASE,
        ...credentials,
        clock,
        sequence: () => "20240101000000000001",
        fetch,
      }) as never;
    const sign = createHaierSigner({ clock, sequence: () => "20240101000000000001" });
    const init = { body: { code: "c 1" }, params: { header: { accessToken: "at" } } };
    const r = await both(
      client,
      { spec: haierSpec, sign, credentials },
      "POST",
      "/uaccount/v1/security/thirdpartUserLogin",
      init,
    );
    expect(r.sent).toEqual(r.expected);
  });

  it("Meari: the query re-encoded and signed, sourceApp added", async () => {
    const credentials = { partnerKey: "pk", partnerSecret: "ps", sourceApp: "8" };
    const client = (fetch: (r: Request) => Promise<Response>) =>
      createMeariClient({ baseUrl: BASE, ...credentials, clock, nonce: () => "n1", fetch }) as never;
    const sign = createMeariSigner({ clock, nonce: () => "n1" });
    const init = { params: { query: { countryCode: "US", userAccount: "a b+c/é'" } } };
    const r = await both(client, { spec: meariSpec, sign, credentials }, "GET", "/v2/third/sdk/login", init);
    expect(r.sent).toEqual(r.expected);
  });

  it("Quectel: signed in the query (sms) and in the JSON body (x-iotdock-signing in: body)", async () => {
    const credentials = { userDomain: "C.DM", userDomainSecret: "s" };
    const random = () => "r".repeat(16);
    const client = (fetch: (r: Request) => Promise<Response>) =>
      createQuectelClient({ baseUrl: BASE, ...credentials, clock, random, fetch }) as never;
    const sign = createQuectelSigner({ clock, random });
    const cases: [string, string, Record<string, unknown>][] = [
      [
        "POST",
        "/v2/sms/enduserapi/v2/sendPhoneSmsCode",
        { params: { query: { phone: "1", internationalCode: "86", codeType: 3 } } },
      ],
      [
        "POST",
        "/v2/binding/enduserapi/deviceBindingByPureBt",
        {
          body: { pk: "p", dk: "d", bindingCode: "b", random: "r", encryptedNewBindingSecret: "e" },
          headers: { Authorization: "t" },
        },
      ],
    ];
    for (const [method, path, init] of cases) {
      const r = await both(client, { spec: quectelSpec, sign, credentials }, method, path, init);
      expect(r.sent).toEqual(r.expected);
    }
  });
});
