import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadApi } from "../src/core/facts-files.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { EXAMPLE_USER_DOMAIN, EXAMPLE_USER_DOMAIN_SECRET } from "../src/vendors/quectel/credentials.js";
import { createQuectelClient, EmailCodeType, SmsCodeType } from "../src/vendors/quectel/index.js";
import { lastCodeSentTo } from "./support/outbox.js";
import { specValidator } from "./support/spec.js";

/**
 * The Quectel sandbox as a home full of devices, through the typed client: two users register as
 * an app would (codes read from the outbox), bind, control, read back, share, accept, unshare and
 * unbind a virtual device, keep families, rooms, scenes and timers, and read their messages. Every
 * answer is checked against the spec as it arrives.
 */

const API = loadApi("quectel");
const spec = specValidator("quectel.yaml");
const SCOOTER = { productKey: "p11u8a", deviceKey: "866123456789015", sn: "QSCOOT000001" };

interface Catalogue {
  products: { productKey: string; properties: { code: string; dataType: string; writable: boolean }[] }[];
  devices: {
    productKey: string;
    deviceKey: string;
    sn: string;
    owner: string | null;
    sharedWith: string[];
    properties: Record<string, unknown>;
  }[];
}

describe("Quectel sandbox: a home full of devices, through the typed client", () => {
  let sandbox: SandboxHandle;
  let baseUrl = "";
  const problems: unknown[] = [];

  const recordingFetch = async (request: Request) => {
    const response = await fetch(request);
    const path = new URL(request.url).pathname;
    const operation = API.find(request.method, path)?.operationId ?? `${request.method} ${path}`;
    const body = await response.clone().json();
    const errors = spec.responseErrors(operation, response.status, body);
    if (errors.length) problems.push({ operation, errors, body });
    return response;
  };
  const client = () =>
    createQuectelClient({
      baseUrl,
      userDomain: EXAMPLE_USER_DOMAIN,
      userDomainSecret: EXAMPLE_USER_DOMAIN_SECRET,
      fetch: recordingFetch,
    });
  const catalogue = async () => (await (await fetch(`${baseUrl}/_iotdock/devices`)).json()) as Catalogue;
  const scooter = async () => (await catalogue()).devices.find((d) => d.deviceKey === SCOOTER.deviceKey);

  beforeAll(async () => {
    sandbox = await startSandbox({ vendors: ["quectel"], portBase: 0, env: {}, log: () => {} });
    baseUrl = sandbox.sandboxes[0]?.url ?? "";
  });
  afterAll(async () => {
    await sandbox.close();
    expect(problems).toEqual([]);
  });

  /** Alice registers by e-mail, Bob by phone, each with the code the sandbox "sent". */
  async function twoUsers() {
    const c = client();
    const email = `alice-${Date.now()}@example.com`;
    await c.sendEmailCode({ email, emailType: EmailCodeType.register });
    const code = await lastCodeSentTo(baseUrl, email);
    expect(code).toMatch(/^\d{6}$/);
    const aliceUid = await c.registerByEmail({ email, code, password: "Alice-1234" });
    const alice = (await c.loginByEmail({ email, password: "Alice-1234" })).accessToken.token;
    const phone = `171${String(Date.now()).slice(-8)}`;
    await c.sendSmsCode({ phone, internationalCode: "86", codeType: SmsCodeType.register });
    const { uid: bobUid } = await c.register({
      phone,
      internationalCode: "86",
      password: "Bob-12345",
      smsCode: await lastCodeSentTo(baseUrl, `86 ${phone}`),
      agreementList: [{ protocolType: 1, privacyVersion: "1.0.0" }],
    });
    const bob = (await c.login({ phone, internationalCode: "86", password: "Bob-12345" })).accessToken.token;
    return { c, alice, aliceUid: String(aliceUid), bob, bobUid };
  }

  it("lists its virtual devices with their TSL properties at GET /_iotdock/devices (loopback only)", async () => {
    const { products, devices } = await catalogue();
    const product = products.find((p) => p.productKey === SCOOTER.productKey);
    expect(product?.properties).toContainEqual({
      id: 1,
      code: "lock",
      name: "Lock",
      dataType: "BOOL",
      writable: true,
      values: { false: "Unlocked", true: "Locked" },
    });
    expect(product?.properties.find((p) => p.code === "speed")?.writable).toBe(false);
    expect(devices.find((d) => d.deviceKey === SCOOTER.deviceKey)).toMatchObject({ ...SCOOTER, owner: null });
    // Named by another Host (a DNS-rebound name), the test routes refuse.
    for (const path of ["/_iotdock/devices", "/_iotdock/outbox"])
      expect(await statusWithHost(baseUrl, path, "example.com")).toBe(403);
  });

  it("register → login → bind → control → read back → share → accept → unshare → unbind → logout", async () => {
    const { c, alice, aliceUid, bob, bobUid } = await twoUsers();
    expect((await c.userInfo(alice)).uid).toBe(aliceUid);

    await c.bindBySn(alice, { pk: SCOOTER.productKey, sn: SCOOTER.sn, deviceName: "Alice's scooter" });
    expect((await scooter())?.owner).toBe(aliceUid);
    const mine = await c.userDeviceList(alice);
    expect(mine.list?.map((d) => [d.deviceKey, d.deviceName])).toEqual([
      [SCOOTER.deviceKey, "Alice's scooter"],
    ]);
    // Bound by another user, unknown: the pages' codes.
    await expect(c.bindByDk(bob, { pk: SCOOTER.productKey, dk: SCOOTER.deviceKey })).rejects.toMatchObject({
      code: 5049,
    });
    await expect(c.bindBySn(bob, { pk: SCOOTER.productKey, sn: "NO-SUCH-SN" })).rejects.toMatchObject({
      code: 5553,
    });
    await expect(c.deviceInfo(bob, { pk: SCOOTER.productKey, dk: SCOOTER.deviceKey })).rejects.toMatchObject({
      code: 5041,
    });

    const written = await c.control(alice, [SCOOTER], { lock: false, ride_mode: 3 });
    expect(written.successList).toHaveLength(1);
    const readOnly = await c.control(alice, [SCOOTER], { speed: 30 });
    expect(readOnly.failureList?.[0]?.msg).toContain("read-only");
    expect((await scooter())?.properties).toMatchObject({ lock: false, ride_mode: 3, speed: 0 });
    const attributes = await c.attributes(alice, { pk: SCOOTER.productKey, dk: SCOOTER.deviceKey });
    const value = (code: string) =>
      attributes.customizeTslInfo?.find((a) => a.resourceCode === code)?.resourceValce;
    expect([value("lock"), value("ride_mode")]).toEqual(["false", "3"]);
    const history = await c.propertyHistory(alice, {
      pk: SCOOTER.productKey,
      dk: SCOOTER.deviceKey,
      attributeCode: "lock",
      startTimestamp: Date.now() - 60_000,
      endTimestamp: Date.now() + 60_000,
    });
    // As text, like the business attributes' values (the spec's reading of the page's `object`).
    expect(history.list?.map((row) => [row.propertyCode, row.propertyValue])).toEqual([["lock", "false"]]);

    const shareCode = await c.createShare(alice, {
      pk: SCOOTER.productKey,
      dk: SCOOTER.deviceKey,
      acceptingExpireAt: Date.now() + 3_600_000,
    });
    expect(typeof shareCode).toBe("string");
    await c.acceptShare(bob, { shareCode: String(shareCode), deviceName: "Borrowed scooter" });
    // Used: the page lists no "already accepted" code for shareDevice, so the code is spent (5137).
    await expect(c.acceptShare(bob, { shareCode: String(shareCode) })).rejects.toMatchObject({ code: 5137 });
    const bobs = await c.userDeviceList(bob);
    expect(bobs.list?.[0]).toMatchObject({
      deviceKey: SCOOTER.deviceKey,
      deviceName: "Borrowed scooter",
      ownerUid: aliceUid,
      shareCode,
      deviceType: 2,
    });
    const shares = await c.shareUsers(alice, { pk: SCOOTER.productKey, dk: SCOOTER.deviceKey });
    expect(shares.map((s) => s.shareInfo?.shareUid)).toEqual([bobUid]);
    // The sharee controls the device; the owner reads the change.
    await c.control(bob, [SCOOTER], { lock: true });
    expect(value2(await c.attributes(alice, { pk: SCOOTER.productKey, dk: SCOOTER.deviceKey }), "lock")).toBe(
      "true",
    );

    await c.cancelShare(alice, String(shareCode));
    expect((await c.userDeviceList(bob)).list).toEqual([]);
    await expect(c.control(bob, [SCOOTER], { lock: false })).resolves.toMatchObject({
      successList: [],
      failureList: [{ msg: "no permission for this device" }],
    });
    await expect(c.unbind(bob, { pk: SCOOTER.productKey, dk: SCOOTER.deviceKey })).rejects.toMatchObject({
      code: 5052,
    });
    await c.unbind(alice, { pk: SCOOTER.productKey, dk: SCOOTER.deviceKey });
    expect((await scooter())?.owner).toBeNull();
    expect((await c.userDeviceList(alice)).list).toEqual([]);
    await c.logout(alice);
    await c.logout(bob);
    await expect(c.userDeviceList(alice)).rejects.toMatchObject({ code: 5032 });
  });

  it("signs the third-party logins for the caller; the sandbox keeps one account per identity", async () => {
    const c = client();
    const apple = async (identityToken: string) => {
      const pair = await c.call("appleAuthLogin", { query: { identityToken } });
      return (await c.userInfo(pair.accessToken.token)).uid;
    };
    const first = await apple("apple-identity-1");
    expect(first).toMatch(/^C\d{7}$/);
    expect(await apple("apple-identity-1")).toBe(first);
    expect(await apple("apple-identity-2")).not.toBe(first);
    const wechat = await c.call("wechatMiniprogramAuthLogin", {
      query: { appId: "wx8a1b2c3d4e5f6a7b", jsCode: "0a3X" },
    });
    expect(wechat.accessToken.token).toMatch(/^Bearer /);
  });

  it("keeps messages of device events that can be read and deleted", async () => {
    const { c, alice } = await twoUsers();
    await c.bindByDk(alice, { pk: "p11x4d", dk: "866123456789031" });
    await c.control(alice, [{ productKey: "p11x4d", deviceKey: "866123456789031" }], { switch: true });
    const page = await c.messages(alice, { isRead: false });
    expect(page.list?.map((m) => m.content)).toEqual(['Properties changed: {"switch":true}', "Device bound"]);
    const [first, second] = page.list ?? [];
    const read = await c.readMessages(alice, [String(first?.id)]);
    expect(read.successList?.map((r) => r.id)).toEqual([first?.id]);
    expect((await c.messages(alice, { isRead: false })).list?.map((m) => m.id)).toEqual([second?.id]);
    await c.deleteMessage(alice, String(second?.id));
    await expect(c.deleteMessage(alice, String(second?.id))).rejects.toMatchObject({ code: 5538 });
    expect((await c.messages(alice)).list?.map((m) => m.id)).toEqual([first?.id]);
    await c.unbind(alice, { pk: "p11x4d", dk: "866123456789031" });
  });

  it("families and rooms hold devices; a scene switches one and logs it; timers are kept", async () => {
    const { c, alice, bob } = await twoUsers();
    const plug = { productKey: "p11x4d", deviceKey: "866123456789049" };
    await expect(c.addFamily(alice, { familyName: "Home" })).rejects.toMatchObject({ code: 5635 });
    await c.setHomeMode(alice, true);
    const family = await c.addFamily(alice, { familyName: "Home", familyRoomList: ["Kitchen"] });
    const fid = String(family.fid);
    expect((await c.families(alice)).list?.map((f) => [f.fid, f.familyName])).toEqual([[fid, "Home"]]);
    const rooms = await c.rooms(alice, { fid });
    const frid = String(rooms.list?.[0]?.frid);
    expect(rooms.list?.map((r) => r.roomName)).toEqual(["Kitchen"]);
    await c.setHomeMode(bob, true);
    await expect(
      c.call("setFamily", { accessToken: bob, query: { fid, familyName: "Mine" } }),
    ).rejects.toMatchObject({ code: 5041 });

    await c.bindByDk(alice, { pk: plug.productKey, dk: plug.deviceKey });
    await c.moveToRoom(alice, [{ pk: plug.productKey, dk: plug.deviceKey, newFrid: frid }]);
    expect((await c.familyDevices(alice, { fid })).list?.map((d) => [d.deviceKey, d.frid])).toEqual([
      [plug.deviceKey, frid],
    ]);
    expect(
      (await c.call("getFamilyRoomDeviceList", { accessToken: alice, query: { frid } })).list,
    ).toHaveLength(1);

    const sceneId = await c.call("sceneCreate", {
      accessToken: alice,
      body: {
        fid,
        sceneInfo: {
          name: "Kitchen on",
          metaDataList: [
            {
              ...plug,
              deviceType: 1,
              actionList: [
                {
                  id: 1,
                  type: "PROPERTY",
                  code: "switch",
                  name: "Power switch",
                  dataType: "BOOL",
                  value: true,
                },
              ],
            },
          ],
        },
      } as never,
    });
    expect(
      (await c.call("selectSceneList", { accessToken: alice, query: { fid } })).list?.map(
        (s) => s.sceneInfo?.sceneId,
      ),
    ).toEqual([sceneId]);
    const run = await c.call("sceneExecute", {
      accessToken: alice,
      body: { sceneId: String(sceneId), fid } as never,
    });
    expect(run).toMatchObject({ executeResult: true, successCount: 1, failCount: 0 });
    expect(value2(await c.attributes(alice, { pk: plug.productKey, dk: plug.deviceKey }), "switch")).toBe(
      "true",
    );
    const logs = await c.call("selectSceneLogList", {
      accessToken: alice,
      body: { fid, lastExecutionId: 0, limit: 10 } as never,
    });
    expect(logs.map((l) => [l.sceneId, l.executionId, l.executionResult])).toEqual([
      [sceneId, run.executionId, 1],
    ]);
    await c.call("sceneDelete", { accessToken: alice, query: { sceneId: String(sceneId), fid } as never });
    expect((await c.call("selectSceneList", { accessToken: alice, query: { fid } })).list).toEqual([]);

    const job = await c.call("addCornJob", {
      accessToken: alice,
      body: {
        pk: plug.productKey,
        dk: plug.deviceKey,
        type: "once",
        enabled: true,
        timeZone: "+08:00",
        timers: [{ time: "07:30:00", action: '[{"switch":true}]' }],
      } as never,
    });
    const ruleId = String(job.ruleId);
    const jobs = await c.call("getCronJobList", {
      accessToken: alice,
      query: { pk: plug.productKey, dk: plug.deviceKey },
    });
    expect(jobs.list?.map((j) => [j?.ruleId, j?.type])).toEqual([[ruleId, "once"]]);
    const deleted = await c.call("batchDeleteCronJob", {
      accessToken: alice,
      body: { ruleIdList: [ruleId] } as never,
    });
    expect(deleted.successList?.map((r) => r.ruleId)).toEqual([ruleId]);

    // An automation: saved from the spec's own example, listed, switched off, read, deleted.
    const rule = { ...(requestExample("automationSave") as object), fid };
    const automationId = await c.call("automationSave", { accessToken: alice, body: rule as never });
    const automations = () =>
      c.call("automationList", { accessToken: alice, query: { fid, page: 1, pageSize: 10 } as never });
    expect((await automations()).list?.map((a) => a.automationId)).toEqual([automationId]);
    await c.call("automationStatus", {
      accessToken: alice,
      query: { automationId, status: false, fid } as never,
    });
    expect((await automations()).list?.map((a) => a.status)).toEqual([false]);
    const detail = await c.call("automationDetail", {
      accessToken: alice,
      query: { automationId, fid } as never,
    });
    expect(detail.name).toBe((rule as unknown as { name: string }).name);
    await c.call("automationDelete", { accessToken: alice, query: { automationId, fid } as never });
    expect((await automations()).list).toEqual([]);

    await c.call("deleteFamilyRoom", { accessToken: alice, body: [frid] as never });
    expect((await c.rooms(alice, { fid })).list).toEqual([]);
    await c.unbind(alice, { pk: plug.productKey, dk: plug.deviceKey });
  });
});

/** The JSON request example of an operation in the bundled spec. */
function requestExample(operationId: string): unknown {
  const op = API.byId.get(operationId);
  const paths = API.spec.paths as Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { example?: unknown }> } }>
  >;
  return paths[op?.path ?? ""]?.[op?.method.toLowerCase() ?? ""]?.requestBody?.content["application/json"]
    ?.example;
}

/** The HTTP status of a GET sent with a chosen Host header (fetch does not let a caller set it). */
function statusWithHost(baseUrl: string, path: string, host: string): Promise<number> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

function value2(
  attributes: { customizeTslInfo?: { resourceCode?: string; resourceValce?: string | null }[] | null },
  code: string,
) {
  return attributes.customizeTslInfo?.find((a) => a.resourceCode === code)?.resourceValce;
}
