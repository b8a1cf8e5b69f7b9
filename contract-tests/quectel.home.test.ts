import { describe, expect, it } from "vitest";
import { attributeValue, quectelHome, statusWithHost } from "./support/quectel-home.js";

/**
 * The Quectel sandbox as a home full of devices, through the typed client: two users register as
 * an app would (codes read from the outbox), bind, control, read back, share, accept, unshare and
 * unbind a virtual device, log in through third parties, and read their messages. Every answer is
 * checked against the spec as it arrives. Families, rooms, scenes and timers: quectel.home.records.test.ts.
 */

const SCOOTER = { productKey: "p11u8a", deviceKey: "866123456789015", sn: "QSCOOT000001" };

describe("Quectel sandbox: a home full of devices, through the typed client", () => {
  const { client, catalogue, baseUrl: url, twoUsers } = quectelHome();
  const scooter = async () => (await catalogue()).devices.find((d) => d.deviceKey === SCOOTER.deviceKey);

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
      expect(await statusWithHost(url(), path, "example.com")).toBe(403);
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
    expect(
      attributeValue(await c.attributes(alice, { pk: SCOOTER.productKey, dk: SCOOTER.deviceKey }), "lock"),
    ).toBe("true");

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
});
