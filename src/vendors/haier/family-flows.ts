import type { operations } from "../../../generated/haier.js";
import type { BodyOf, DataOf } from "../../core/call.js";
import { VendorError } from "../../core/errors.js";
import type { HaierCall } from "./flows.js";

type Data<I extends keyof operations> = DataOf<I, operations>;
type Body<I extends keyof operations> = BodyOf<I, operations>;

/** A scene rule (`IFTTT_jsonDataStructure.md`: `when.conditions`, `then.actions`). */
export type HaierSceneRule = NonNullable<Body<"addUserManualScene">["userSceneDto"]["rules"]>[number];

/** One property a scene action writes: the device (its MAC), the property's id, the value. */
export interface HaierSceneWrite {
  deviceId: string;
  componentId: string;
  propertyId: string;
  value: string;
}

export interface HaierFamilyFlows {
  /** Creates a family, then its rooms (on the ground floor); resolves with the family and the rooms. */
  createFamily(
    accessToken: string,
    input: { familyName: string; rooms?: string[] },
  ): Promise<{ familyId: string; rooms: { roomId: string; roomName: string }[] }>;
  deleteFamily(accessToken: string, familyId: string): Promise<void>;
  /**
   * The administrator invites a user (named `memberName` in the family, the user id unless given);
   * resolves with the invitation's code, which the user replies with.
   */
  inviteMember(
    accessToken: string,
    input: { familyId: string; userId: string; memberName?: string },
  ): Promise<string>;
  /** The invited user accepts (or refuses) with the invitation's code. */
  replyInvitation(
    accessToken: string,
    input: { familyId: string; inviteCode: string; agree?: boolean; memberName?: string },
  ): Promise<void>;
  removeMember(accessToken: string, input: { familyId: string; userId: string }): Promise<void>;
  leaveFamily(accessToken: string, familyId: string): Promise<void>;
  members(
    accessToken: string,
    familyId: string,
  ): Promise<NonNullable<Data<"getAllFamilyMembers">["familyMembers"]>>;
  /**
   * The owner shares a bound device into the family (unless it is in the family already: then it
   * only changes rooms), then places it in the room of that name. A device in another family is
   * refused (`E31111`).
   */
  moveDeviceToRoom(
    accessToken: string,
    input: { familyId: string; deviceId: string; roomName: string; deviceName?: string },
  ): Promise<void>;
  roomDevices(
    accessToken: string,
    input: { familyId: string; roomId: string },
  ): Promise<NonNullable<Data<"queryRoomDevices">["shareDevices"]>>;
  /** Creates a manual scene writing `writes`; resolves with its sceneId. */
  createScene(
    accessToken: string,
    input: {
      familyId: string;
      userId: string;
      sceneName: string;
      sceneDesc?: string;
      writes: HaierSceneWrite[];
    },
  ): Promise<string>;
  /** Switches a scene on or off. */
  enableScene(
    accessToken: string,
    input: { familyId: string; sceneId: string; enabled: boolean },
  ): Promise<void>;
  /** Runs a manual scene; resolves with the run's sn (getOperationLogInfo's `sequenceid`). */
  runScene(accessToken: string, input: { familyId: string; sceneId: string }): Promise<string>;
  sceneRun(
    accessToken: string,
    input: { familyId: string; sceneId: string; sn: string },
  ): Promise<Data<"getOperationLogInfo">>;
  deleteScene(accessToken: string, input: { familyId: string; sceneId: string }): Promise<void>;
}

