import { randomBytes } from "node:crypto";
import { first, shaped } from "../../../sandbox/shape.js";
import { isObject, isRefusal, type Json, ok, type Refusal, refuse } from "./answers.js";
import type { HaierVirtualDevice } from "./catalogue.js";
import type { HaierMessage, HaierState } from "./state.js";

/**
 * The Haier operations answered from the sandbox's state (`x-iotdock-state` device.*, share.*,
 * message.*, shadow.info): binding, lists and status of the virtual devices, property writes and
 * operations, batch commands with their results, sharing, messages. Answers are the spec's example
 * with the state poured into its shape, so they stay valid against the spec.
 */

export interface HaierCall {
  uid: string;
  /** A path parameter, else a query parameter, else a top-level body field. */
  value(name: string): string | undefined;
  body: Json;
  example: Json;
  now: number;
  /** Whether the spec lists `code` for the operation. */
  answers(code: string): boolean;
}

export type HaierBehaviour = (call: HaierCall) => Json | Refusal;

/** The code for a device the user may not use (当前用户与该设备不匹配). */
const NOT_YOURS = "G20202";
const BAD_PARAMETER = "B00004";
/** The business type of the sandbox's device messages (an integer in getUnreadNum, a string elsewhere). */
const DEVICE_BUSINESS = 1;

/** A stored message as the spec's `HaierMessage`. */
function messageView(m: HaierMessage) {
  return {
    taskId: m.msgId,
    businessType: String(DEVICE_BUSINESS),
    message: {
      notification: { title: m.title, body: m.content },
      data: { deviceId: m.deviceId },
      options: { businessType: String(DEVICE_BUSINESS) },
      version: "v3",
    },
    msgStatus: 3,
    readStatus: m.read ? 2 : 1,
    pushTime: new Date(m.createdAt + 8 * 3600_000).toISOString().replace("T", " ").replace("Z", ""),
  };
}

