import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationError, VendorError } from "../src/core/errors.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import {
  EXAMPLE_ACCESS_KEY,
  EXAMPLE_ACCESS_SECRET,
  EXAMPLE_USER_DOMAIN,
  EXAMPLE_USER_DOMAIN_SECRET,
} from "../src/vendors/quectel/credentials.js";
import { createQuectelClient, createQuectelSaasClient, SaasMsgType } from "../src/vendors/quectel/index.js";
import { advanceClock } from "./support/clock.js";
import { attributeValue, registerTwoUsers } from "./support/quectel-home.js";
import { specCheckingFetch } from "./support/spec.js";

/**
 * The SaaS client against the Quectel sandbox: the AccessKey login and its token (kept, refreshed,
 * expired), the devices shared with the App API, queues and subscriptions with the pages' codes.
 * Every answer is checked against the SaaS spec as it arrives.
 */

const LOGIN = "/v2/quecauth/accessKeyAuthrize/accessKeyLogin";
const REFRESH = "/v2/quecauth/accessKeyAuthrize/refreshToken";
const DETAIL = "/v2/devicemgr/r3/openapi/device/detail";
const SCOOTER = { productKey: "p11u8a", deviceKey: "866123456789015" };

describe("Quectel SaaS API: the client against the sandbox, every answer valid against the spec", () => {
  let sandbox: SandboxHandle;
  let baseUrl = "";
  const problems: unknown[] = [];
  const paths: string[] = [];
  const checkingFetch = specCheckingFetch("quectel-saas", problems, paths);
  // The clients' clock follows the sandbox's when a test moves it (signed timestamps stay fresh).
  let offsetMs = 0;
  const clock = () => Date.now() + offsetMs;
  const client = (overrides: { accessKey?: string; accessSecret?: string; clock?: () => number } = {}) =>
    createQuectelSaasClient({
      baseUrl,
      accessKey: overrides.accessKey ?? EXAMPLE_ACCESS_KEY,
      accessSecret: overrides.accessSecret ?? EXAMPLE_ACCESS_SECRET,
      fetch: checkingFetch,
      clock: overrides.clock ?? clock,
    });
  const advance = async (seconds: number) => {
    offsetMs = await advanceClock(baseUrl, seconds);
  };

  beforeAll(async () => {
    sandbox = await startSandbox({
      vendors: ["quectel"],
      portBase: 0,
      env: {},
      log: () => {},
      clockControl: true,
    });
    baseUrl = sandbox.sandboxes[0]?.url ?? "";
  });
  afterAll(async () => {
    await sandbox.close();
    expect(problems).toEqual([]);
  });

  it("logs in with the page's rule and sends the QJWT token on every call", async () => {
    const c = client();
    const token = await c.token();
    expect(token).toMatch(/^QJWT [\w-]+\.[\w-]+\.[\w-]+$/);
    const detail = await c.deviceDetail(SCOOTER.productKey, SCOOTER.deviceKey);
    expect(detail).toMatchObject({ ...SCOOTER, deviceStatus: 1 });
    // One login for both calls: the token is kept.
    expect(paths.filter((p) => p === LOGIN)).toHaveLength(1);
  });

  it("refuses a wrong secret, an unknown key and a stale timestamp with 90047, as AuthenticationError", async () => {
    for (const c of [
      client({ accessSecret: "not-the-secret" }),
      client({ accessKey: "unknownKey000000000000" }),
      client({ clock: () => clock() - 11 * 60 * 1000 }),
    ]) {
      const error = await c.token().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ vendor: "quectel", operation: "accessKeyLogin", code: 90047 });
      // The message names the vendor and operation and carries no secret.
      expect(String((error as Error).message)).not.toContain("not-the-secret");
    }
  });

  it("answers 91001 without a token and 91004 with one it never issued", async () => {
    const url = `${baseUrl}${DETAIL}?productKey=${SCOOTER.productKey}&deviceKey=${SCOOTER.deviceKey}`;
    const none = await (await fetch(url)).json();
    expect(none).toMatchObject({ code: 91001, data: null });
    const forged = await (await fetch(url, { headers: { Authorization: "QJWT a.b.c" } })).json();
    expect(forged).toMatchObject({ code: 91004, data: null });
  });

  it("refresh: the same token within 30 minutes, a new one after; an expired token is renewed by the client", async () => {
    const c = client();
    const first = await c.token();
    const refresh = async (token: string) =>
      (
        await c.GET("/v2/quecauth/accessKeyAuthrize/refreshToken", {
          params: { query: { grant_type: "refresh_token", refresh_token: token } },
        })
      ).data;
    expect((await refresh(first))?.access_token).toBe(first);
    await advance(31 * 60);
    const second = (await refresh(first))?.access_token;
    expect(second).toMatch(/^QJWT /);
    expect(second).not.toBe(first);
    // Two hours on, the first token is dead: the sandbox says 91004 and the client logs in again.
    await advance(2 * 3600);
    const raw = await fetch(`${baseUrl}${DETAIL}?productKey=p11u8a&deviceKey=866123456789015`, {
      headers: { Authorization: first },
    });
    expect(await raw.json()).toMatchObject({ code: 91004 });
    const logins = paths.filter((p) => p === LOGIN).length;
    await expect(c.deviceDetail(SCOOTER.productKey, SCOOTER.deviceKey)).resolves.toMatchObject(SCOOTER);
    expect(paths.filter((p) => p === LOGIN).length).toBe(logins + 1);
  });

  it("renews the token through refreshToken an hour before its 2 hours are up (the page's advice), without a new login", async () => {
    const c = client();
    const first = await c.token();
    const logins = paths.filter((p) => p === LOGIN).length;
    const refreshes = paths.filter((p) => p === REFRESH).length;
    await advance(30 * 60);
    expect(await c.token()).toBe(first); // 90 minutes left: kept
    await advance(31 * 60);
    const renewed = await c.token(); // 59 minutes left: renewed
    expect(renewed).not.toBe(first);
    expect(paths.filter((p) => p === REFRESH).length).toBe(refreshes + 1);
    expect(paths.filter((p) => p === LOGIN).length).toBe(logins);
    await expect(c.deviceDetail(SCOOTER.productKey, SCOOTER.deviceKey)).resolves.toMatchObject(SCOOTER);
  });

  it("writes a property through the SaaS API that the App API reads back, and refuses a read-only one", async () => {
    const app = createQuectelClient({
      baseUrl,
      userDomain: EXAMPLE_USER_DOMAIN,
      userDomainSecret: EXAMPLE_USER_DOMAIN_SECRET,
      clock,
    });
    const { alice, aliceUid } = await registerTwoUsers(app, baseUrl);
    await app.bindBySn(alice, { pk: "p11x4d", sn: "QPLUG0000001" });
    const saas = client();
    const [result] = await saas.writeData("p11x4d", ["866123456789031"], { switch: true });
    expect(result).toMatchObject({ code: 200, productKey: "p11x4d", deviceKey: "866123456789031" });
    expect(result?.ticket).toMatch(/^\d{19}$/);
    const attributes = await app.attributes(alice, { pk: "p11x4d", dk: "866123456789031" });
    expect(attributeValue(attributes, "switch")).toBe("true");
    // The App's users are the SaaS application's end users, with the devices they bound.
    const info = await saas.call("enduserUserInfo", { query: { uid: aliceUid } });
    expect(info).toMatchObject({ uid: aliceUid });
    const users = await saas.call("enduserDomainUserList", { query: { userDomain: EXAMPLE_USER_DOMAIN } });
    expect(users.list?.map((u) => u?.uid)).toContain(aliceUid);
    const devices = await saas.enduserDevices(aliceUid);
    expect(devices.list?.map((d) => d?.deviceKey)).toContain("866123456789031");
    await expect(saas.call("enduserUserInfo", { query: { uid: "C0000000" } })).rejects.toMatchObject({
      code: 5041,
    });
    const refused = await saas
      .writeData("p11x4d", ["866123456789031"], { power: 3 })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(VendorError);
    expect(refused).toMatchObject({ code: 71038, operation: "deviceWriteData" });
  });

  it("answers each product's TSL model from the sandbox's catalogue", async () => {
    const catalogue = (await (await fetch(`${baseUrl}/_iotdock/devices`)).json()) as {
      products: { productKey: string; properties: { code: string; writable: boolean }[] }[];
    };
    for (const product of catalogue.products) {
      const tsl = await client().productTsl(product.productKey);
      expect(tsl?.profile?.productKey).toBe(product.productKey);
      expect(tsl?.properties?.map((p) => [p?.code, p?.subType])).toEqual(
        product.properties.map((p) => [p.code, p.writable ? "RW" : "R"]),
      );
    }
  });

  it("lists a product's devices with their online state from the sandbox", async () => {
    await fetch(`${baseUrl}/_iotdock/devices/online`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ productKey: "p11u8a", deviceKey: "866123456789023", online: false }),
    });
    const devices = await client().deviceList("p11u8a");
    const status = Object.fromEntries(devices.map((d) => [d?.deviceKey, d?.deviceStatus]));
    expect(status).toMatchObject({ "866123456789015": 1, "866123456789023": 0 });
  });

  it("queues and subscriptions: created, started, stopped, listed and deleted, with the pages' codes", async () => {
    const c = client();
    const queue = await c.createQueue("saasTestQueue", "test");
    expect(queue?.queueName).toBe("a.1361102453407744.saasTestQueue");
    await expect(c.createQueue("saasTestQueue")).rejects.toMatchObject({ code: 16001 });
    const id = await c.subscribe({
      subscribeName: "scooters",
      queueName: queue?.queueName ?? "",
      dataLevel: 1,
      productKey: "p11u8a",
      msgTypes: [SaasMsgType.online, SaasMsgType.tslProperties],
    });
    expect((await c.subscription(id))?.status).toBe(0);
    await c.startSubscription(id);
    await expect(c.startSubscription(id)).rejects.toMatchObject({ code: 16020 });
    await expect(c.deleteSubscription(id)).rejects.toMatchObject({ code: 16019 });
    await expect(c.deleteQueue(Number(queue?.id))).rejects.toMatchObject({ code: 16008 });
    expect((await c.subscriptions({})).map((s) => s.subscribeId)).toContain(id);
    expect((await c.subscription(id))?.msgType).toBe("1,6");
    await c.stopSubscription(id);
    await expect(c.stopSubscription(id)).rejects.toMatchObject({ code: 16021 });
    await c.deleteSubscription(id);
    await expect(c.subscription(id)).rejects.toMatchObject({ code: 16011 });
    await c.deleteQueue(Number(queue?.id));
    await expect(c.queue(Number(queue?.id))).rejects.toMatchObject({ code: 16002 });
  });
});
