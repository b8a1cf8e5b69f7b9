import { randomBytes } from "node:crypto";
import type { operations } from "../../../generated/haier.js";
import type { BodyOf, Call as CoreCall, DataOf, QueryOf } from "../../core/call.js";
import type { HaierCommandResults } from "./command-results.js";

/** Any Haier operation by its operationId (src/core/call.ts bound to Haier's spec). */
export type HaierCall = CoreCall<operations>;
type Data<I extends keyof operations> = DataOf<I, operations>;
type Body<I extends keyof operations> = BodyOf<I, operations>;

/** One command of a batch: a property and its value, or a group command with its arguments. */
export type BatchCommand = { deviceId: string } & (
  | { name: string; value: string }
  | { cmdName: string; cmdArgs: Record<string, string> }
);

/** What a batch's `backUrl` receives (and `queryResult` answers): the spec's `HaierBatchResult`. */
export type HaierBatchResult = Omit<Data<"queryResult">, "retCode" | "retInfo">;

/** A fresh command sn: letters and digits, unique enough for Haier's "must not repeat". */
const newSn = () => `iot${Date.now()}${randomBytes(4).toString("hex")}`;

export interface HaierDeviceFlows {
  bind(accessToken: string, body: Body<"bindDevice">): Promise<Data<"bindDevice">>;
  unbind(accessToken: string, deviceId: string): Promise<Data<"unbindDevice">>;
  /** The user's devices (bound, shared): getDeviceInfos' `deviceinfos`. */
  devices(accessToken: string): Promise<NonNullable<Data<"getDeviceInfos">["deviceinfos"]>>;
  deviceInfo(accessToken: string, deviceId: string): Promise<Data<"getDeviceInfo">>;
  isOnline(accessToken: string, deviceId: string): Promise<boolean>;
  /** The last reported status as `{name: value}` (Haier's values are strings). */
  lastStatus(accessToken: string, deviceId: string): Promise<Record<string, string>>;
  /** Writes one property (propertyWrite); resolves with Haier's `usn`. */
  writeProperty(
    accessToken: string,
    input: { deviceId: string; property: string; value: string; sn?: string },
  ): Promise<string>;
  /** A group operation (operate) with its name/value pairs; resolves with Haier's `usn`. */
  operate(
    accessToken: string,
    input: { deviceId: string; operationName: string; values: Record<string, string>; sn?: string },
  ): Promise<string>;
  /** Sends a batch command (sendbatchCmd); resolves with its sn once Haier accepted it (the result comes later). */
  sendBatch(
    accessToken: string,
    input: { commands: BatchCommand[]; backUrl?: string; sn?: string },
  ): Promise<string>;
  /**
   * Sends a batch command whose result Haier POSTs to `backUrl`, served by `results`
   * (createHaierCommandResultHandler), and resolves with that result.
   */
  batchCommand(
    accessToken: string,
    input: { commands: BatchCommand[]; backUrl: string; sn?: string; timeoutMs?: number },
    results: HaierCommandResults,
  ): Promise<HaierBatchResult>;
  batchResult(accessToken: string, sn: string): Promise<Data<"queryResult">>;
  share(
    accessToken: string,
    input: { targetId: string; deviceId: string; devName: string; control?: boolean },
  ): Promise<void>;
  cancelShare(accessToken: string, input: { targetId: string; deviceId: string }): Promise<void>;
  leaveShare(accessToken: string, deviceId: string): Promise<void>;
  sharedDevices(
    accessToken: string,
    query?: QueryOf<"getSharedDevices", operations>,
  ): Promise<Data<"getSharedDevices">>;
  sharedToMe(
    accessToken: string,
    query?: QueryOf<"getDevicesSharedToMe", operations>,
  ): Promise<Data<"getDevicesSharedToMe">>;
  /** Whether newer firmware exists for a device (checkDevFMVersion). */
  checkFirmware(accessToken: string, deviceId: string): Promise<Data<"checkDevFMVersion">>;
  messageHistory(accessToken: string, body: Body<"getMsgHistory">): Promise<Data<"getMsgHistory">>;
  /** Unread messages per business type. */
  unreadCount(accessToken: string): Promise<Data<"getUnreadNum">>;
}

