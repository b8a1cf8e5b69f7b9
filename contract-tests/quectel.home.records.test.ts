import { describe, expect, it } from "vitest";
import { attributeValue, quectelHome, requestExample } from "./support/quectel-home.js";

/**
 * The Quectel sandbox's home mode through the typed client: families with rooms hold devices, a scene
 * switches one and logs the run, automations and cloud timers are kept, changed and deleted. Every
 * answer is checked against the spec as it arrives.
 */

describe("Quectel sandbox: families, rooms, scenes, automations and timers", () => {
  const { twoUsers } = quectelHome();

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
    expect(
      attributeValue(await c.attributes(alice, { pk: plug.productKey, dk: plug.deviceKey }), "switch"),
    ).toBe("true");
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