export function haierFamilyFlows(call: HaierCall): HaierFamilyFlows {
  /** Whether a device is among a family's devices (every page read). */
  async function inFamily(accessToken: string, familyId: string, deviceId: string): Promise<boolean> {
    for (let pageNumber = 1; ; pageNumber++) {
      const page = await call("getFamilyDevices", {
        accessToken,
        path: { familyid: familyId },
        query: { pageNumber, pageSize: 100 },
      });
      const devices = page.shareDevs ?? [];
      if (devices.some((d) => d?.devInfo?.deviceId === deviceId)) return true;
      if (devices.length < 100) return false;
    }
  }
  return {
    async createFamily(accessToken, { familyName, rooms = [] }) {
      const created = await call("createFamily", {
        accessToken,
        body: { familyInfo: { familyName } } as Body<"createFamily">,
      });
      const familyId = String(created.familyInfo?.familyId ?? "");
      const made = [];
      for (const roomName of rooms) {
        const body = { roomInfo: { familyId, roomName } } as Body<"addRoomInfo">;
        const { roomInfo } = await call("addRoomInfo", { accessToken, body });
        made.push({ roomId: String(roomInfo?.roomId ?? ""), roomName });
      }
      return { familyId, rooms: made };
    },
    async deleteFamily(accessToken, familyId) {
      await call("deleteFamily", { accessToken, path: { familyId } });
    },
    async inviteMember(accessToken, { familyId, userId, memberName = userId }) {
      const body = { memberName } as Body<"inviteFamilyMember">;
      const answer = await call("inviteFamilyMember", {
        accessToken,
        path: { familyId, targetId: userId },
        body,
      });
      return String(answer.inviteCode ?? "");
    },
    async replyInvitation(accessToken, { familyId, inviteCode, agree = true, memberName }) {
      const body = {
        inviteCode,
        agree,
        ...(memberName ? { memberName } : {}),
      } as Body<"replyFamilyInvitation">;
      await call("replyFamilyInvitation", { accessToken, path: { familyId }, body });
    },
    async removeMember(accessToken, { familyId, userId }) {
      await call("deleteFamilyMember", { accessToken, path: { familyId, memberId: userId } });
    },
    async leaveFamily(accessToken, familyId) {
      await call("leaveFamily", { accessToken, path: { familyId } });
    },
    members: async (accessToken, familyId) =>
      (await call("getAllFamilyMembers", { accessToken, path: { familyId } })).familyMembers ?? [],
    async moveDeviceToRoom(accessToken, { familyId, deviceId, roomName, deviceName = deviceId }) {
      const permission = { authType: "home", auth: { view: true, set: false, control: true } };
      const shareDev = { devInfo: { deviceId }, devName: deviceName, devFamilyId: familyId, permission };
      await call("shareDeviceToFamily", {
        accessToken,
        body: { shareDev } as Body<"shareDeviceToFamily">,
      }).catch(async (error: unknown) => {
        // Already in a family (E31111): when it is this one, the device only changes rooms.
        if (!(error instanceof VendorError) || error.code !== "E31111") throw error;
        if (!(await inFamily(accessToken, familyId, deviceId))) throw error;
      });
      const move = { shareDevices: [{ familyId, devInfo: { deviceId }, devRoomName: roomName }] };
      await call("moveDevicesToRoom", { accessToken, body: move as Body<"moveDevicesToRoom"> });
    },
    roomDevices: async (accessToken, { familyId, roomId }) =>
      (
        await call("queryRoomDevices", {
          accessToken,
          body: { roomInfo: { familyId, roomId } } as Body<"queryRoomDevices">,
        })
      ).shareDevices ?? [],
    async createScene(accessToken, { familyId, userId, sceneName, sceneDesc = sceneName, writes }) {
      const actions = writes.map((w) => ({
        type: "DeviceControl",
        control: {
          componentId: w.componentId,
          object: { value: w.deviceId },
          args: [{ name: { id: w.propertyId }, value: { value: w.value } }],
        },
      }));
      // biome-ignore lint/suspicious/noThenProperty: the rule JSON's own key (IFTTT_jsonDataStructure.md)
      const rule = { then: { actions } };
      const userSceneDto = { sceneName, sceneDesc, familyId, userId, rules: [rule] };
      const answer = await call("addUserManualScene", {
        accessToken,
        body: { userSceneDto } as Body<"addUserManualScene">,
      });
      return String(answer ?? "");
    },
    async enableScene(accessToken, { familyId, sceneId, enabled }) {
      const body = { familyId, sceneId, status: enabled ? "1" : "0" } as Body<"operateUserScene">;
      await call("operateUserScene", { accessToken, body });
    },
    runScene: async (accessToken, { familyId, sceneId }) =>
      String((await call("triggerUserScene", { accessToken, body: { familyId, sceneId } })) ?? ""),
    sceneRun: async (accessToken, { familyId, sceneId, sn }) =>
      call("getOperationLogInfo", { accessToken, body: { familyId, sceneId, sequenceid: sn } }),
    async deleteScene(accessToken, { familyId, sceneId }) {
      await call("deleteAppScene", { accessToken, body: { familyId, sceneIds: [sceneId] } });
    },
  };
}
