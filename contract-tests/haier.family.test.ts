import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandboxCredentials } from "../src/core/sandbox-credentials.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { EXAMPLE_CLIENT_KEY, EXAMPLE_CLIENT_SECRET } from "../src/vendors/haier/credentials.js";
import { createHaierCallbackHandler, createHaierClient } from "../src/vendors/haier/index.js";
import { specCheckingFetch } from "./support/spec.js";

/**
 * Haier's families and scenes against the sandbox, through the typed client, end to end over
 * HTTP: alice builds a family with a room and two members (bob, carol), places her bound air
 * conditioner in the room, bob builds a scene that switches it, runs it, and everyone reads the
 * device's state and the scene's log; then everything is torn down. Roles are enforced (a member
 * cannot delete the family), and scene rules that break the device are refused with B00004. Every
 * answer is checked against the spec as it arrives.
 */

const AC = "DC330D01FBF1";
const USERS: Record<string, string> = {
  "alice-code": "alice-0001",
  "bob-code": "bob-0002",
  "carol-code": "carol-0003",
};

interface DeviceView {
  deviceId: string;
  componentId: string;
  values: Record<string, string>;
  properties: { name: string; propertyId: string; writable: boolean }[];
}

describe("Haier UWS families and scenes: family + 2 members + room + device + scene run + log + teardown", () => {
  let sandbox: SandboxHandle;
  let customer: Server;
  const problems: unknown[] = [];
  const checkingFetch = specCheckingFetch("haier", problems);
  const client = () =>
    createHaierClient({
      baseUrl: sandbox.sandboxes[0]?.url ?? "",
      ...sandboxCredentials.haier,
      fetch: checkingFetch,
    });
  const device = async (): Promise<DeviceView> => {
    const view = (await (await fetch(`${sandbox.sandboxes[0]?.url}/_iotdock/devices`)).json()) as {
      devices: DeviceView[];
    };
    return view.devices.find((d) => d.deviceId === AC) as DeviceView;
  };

  beforeAll(async () => {
    const login = createHaierCallbackHandler({
      clientKey: EXAMPLE_CLIENT_KEY,
      clientSecret: EXAMPLE_CLIENT_SECRET,
      verifyCode: (code) => USERS[code] ?? null,
    });
    customer = createServer(login.node);
    await new Promise<void>((resolve) => customer.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(customer.address() as AddressInfo).port}`;
    sandbox = await startSandbox({
      vendors: ["haier"],
      portBase: 0,
      env: { HAIER_CALLBACK_URL: `${url}/haier/verify-code` },
      log: () => {},
    });
  });
  afterAll(async () => {
    await sandbox.close();
    await new Promise((resolve) => customer.close(resolve));
    expect(problems).toEqual([]);
  });

  it("runs the scenario", async () => {
    const c = client();
    const [alice, bob, carol] = (await Promise.all(
      ["alice-code", "bob-code", "carol-code"].map(async (code) => (await c.login(code)).accessToken),
    )) as [string, string, string];
    await c.bind(alice, { deviceId: AC, name: "Living room AC", data: "5f10bf4f5af08db934c8165c32140227" });

    // A family with a room; two members join by invitation (with the invitation's code).
    const { familyId, rooms } = await c.createFamily(alice, { familyName: "Home", rooms: ["客厅"] });
    const room = rooms[0] as { roomId: string; roomName: string };
    for (const [token, userId] of [
      [bob, "bob-0002"],
      [carol, "carol-0003"],
    ] as const) {
      const inviteCode = await c.inviteMember(alice, { familyId, userId });
      expect(inviteCode).toMatch(/^\d{6}$/);
      await expect(
        c.replyInvitation(token, { familyId, inviteCode: inviteCode === "999999" ? "100000" : "999999" }),
      ).rejects.toMatchObject({ vendor: "haier", operation: "replyFamilyInvitation", code: "E31133" });
      await c.replyInvitation(token, { familyId, inviteCode, memberName: userId.split("-")[0] });
    }
    const members = await c.members(bob, familyId);
    expect(members.map((m) => m?.memberInfo?.userId).sort()).toEqual([
      "alice-0001",
      "bob-0002",
      "carol-0003",
    ]);
    // A member cannot delete the family, nor remove another member.
    await expect(c.deleteFamily(bob, familyId)).rejects.toMatchObject({
      operation: "deleteFamily",
      code: "E31104",
    });
    await expect(c.removeMember(bob, { familyId, userId: "carol-0003" })).rejects.toMatchObject({
      code: "E31104",
    });

    // A second floor with a study; the family's floors and rooms list it.
    const upstairs = await c.call("addRoomsToFloor", {
      accessToken: alice,
      body: { familyId, floorOrderId: "2", roomInfos: [{ roomName: "书房" }] } as never,
    });
    const floorId = String(upstairs.roomInfos?.[0]?.floorId);
    const onFloor = await c.call("queryFloorRooms", {
      accessToken: bob,
      body: { familyId, floorId } as never,
    });
    expect(onFloor.roomInfos?.map((r) => r?.roomName)).toEqual(["书房"]);
    const floors = await c.call("getFloorList", { accessToken: carol, body: { familyId } as never });
    expect(floors.floorInfos?.map((f) => [f?.floorId, f?.floorName])).toEqual([[floorId, "二层"]]);

    // The bound device goes into the room; the family's members may now use it.
    await c.moveDeviceToRoom(alice, { familyId, deviceId: AC, roomName: "客厅" });
    const inRoom = await c.roomDevices(carol, { familyId, roomId: room.roomId });
    expect(inRoom.map((d) => d?.devInfo?.deviceId)).toEqual([AC]);
    expect((await c.devices(bob)).map((d) => d?.deviceId)).toEqual([AC]);
    // Only its owner, or the family's administrator, takes the device out of the family.
    await expect(
      c.call("cancelFamilyShare", { accessToken: bob, path: { familyId, devId: AC } }),
    ).rejects.toMatchObject({ code: "E31129" });
    await expect(
      c.call("cancelFamilyShareByFamilyAdmin", { accessToken: carol, path: { familyId, devId: AC } }),
    ).rejects.toMatchObject({ code: "E31104" });
    const placed = await c.call("getDeviceRooms", { accessToken: bob, body: { familyId } as never });
    expect(placed.deviceAndRooms?.map((d) => [d?.deviceId, d?.room])).toEqual([[AC, "客厅"]]);
    // Moved again, already in the family: it only changes rooms (upstairs and back).
    await c.moveDeviceToRoom(alice, { familyId, deviceId: AC, roomName: "书房" });
    const moved = await c.call("getDeviceRooms", { accessToken: bob, body: { familyId } as never });
    expect(moved.deviceAndRooms?.map((d) => [d?.deviceId, d?.room])).toEqual([[AC, "书房"]]);
    await c.moveDeviceToRoom(alice, { familyId, deviceId: AC, roomName: "客厅" });

    // Bob's scene switches the air conditioner on at 20 °C, named by the ids the sandbox lists.
    const view = await device();
    const id = (name: string) => view.properties.find((p) => p.name === name)?.propertyId ?? "";
    const write = (name: string, value: string) => ({
      deviceId: AC,
      componentId: view.componentId,
      propertyId: id(name),
      value,
    });
    expect(view.values).toMatchObject({ onOffStatus: "false", targetTemperature: "26" });
    // Rules that break the device are refused with the common code for a parameter off the rules.
    for (const writes of [[write("indoorTemperature", "20")], [write("targetTemperature", "99")]])
      await expect(
        c.createScene(bob, { familyId, userId: "bob-0002", sceneName: "Bad", writes }),
      ).rejects.toMatchObject({ operation: "addUserManualScene", code: "B00004" });
    // So is rule JSON off the schema: an action without its type.
    const broken = {
      sceneName: "Broken",
      sceneDesc: "no action type",
      familyId,
      userId: "bob-0002",
      // biome-ignore lint/suspicious/noThenProperty: the rule JSON's own key (IFTTT_jsonDataStructure.md)
      rules: [{ then: { actions: [{ control: { componentId: view.componentId, args: [] } }] } }],
    };
    await expect(
      c.call("addUserManualScene", { accessToken: bob, body: { userSceneDto: broken } as never }),
    ).rejects.toMatchObject({ code: "B00004" });

    const sceneId = await c.createScene(bob, {
      familyId,
      userId: "bob-0002",
      sceneName: "Warm up",
      writes: [write("onOffStatus", "true"), write("targetTemperature", "20")],
    });
    await c.enableScene(bob, { familyId, sceneId, enabled: true });
    // Alice's platform scene: when the air conditioner is set below 22 °C, it switches to heating.
    const cond = { componentId: view.componentId, object: { value: AC } };
    const heating = await c.call("addUserScene", {
      accessToken: alice,
      body: {
        userSceneDto: {
          sceneName: "Heat when cold",
          sceneDesc: "below 22 °C, heat",
          familyId,
          userId: "alice-0001",
          rules: [
            {
              when: {
                conditions: [
                  {
                    ...cond,
                    key: { id: id("targetTemperature") },
                    operationSign: "lessThan",
                    value: { value: "22" },
                  },
                ],
              },
              // biome-ignore lint/suspicious/noThenProperty: the rule JSON's own key (IFTTT_jsonDataStructure.md)
              then: {
                actions: [
                  {
                    type: "DeviceControl",
                    control: {
                      ...cond,
                      args: [{ name: { id: id("operationMode") }, value: { value: "4" } }],
                    },
                  },
                ],
              },
            },
          ],
        },
      } as never,
    });
    expect(heating).toMatch(/^[0-9a-f]{32}$/);
    expect((await device()).values.operationMode).toBe("1");
    // The scene portal's view of the device gives the same ids the rules use.
    const functions = await c.call("findDeviceFunctions", {
      accessToken: bob,
      body: { familyId, deviceId: AC },
    });
    expect(functions.sysProps?.componentId).toBe(view.componentId);
    expect(functions.actions?.map((a) => [a?.propName, a?.propId])).toEqual(
      view.properties.filter((p) => p.writable).map((p) => [p.name, p.propertyId]),
    );
    // Every action of bob's scene can run; his scene and alice's name the air conditioner.
    const judged = await c.call("judgeRule", { accessToken: bob, body: { sceneId } });
    expect(Object.values(judged.ruleMap ?? {}).map((actions) => actions.length)).toEqual([2]);
    const naming = await c.call("listSceneBySettings", {
      accessToken: carol,
      body: { familyId, param: { id: AC }, limit: 10, cursor: 0 } as never,
    });
    expect((naming.list as { id?: string }[] | undefined)?.map((s) => s.id).sort()).toEqual(
      [heating, sceneId].sort(),
    );
    const sn = await c.runScene(bob, { familyId, sceneId });

    // The device changed: read back through the device APIs, by its owner, and in the sandbox.
    expect(await c.lastStatus(alice, AC)).toMatchObject({ onOffStatus: "true", targetTemperature: "20" });
    expect((await device()).values).toMatchObject({ onOffStatus: "true", targetTemperature: "20" });
    // The run's log, by its sn, for any member.
    const log = await c.sceneRun(carol, { familyId, sceneId, sn });
    expect(log).toMatchObject({
      sceneId,
      familyId,
      sn,
      status: 1,
      operationResult: "执行成功",
      operationType: 3,
    });
    expect(log.actionResultList?.[0]?.info).toEqual([
      { execResult: true, execResultCode: "00000", execResultInfo: "成功", deviceId: AC },
    ]);
    // Bob's run set 20 °C: alice's platform scene ran by itself, after it, and switched to heating.
    expect(await c.lastStatus(alice, AC)).toMatchObject({ operationMode: "4" });
    const newest = await c.call("getNewOperationLog", { accessToken: alice, body: { familyId, limit: 10 } });
    expect(newest.map((l) => [l?.sceneId, l?.status])).toEqual([
      [heating, 1],
      [sceneId, 1],
      [sceneId, 1], // switched on by enableScene
    ]);
    expect(newest[1]).toMatchObject({ sn });
    // A second run writes 20 °C again: the condition held already, so the platform scene stays still.
    await c.runScene(bob, { familyId, sceneId });
    const again = await c.call("getNewOperationLog", { accessToken: alice, body: { familyId, limit: 10 } });
    expect(again.map((l) => l?.sceneId).slice(0, 2)).toEqual([sceneId, heating]);

    // Alice tags bob's scene; it stays bob's, and the family's tags list the tag.
    await c.call("updateSceneTag", {
      accessToken: alice,
      body: { sceneId, familyId, sceneTagList: [{ id: "31", name: "客厅" }] } as never,
    });
    const detail = await c.call("getSceneDetailBySceneId", { accessToken: carol, body: { sceneId } });
    expect(detail).toMatchObject({ id: sceneId, userId: "bob-0002", sceneName: "Warm up" });
    expect(detail.tagList).toEqual([{ id: "31", name: "客厅" }]);
    const tags = await c.call("listSceneTagByFamily", { accessToken: bob, body: { familyId } });
    expect(tags.tagList).toEqual([{ id: "31", name: "客厅" }]);

    // Teardown: the scene, the members, the family, the device.
    await c.deleteScene(bob, { familyId, sceneId });
    await expect(
      c.call("getSceneDetailBySceneId", { accessToken: bob, body: { sceneId } }),
    ).rejects.toMatchObject({ code: "B00004" });
    await c.removeMember(alice, { familyId, userId: "carol-0003" });
    await c.leaveFamily(bob, familyId);
    expect(await c.devices(bob)).toEqual([]);
    expect((await c.members(alice, familyId)).map((m) => m?.memberInfo?.userId)).toEqual(["alice-0001"]);
    await c.deleteFamily(alice, familyId);
    await expect(c.call("getFamily", { accessToken: alice, path: { familyId } })).rejects.toMatchObject({
      code: "E31108",
    });
    await c.unbind(alice, AC);
    expect(await c.devices(alice)).toEqual([]);
  });

  it("lets users in by QR code and by application, and virtual members come and go", async () => {
    const c = client();
    const [alice, bob, carol] = (await Promise.all(
      ["alice-code", "bob-code", "carol-code"].map(async (code) => (await c.login(code)).accessToken),
    )) as [string, string, string];
    const { familyId } = await c.createFamily(alice, { familyName: "Cottage" });
    const ids = async () => (await c.members(alice, familyId)).map((m) => m?.memberInfo?.userId).sort();

    // A QR code names the family and who showed it; scanning it joins.
    const shown = await c.call("getFamilyQrCode", {
      accessToken: alice,
      body: { familyId, timeout: 60 } as never,
    });
    const token = new URL(String(shown.qrcode)).searchParams.get("token") ?? "";
    const info = await c.call("getQrCodeFamilyInfo", { accessToken: bob, body: { qrCode: token } });
    expect(info).toMatchObject({
      familyInfo: { familyId, familyName: "Cottage" },
      inviter: { userId: "alice-0001" },
    });
    await expect(
      c.call("joinFamilyByQrCode", {
        accessToken: bob,
        body: { familyQRCode: "0".repeat(32), userFamilyName: "bob" },
      }),
    ).rejects.toMatchObject({ code: "B00004" });
    const joined = await c.call("joinFamilyByQrCode", {
      accessToken: bob,
      body: { familyQRCode: token, userFamilyName: "bob" },
    });
    expect(joined.familyId).toBe(familyId);

    // An application is answered by the administrator only.
    const applied = await c.call("applyToJoinFamily", { accessToken: carol, body: { familyId } as never });
    const applicationId = String(applied.payload?.applicationId);
    const reply = (token: string) =>
      c.call("replyJoinApplication", { accessToken: token, body: { applicationId, agree: "true" } as never });
    await expect(reply(bob)).rejects.toMatchObject({ code: "E31104" });
    await reply(alice);
    expect(await ids()).toEqual(["alice-0001", "bob-0002", "carol-0003"]);

    // A virtual member, then gone again.
    const virtual = await c.call("addVirtualFamilyMember", {
      accessToken: bob,
      body: { familyId, userFamilyName: "grandma", virtualUCId: "237" } as never,
    });
    const virtualUserId = String(virtual.virtualUserId);
    expect(await ids()).toContain(virtualUserId);
    await c.call("removeVirtualFamilyMember", {
      accessToken: bob,
      body: { familyId, virtualUserId } as never,
    });
    expect(await ids()).toEqual(["alice-0001", "bob-0002", "carol-0003"]);
    await c.deleteFamily(alice, familyId);
  });
});