export function haierFlows(call: HaierCall): HaierDeviceFlows {
  const batch = async (
    accessToken: string,
    input: { commands: BatchCommand[]; backUrl?: string; sn?: string },
  ) => {
    const sn = input.sn ?? newSn();
    const cmdMsgList = input.commands.map((c, index) => ({ ...c, sn, index }));
    const body = { sn, cmdMsgList, ...(input.backUrl ? { backUrl: input.backUrl } : {}) };
    await call("sendbatchCmd", { accessToken, path: { sn }, body: body as Body<"sendbatchCmd"> });
    return sn;
  };
  return {
    bind: (accessToken, body) => call("bindDevice", { accessToken, body }),
    unbind: (accessToken, deviceId) => call("unbindDevice", { accessToken, path: { deviceId } }),
    devices: async (accessToken) => (await call("getDeviceInfos", { accessToken })).deviceinfos ?? [],
    deviceInfo: (accessToken, deviceId) => call("getDeviceInfo", { accessToken, path: { deviceId } }),
    isOnline: async (accessToken, deviceId) =>
      String((await call("getDeviceIsOnline", { accessToken, path: { deviceId } })).isonline) === "true",
    lastStatus: async (accessToken, deviceId) => {
      const { devicestatus } = await call("getLastReportStatus", { accessToken, path: { deviceId } });
      return Object.fromEntries((devicestatus?.statuses ?? []).map((s) => [s?.name ?? "", s?.value ?? ""]));
    },
    writeProperty: async (accessToken, { sn = newSn(), ...rest }) =>
      String((await call("propertyWrite", { accessToken, body: { ...rest, sn } })).usn ?? ""),
    operate: async (accessToken, { deviceId, operationName, values, sn = newSn() }) => {
      const operationValue = Object.entries(values).map(([name, value]) => ({ name, value }));
      const body = { deviceId, sn, operationName, operationValue } as Body<"operate">;
      return String((await call("operate", { accessToken, body })).usn ?? "");
    },
    sendBatch: batch,
    async batchCommand(accessToken, input, results) {
      const sn = input.sn ?? newSn();
      // Waiting first: a result that arrives before sendbatchCmd answers is not missed.
      const arrived = results.wait(sn, input.timeoutMs);
      await batch(accessToken, { ...input, sn });
      return arrived;
    },
    batchResult: (accessToken, sn) => call("queryResult", { accessToken, path: { sn } }),
    async share(accessToken, { targetId, deviceId, devName, control = true }) {
      const permission = { authType: "share", auth: { view: true, set: false, control } };
      const body = { shareDev: { devInfo: { deviceId }, devName, permission } } as Body<"shareDevice">;
      await call("shareDevice", { accessToken, path: { targetId }, body });
    },
    async cancelShare(accessToken, { targetId, deviceId }) {
      await call("cancelShareDevice", { accessToken, path: { targetId, devId: deviceId } });
    },
    async leaveShare(accessToken, deviceId) {
      await call("deleteShareDeviceToMe", { accessToken, path: { devId: deviceId } });
    },
    sharedDevices: (accessToken, query) =>
      call("getSharedDevices", { accessToken, ...(query ? { query } : {}) }),
    sharedToMe: (accessToken, query) =>
      call("getDevicesSharedToMe", { accessToken, ...(query ? { query } : {}) }),
    checkFirmware: (accessToken, deviceId) => call("checkDevFMVersion", { accessToken, body: { deviceId } }),
    messageHistory: (accessToken, body) => call("getMsgHistory", { accessToken, body }),
    unreadCount: (accessToken) => call("getUnreadNum", { accessToken, body: {} as Body<"getUnreadNum"> }),
  };
}
