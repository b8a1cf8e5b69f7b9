import { asList, asObject } from "../../../sandbox/shape.js";
import { type Behaviour, listOf, refuse, userOf } from "./call.js";
import { deviceOf } from "./catalogue.js";
import type { Collections } from "./collections.js";
import type { DeviceState } from "./devices.js";
import type { Messages } from "./messages.js";

/**
 * What ties the records to the devices (`x-iotdock-state` scene.execute, room.placeDevice) and the
 * message centre (message.list, message.read, message.delete).
 */

type Json = Record<string, unknown>;

/** `executionResult` of a scene log: 1 success, 2 failure, 3 partial. */
const RESULT = { all: 1, none: 2, some: 3 } as const;

export function activityBehaviours(
  devices: DeviceState,
  collections: Collections,
  messages: Messages,
): Record<string, Behaviour> {
  return {
    "scene.execute": (call) => {
      const uid = userOf(call);
      const scene = collections.get("scene", uid, call.value("sceneId"));
      if (!scene) return refuse(call, [5041], `no scene ${call.value("sceneId")} of this user`);
      const info = (scene.sceneInfo ?? {}) as Json;
      const executionList: Json[] = [];
      const failActionList: Json[] = [];
      for (const target of (info.metaDataList ?? []) as Json[]) {
        const device = deviceOf(String(target.productKey), String(target.deviceKey));
        const actions = (target.actionList ?? []) as Json[];
        const written = Object.fromEntries(actions.map((a) => [String(a.code), a.value]));
        const problems = !device
          ? ["no such device"]
          : !devices.role(uid, device, call.now)
            ? ["no permission for this device"]
            : devices.write(device, written, call.now);
        const row = {
          productKey: target.productKey,
          deviceKey: target.deviceKey,
          deviceName: target.deviceName,
        };
        executionList.push({
          ...row,
          executionResult: problems.length ? RESULT.none : RESULT.all,
          actionResultList: actions.map((action) => ({
            action,
            result: problems.length ? 2 : 1,
            reason: problems.join("; "),
            executionTime: call.now,
          })),
        });
        if (problems.length) failActionList.push({ ...row, reason: problems.join("; ") });
      }
      const failed = failActionList.length;
      const executeResult =
        failed === 0 ? RESULT.all : failed < executionList.length ? RESULT.some : RESULT.none;
      const log = collections.create(
        "sceneLog",
        uid,
        {
          fid: scene.fid,
          sceneId: info.sceneId,
          sceneName: info.name,
          sceneIcon: info.icon,
          executionTime: call.now,
          executionResult: executeResult,
          executionList,
          callType: 1,
        },
        call.now,
      );
      return {
        answer: asObject(call.example, {
          executionId: log.executionId,
          executeResult: failed === 0,
          executeTime: call.now,
          callType: 1,
          failActionList,
          failCount: failed,
          successCount: executionList.length - failed,
        }),
      };
    },
    "room.placeDevice": (call) => {
      const uid = userOf(call);
      const entries = (call.list ?? [call.body]) as Json[];
      const successList: Json[] = [];
      const failureList: Json[] = [];
      for (const entry of entries) {
        const device = deviceOf(String(entry.pk), String(entry.dk));
        const room = collections.get("room", uid, String(entry.newFrid ?? ""));
        const binding = device ? devices.binding(device) : undefined;
        const row = { pk: entry.pk, dk: entry.dk };
        if (!device || !room || binding?.owner !== uid) {
          failureList.push({ data: row, msg: !room ? "no such room" : "not a device of this user" });
          continue;
        }
        Object.assign(binding, { fid: room.fid, frid: room.frid });
        successList.push({ data: row });
      }
      return { answer: asObject(call.example, { successList, failureList }) };
    },
    "message.list": (call) => {
      const rows = messages.list(userOf(call), {
        msgType: call.value("msgType"),
        isRead: call.value("isRead"),
        dk: call.value("dk"),
        pk: call.value("pk"),
      });
      return { answer: asList(call.example, rows) };
    },
    "message.read": (call) => {
      const ids = listOf(call, "msgIdList");
      const read = messages.read(userOf(call), ids.length ? ids.join(",") : undefined, call.now);
      const failed = ids.filter((id) => !read.includes(id));
      return {
        answer: asObject(call.example, {
          successList: read.map((id) => ({ id })),
          failureList: failed.map((id) => ({ id, failureMsg: "no such message of this user" })),
        }),
      };
    },
    "message.delete": (call) => {
      const ids = [call.value("msgId"), ...listOf(call, "msgIdList")].filter((v): v is string => !!v);
      const { deleted } = messages.delete(userOf(call), ids.join(","));
      if (deleted.length === 0) return refuse(call, [5538, 5041], "no such message of this user");
      return undefined;
    },
  };
}
