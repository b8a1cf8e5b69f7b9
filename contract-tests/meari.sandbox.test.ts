import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadApi } from "../src/core/facts.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import {
  EXAMPLE_PARTNER_KEY,
  EXAMPLE_PARTNER_SECRET,
  EXAMPLE_SOURCE_APP,
} from "../src/vendors/meari/credentials.js";
import { createMeariClient, meariQuery, meariSignature } from "../src/vendors/meari/index.js";

const API = loadApi("meari");

import { uncovered } from "./support/coverage.js";
import { specValidator } from "./support/spec.js";

const spec = specValidator("meari.yaml");
const MINUTE = 60_000;

interface Exchange {
  operation: string;
  status: number;
  body: { resultCode?: string; result?: Record<string, unknown> };
  headers: Headers;
}

describe("Meari sandbox: redirect → login on the region server, every answer valid against the spec", () => {
  let sandbox: SandboxHandle;
  let baseUrl: string;
  const exchanges: Exchange[] = [];
  let account = 0;
  const fresh = () => `user-${Date.now()}-${++account}`;

  const recordingFetch = async (request: Request) => {
    const response = await fetch(request);
    const path = new URL(request.url).pathname;
    exchanges.push({
      operation: API.find(request.method, path)?.operationId ?? path,
      status: response.status,
      body: (await response.clone().json()) as Exchange["body"],
      headers: response.headers,
    });
    return response;
  };
  const client = (overrides: Partial<Parameters<typeof createMeariClient>[0]> = {}) =>
    createMeariClient({
      baseUrl,
      partnerKey: EXAMPLE_PARTNER_KEY,
      partnerSecret: EXAMPLE_PARTNER_SECRET,
      sourceApp: EXAMPLE_SOURCE_APP,
      fetch: recordingFetch,
      ...overrides,
    });
  const last = () => exchanges.at(-1) as Exchange;
  const input = (userAccount: string, countryCode = "US") => ({
    userAccount,
    countryCode,
    phoneCode: "1",
    lngType: "en",
    phoneType: "a" as const,
  });
  /** A request signed by hand, for what the client would never send. */
  const raw = (path: string, params: Record<string, string>) => {
    const all = {
      partnerKey: EXAMPLE_PARTNER_KEY,
      signatureVersion: "1.0",
      signatureMethod: "HMAC-SHA1",
      signatureNonce: String(Math.random()).slice(2),
      timestamp: String(Date.now()),
      sourceApp: EXAMPLE_SOURCE_APP,
      ...params,
    };
    return recordingFetch(
      new Request(`${baseUrl}${path}?${meariQuery(all, meariSignature(all, EXAMPLE_PARTNER_SECRET))}`),
    );
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ vendors: ["meari"], portBase: 0, env: {}, log: () => {} });
    baseUrl = sandbox.sandboxes[0]?.url ?? "";
  });
  afterAll(async () => {
    await sandbox.close();
    expect(exchanges.length).toBeGreaterThan(12);
    for (const e of exchanges) {
      expect({
        ...e,
        headers: undefined,
        errors: spec.responseErrors(e.operation, e.status, e.body),
      }).toMatchObject({
        errors: [],
      });
    }
    const seen = exchanges.map((e) => ({
      operation: e.operation,
      ok: API.read(e.body)?.ok ?? false,
    }));
    expect(uncovered("meari.yaml", seen)).toEqual([]);
  });

  it("runs the documented flow: redirect names the sandbox itself as apiServer, login there answers a user", async () => {
    const c = client();
    const region = await c.region("US");
    expect(region.apiServer).toBe(baseUrl);
    expect(region.redirect.countryCode).toBe("US");
    const user = await c.login(input("a+b/c=d e@例子.com"));
    expect(user).toMatchObject({ userAccount: "a+b/c=d e@例子.com", countryCode: "US", phoneCode: "1" });
    expect(user.userToken).toMatch(/^[A-Za-z0-9]{32}$/);
    // The spec's login example's iot block (specs/meari.yaml), verbatim.
    expect(user.iot).toEqual({
      pfKey: { accessid: "", accesskey: "" },
      mqtt_aws: {},
      mqtt: {
        clientId: "",
        crtUrls: "",
        deviceSecret: "",
        dn: "",
        host: "",
        iotId: "",
        iotToken: "",
        keepalive: 300,
        pk: "",
        port: "",
        protocol: "",
        region: "",
        subTopic: "",
      },
      iotVersion: 1,
    });
    const again = await c.login(input("a+b/c=d e@例子.com"));
    expect(again.userID).toBe(user.userID);
  });

  it("refuses a login in another country for a registered account with 1048", async () => {
    const name = fresh();
    await client().login(input(name, "US"));
    await expect(client().login(input(name, "CN"))).rejects.toMatchObject({ code: "1048" });
  });

  it("updates the password of an account that logged in; 1018 for one that never did", async () => {
    const name = fresh();
    const where = { countryCode: "US" };
    await expect(
      client().passwordUpdate({ userAccount: name, phoneType: "a", lngType: "en" }, where),
    ).rejects.toMatchObject({
      code: "1018",
    });
    await client().login(input(name));
    await expect(
      client().passwordUpdate({ userAccount: name, phoneType: "a", lngType: "en" }, where),
    ).resolves.toEqual({});
  });

  it("rejects a value changed after signing with 1023, saying why and showing its string to sign", async () => {
    const c = client();
    await c.region("US");
    c.use({
      onRequest({ request }) {
        const url = new URL(request.url);
        if (!url.pathname.endsWith("/login")) return undefined;
        url.search = url.search.replace("phoneCode=1", "phoneCode=44");
        return new Request(url, request);
      },
    });
    await expect(c.login(input(fresh()))).rejects.toMatchObject({ code: "1023" });
    expect(last().headers.get("x-iotdock-detail")).toBe("signature does not match");
    expect(decodeURIComponent(last().headers.get("x-iotdock-string-to-sign") ?? "")).toMatch(
      /^countryCode=US&lngType=en&partnerKey=example-partner-key&phoneCode=44&phoneType=a&signatureMethod=HMAC-SHA1&signatureNonce=\d+&signatureVersion=1\.0&sourceApp=8&timestamp=\d+&userAccount=user-/,
    );
    await expect(client({ partnerSecret: "wrong" }).region("DE")).rejects.toMatchObject({ code: "1023" });
  });

  it("rejects with 1023 a nonce replayed for the same operation and a timestamp more than 10 minutes off; accepts 9 minutes, seconds and the ISO form", async () => {
    const c = client({ nonce: () => "424242" });
    await c.region("FR");
    await expect(c.region("IT")).rejects.toMatchObject({ code: "1023" });
    expect(last().headers.get("x-iotdock-detail")).toBe("signatureNonce already used for this operation");
    // The vendor's demo sends the same nonce for its redirect and its login: accepted.
    await expect(c.login(input(fresh(), "FR"))).resolves.toMatchObject({ countryCode: "FR" });
    for (const skew of [-11 * MINUTE, 11 * MINUTE]) {
      await expect(client({ clock: () => Date.now() + skew }).region("ES")).rejects.toMatchObject({
        code: "1023",
      });
      expect(last().headers.get("x-iotdock-detail")).toContain("10 minutes");
    }
    await expect(client({ clock: () => Date.now() - 9 * MINUTE }).region("ES")).resolves.toMatchObject({
      countryCode: "ES",
    });
    const iso = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    for (const timestamp of [iso, String(Math.floor(Date.now() / 1000))]) {
      const res = await raw("/v2/third/sdk/redirect", { countryCode: "NL", timestamp });
      expect(((await res.json()) as Exchange["body"]).resultCode).toBe("1001");
    }
    const res = await raw("/v2/third/sdk/redirect", { countryCode: "NL", timestamp: "yesterday" });
    expect(((await res.json()) as Exchange["body"]).resultCode).toBe("1003");
  });

  it("rejects another partnerKey, signing method or version, a missing nonce, and parameters off the spec with 1003", async () => {
    for (const [params, why] of [
      [{ countryCode: "US", partnerKey: "other" }, "unknown partnerKey"],
      [{ countryCode: "US", signatureMethod: "HMAC-SHA256" }, "signatureMethod"],
      [{ countryCode: "US", signatureVersion: "2.0" }, "signatureVersion"],
      [{ countryCode: "US", signatureNonce: "" }, "missing signatureNonce"],
      [{ countryCode: "usa" }, "must match pattern"],
      [{ countryCode: "US", sourceApp: "9" }, "sourceApp"],
    ] as const) {
      const res = await raw("/v2/third/sdk/redirect", params);
      expect(((await res.json()) as Exchange["body"]).resultCode).toBe("1003");
      expect(res.headers.get("x-iotdock-detail")).toContain(why);
    }
    const c = client();
    // biome-ignore lint/suspicious/noExplicitAny: deliberately off the spec
    await expect(c.login({ ...input(fresh()), phoneType: "x" as any })).rejects.toMatchObject({
      code: "1003",
    });
  });
});