export function haierBehaviours(state: HaierState, sendResult: (backUrl: string, body: Json) => void) {
  /** The request's device, which the user owns or is shared (or the refusal). */
  const usable = (
    call: HaierCall,
    id = call.value("deviceId") ?? call.value("devId"),
  ): HaierVirtualDevice | Refusal => {
    const device = state.device(id);
    if (!device || !state.mayUse(call.uid, device.deviceId))
      return refuse(
        NOT_YOURS,
        device
          ? "device not bound by this user nor shared with them"
          : `no device ${id} in the sandbox (GET /_iotdock/devices)`,
      );
    return device;
  };
  const listed = (call: HaierCall, d: HaierVirtualDevice, template: unknown) => {
    const owner = state.owner(d.deviceId) === call.uid;
    return shaped(template, {
      deviceId: d.deviceId,
      deviceName: state.alias(d),
      wifiType: d.typeId,
      online: true,
      permissions: [{ auth: { view: true, set: owner, control: true }, authType: owner ? "owner" : "share" }],
      totalPermission: { view: true, set: owner, control: true },
    });
  };
  const writeAll = (call: HaierCall, device: HaierVirtualDevice, written: Record<string, string>) => {
    const problems = state.write(device, written, call.now);
    return problems.length ? refuse(BAD_PARAMETER, problems.join("; ")) : undefined;
  };
  const usn = () => randomBytes(16).toString("hex");

  const behaviours: Record<string, HaierBehaviour> = {
    "device.bind": (call) => {
      const device = state.device(call.value("deviceId"));
      if (!device) return refuse(NOT_YOURS, "no such device in the sandbox (GET /_iotdock/devices)");
      const owner = state.owner(device.deviceId);
      if (owner && owner !== call.uid) return refuse(NOT_YOURS, "device bound by another user");
      state.bind(call.uid, device, call.now, typeof call.body.name === "string" ? call.body.name : undefined);
      return call.example;
    },
    "device.unbind": (call) => {
      const device = state.device(call.value("deviceId"));
      if (!device || state.owner(device.deviceId) !== call.uid)
        return refuse(NOT_YOURS, "device not bound by this user");
      state.unbind(device, call.now);
      return call.example;
    },
    "device.list": (call) => {
      const template = first(call.example.deviceinfos);
      return ok(call.example, {
        deviceinfos: state.devicesOf(call.uid).map((d) => listed(call, d, template)),
      });
    },
    "device.info": (call) => {
      const device = usable(call);
      if (isRefusal(device)) return device;
      const info = shaped(call.example.deviceVersion, {
        deviceId: device.deviceId,
        wifiType: device.typeId,
        baseProperty: shaped(
          isObject(call.example.deviceVersion) ? call.example.deviceVersion.baseProperty : undefined,
          {
            model: device.model,
          },
        ),
      });
      return ok(call.example, { deviceVersion: info });
    },
    "device.alias": (call) => {
      const device = usable(call);
      return isRefusal(device)
        ? device
        : ok(call.example, { aliasName: state.alias(device), deviceId: device.deviceId });
    },
    "device.rename": (call) => {
      const device = state.device(call.value("deviceId"));
      if (!device || state.owner(device.deviceId) !== call.uid)
        return refuse(NOT_YOURS, "only the device's owner renames it");
      state.rename(device, String(call.body.aliasName ?? ""));
      return call.example;
    },
    "device.own": (call) => {
      const template = first(call.example.devices);
      const own = state.devicesOf(call.uid).filter((d) => state.owner(d.deviceId) === call.uid);
      return ok(call.example, {
        devices: own.map((d) =>
          shaped(template, {
            deviceName: state.alias(d),
            deviceId: d.deviceId,
            wifiType: d.typeId,
            online: true,
          }),
        ),
      });
    },
    "device.online": (call) => {
      const device = usable(call);
      return isRefusal(device) ? device : ok(call.example, { isonline: "true" });
    },
    "device.status": (call) => {
      const device = usable(call);
      if (isRefusal(device)) return device;
      const statuses = Object.entries(state.values(device.deviceId)).map(([name, value]) => ({
        name,
        value,
      }));
      return ok(call.example, {
        devicestatus: shaped(call.example.devicestatus, {
          timestamp: String(call.now),
          deviceId: device.deviceId,
          statuses,
        }),
      });
    },
    "shadow.info": (call) => {
      const device = usable(call);
      if (isRefusal(device)) return device;
      return ok(call.example, { detailInfo: { reported: { ...state.values(device.deviceId) } } });
    },
    "device.write": (call) => {
      const device = usable(call);
      if (isRefusal(device)) return device;
      const property = String(call.body.property ?? "");
      return (
        writeAll(call, device, { [property]: String(call.body.value ?? "") }) ??
        ok(call.example, { usn: usn() })
      );
    },
    "device.operate": (call) => {
      const device = usable(call);
      if (isRefusal(device)) return device;
      const pairs = Array.isArray(call.body.operationValue) ? call.body.operationValue : [];
      const written = Object.fromEntries(
        pairs.filter(isObject).map((p) => [String(p.name), String(p.value)]),
      );
      return writeAll(call, device, written) ?? ok(call.example, { usn: usn() });
    },
    "device.batch": (call) => batch(call),
    "share.create": (call) => {
      const shareDev = isObject(call.body.shareDev) ? call.body.shareDev : {};
      const devInfo = isObject(shareDev.devInfo) ? shareDev.devInfo : {};
      const device = state.device(devInfo.deviceId);
      const target = call.value("targetId") ?? "";
      if (!device || state.owner(device.deviceId) !== call.uid)
        return refuse(NOT_YOURS, "only the device's owner shares it");
      if (target === call.uid)
        return refuse(
          call.answers("F31225") ? "F31225" : BAD_PARAMETER,
          "a device is not shared with its owner",
        );
      state.share(device, target);
      return call.example;
    },
    "share.cancel": (call) => {
      const device = state.device(call.value("devId"));
      if (!device || state.owner(device.deviceId) !== call.uid)
        return refuse(NOT_YOURS, "only the device's owner cancels its shares");
      state.unshare(device.deviceId, call.value("targetId") ?? "");
      return call.example;
    },
    "share.leave": (call) => {
      const id = call.value("devId") ?? "";
      if (!state.unshare(id, call.uid)) return refuse(NOT_YOURS, "this device is not shared with this user");
      return call.example;
    },
    "share.list": (call) => {
      const template = first(call.example.shareDevs);
      const shares = state.sharedBy(call.uid).map(({ device, target }) =>
        shaped(template, {
          devInfo: { deviceId: device.deviceId },
          devName: device.deviceName,
          devShareUser: { userId: target },
        }),
      );
      return ok(call.example, { shareDevs: shares, totalCount: String(shares.length) });
    },
    "share.toMe": (call) => {
      const template = first(call.example.shareDevs);
      const shares = state.sharedWith(call.uid).map((device) =>
        shaped(template, {
          devInfo: { deviceId: device.deviceId },
          devName: device.deviceName,
          devOwner: { userId: state.owner(device.deviceId) ?? "" },
        }),
      );
      return ok(call.example, { shareDevs: shares, totalCount: String(shares.length) });
    },
    "message.history": (call) => {
      const size = Math.max(1, Number(call.body.querySize) || 20);
      const all = state.messagesOf(call.uid);
      const template = first(call.example.retData);
      return ok(call.example, {
        totalRecords: all.length,
        retData: all.slice(0, size).map((m) => shaped(template, messageView(m))),
      });
    },
    "message.unread": (call) => {
      const unread = state.messagesOf(call.uid).filter((m) => !m.read).length;
      const template = first(call.example.retData);
      return ok(call.example, {
        retData: unread ? [shaped(template, { businessType: DEVICE_BUSINESS, msgNums: unread })] : [],
      });
    },
    "message.read": (call) => {
      const ids = Array.isArray(call.body.taskIds)
        ? call.body.taskIds.map(String)
        : [String(call.body.taskId ?? "")];
      for (const id of ids) state.markRead(call.uid, id);
      return call.example;
    },
    "device.batchResult": (call) => {
      const result = state.batch(call.value("sn") ?? "");
      if (!result) return refuse(BAD_PARAMETER, "no batch command with this sn");
      return ok(call.example, { ...result });
    },
  };

  /**
   * sendbatchCmd: every command in `index` order, each written to its device or failed alone (the
   * result codes of the page: A00000 done, S03002 offline, S00005 not supported); the results are
   * kept for queryResult and POSTed to `backUrl` after the answer, as Haier does.
   */
  function batch(call: HaierCall): Json | Refusal {
    const sn = call.value("sn") ?? "";
    const items = (Array.isArray(call.body.cmdMsgList) ? call.body.cmdMsgList : []).filter(isObject);
    const order = items.map((i) => Number(i.index)).sort((a, b) => a - b);
    if (!items.length || order.some((n, i) => n !== i))
      return refuse(BAD_PARAMETER, "cmdMsgList indexes must be 0, 1, 2… without gaps or repeats");
    const results = [...items]
      .sort((a, b) => Number(a.index) - Number(b.index))
      .map((item) => {
        const base = {
          cmdSubSn: `${sn}:_:${String(item.index).padStart(3, "0")}`,
          deviceId: String(item.deviceId ?? ""),
          execStep: 2,
          resultTime: call.now,
        };
        const device = usable(call, base.deviceId);
        const written = isObject(item.cmdArgs)
          ? Object.fromEntries(Object.entries(item.cmdArgs).map(([k, v]) => [k, String(v)]))
          : { [String(item.name ?? "")]: String(item.value ?? "") };
        const refused = isRefusal(device) ? device : writeAll(call, device, written);
        return refused
          ? {
              ...base,
              execResult: false,
              execResultCode: "S00005",
              execResultInfo: `设备执行不支持该命令 (iotdock sandbox: ${refused.detail})`,
            }
          : { ...base, execResult: true, execResultCode: "A00000", execResultInfo: "成功" };
      });
    const recorded = state.recordBatch(sn, results);
    const backUrl = call.body.backUrl;
    if (typeof backUrl === "string" && backUrl) sendResult(backUrl, { ...recorded });
    return call.example;
  }

  return behaviours;
}
