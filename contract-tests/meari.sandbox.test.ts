import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadApi } from "../src/core/facts-files.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import {
  EXAMPLE_PARTNER_KEY,
  EXAMPLE_PARTNER_SECRET,
  EXAMPLE_SOURCE_APP,
} from "../src/vendors/meari/credentials.js";
import {
  createMeariClient,
  IotCommand,
  Lens,
  meariQuery,
  meariSignature,
  SleepMode,
} from "../src/vendors/meari/index.js";

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

  it("keeps the commands set on a device: sleep mode is visible in the device's state afterwards", async () => {
    const c = client();
    const userAccount = fresh();
    const region = await c.region("US");
    await c.login(input(userAccount), { region });
    const snNum = `sn-${userAccount}`;
    await c.iotSet(
      { userAccount, snNum, countryCode: "US", commands: { [IotCommand.sleepMode]: SleepMode.scheduled } },
      { region },
    );
    await c.iotSet(
      { userAccount, snNum, countryCode: "US", commands: { 807: { ps: 1, ts: 0, zs: 0, v_id: Lens.left } } },
      { region },
    );
    const state = (await (await fetch(`${baseUrl}/_iotdock/devices`)).json()) as {
      devices: Record<string, { owner: string; commands: Record<string, unknown> }>;
    };
    expect(state.devices[snNum]).toEqual({
      owner: userAccount,
      commands: { "118": 2, "807": { ps: 1, ts: 0, zs: 0, v_id: 1 } },
      updatedAt: expect.any(Number),
    });
    // Another account cannot command it; a value off the spec's enum is refused; unknown accounts too.
    const other = fresh();
    await c.login(input(other), { region });
    await expect(
      c.iotSet({ userAccount: other, snNum, countryCode: "US", commands: { 118: 1 } }, { region }),
    ).rejects.toMatchObject({ code: "1007" });
    const bad = await raw("/v1/third/customer/iot/set", {
      userAccount,
      snNum,
      countryCode: "US",
      items: '{"118":7}',
    });
    expect(((await bad.json()) as { resultCode: string }).resultCode).toBe("1003");
    expect(bad.headers.get("x-iotdock-detail")).toMatch(
      /^items: \/118 must be equal to one of the allowed values/,
    );
    await expect(
      c.iotSet({ userAccount: fresh(), snNum, countryCode: "US", commands: { 118: 1 } }, { region }),
    ).rejects.toMatchObject({ code: "1007" });
  });

  it("uses an activation code once; its service is then in the usage record and in effect until it ends", async () => {
    const c = client();
    const userAccount = fresh();
    const region = await c.region("US");
    await c.login(input(userAccount), { region });
    const device = { userAccount, deviceID: "10001", phoneType: "a" as const, lngType: "en" };
    const use = () =>
      c.GET("/v3/third/sdk/actCode/service", {
        baseUrl: region.apiServer,
        params: { query: { ...device, actCode: `ACT-${userAccount}`, type: "0" } },
      });
    const first = await use();
    expect(first.data?.resultCode).toBe("1001");
    const orderNum = (first.data?.result as { orderNum?: string } | undefined)?.orderNum;
    expect(orderNum).toMatch(/^IOTDOCK[0-9A-F]{12}$/);
    expect((await use()).data?.resultCode).toBe("1067");
    const record = await c.GET("/v3/third/sdk/actCode/usage/record", {
      baseUrl: region.apiServer,
      params: { query: device },
    });
    expect(record.data?.result).toEqual({
      data: [{ orderNum, actCode: `ACT-${userAccount}`, useTime: expect.any(Number), type: "0" }],
    });
    const effect = await c.GET("/v3/third/sdk/device/services/effect", {
      baseUrl: region.apiServer,
      params: { query: device },
    });
    type Effect = { data: { serverStartTime: number; serverEndTime: number }[] } | undefined;
    const [service] = (effect.data?.result as Effect)?.data ?? [];
    expect((service?.serverEndTime ?? 0) - (service?.serverStartTime ?? 0)).toBe(365 * 24 * 3600 * 1000);
    // The device is this account's now: another account reads neither list (1007).
    const stranger = fresh();
    await c.login(input(stranger), { region });
    for (const path of [
      "/v3/third/sdk/actCode/usage/record",
      "/v3/third/sdk/device/services/effect",
    ] as const) {
      const query = { ...device, userAccount: stranger };
      const refused = await c.GET(path, { baseUrl: region.apiServer, params: { query } });
      expect(refused.data?.resultCode).toBe("1007");
    }
  });

  it("creates an order once and cancels it once (4001 afterwards)", async () => {
    const c = client();
    const userAccount = fresh();
    const region = await c.region("US");
    await c.login(input(userAccount), { region });
    const order = { userAccount, orderType: 1, orderNum: `ORDER-${userAccount}` } as const;
    const create = () =>
      c.GET("/v3/third/sdk/order/create", {
        baseUrl: region.apiServer,
        params: { query: { ...order, deviceID: "10001", packageId: "p-1", quantity: 1 } },
      });
    const cancel = () =>
      c.GET("/v3/third/sdk/order/cancel", { baseUrl: region.apiServer, params: { query: order } });
    expect((await create()).data?.resultCode).toBe("1001");
    expect((await create()).data?.resultCode).toBe("1003");
    expect((await cancel()).data?.resultCode).toBe("1001");
    expect((await cancel()).data?.resultCode).toBe("4001");
    const state = (await (await fetch(`${baseUrl}/_iotdock/devices`)).json()) as {
      orders: Record<string, unknown>;
    };
    expect(state.orders[order.orderNum]).toEqual({ userAccount, orderType: "1", cancelled: true });
  });

  it("shows device state to loopback clients that name the sandbox, never to another Host", async () => {
    const { port } = new URL(baseUrl);
    const { request } = await import("node:http");
    const status = await new Promise<number>((resolve, reject) => {
      const r = request(
        { host: "127.0.0.1", port, path: "/_iotdock/devices", headers: { host: "evil.example" } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      r.on("error", reject);
      r.end();
    });
    expect(status).toBe(403);
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
