import type { operations } from "../../../generated/quectel.js";
import type {
  BodyOf as CoreBodyOf,
  Call as CoreCall,
  DataOf as CoreDataOf,
  QueryOf as CoreQueryOf,
} from "../../core/call.js";

/** The App API's operations (`Call`, `QueryOf`, … of src/core/call.ts bound to them). */
export type Call = CoreCall<operations>;
export type QueryOf<I extends keyof operations> = CoreQueryOf<I, operations>;
export type BodyOf<I extends keyof operations> = CoreBodyOf<I, operations>;
export type DataOf<I extends keyof operations> = CoreDataOf<I, operations>;

/**
 * What a customer cloud does most with the Quectel App OpenAPI, one method each, on top of
 * `call` (every other operation: `client.call(operationId, …)`). Methods that act for a user take
 * that user's access token first (login's `accessToken.token`; `client.withToken(user, …)` keeps
 * it fresh).
 */

type Q<I extends Parameters<Call>[0]> = QueryOf<I>;

/** A device by product key and device key, as batch control and scenes name it. */
export interface DeviceRef {
  productKey: string;
  deviceKey: string;
}

/** `emailType` of sendEmail. */
export const EmailCodeType = {
  register: 1,
  resetPassword: 2,
  linkEmail: 3,
  unlinkEmail: 4,
  deleteAccount: 5,
} as const;

export function appFlows(call: Call) {
  return {
    /** Sends an e-mail verification code (`emailType`: EmailCodeType). */
    sendEmailCode: (query: Q<"sendEmail">) => call("sendEmail", { query }).then(() => undefined),
    /** Registers an e-mail user with the code from sendEmailCode; `password` is plaintext. Returns the uid. */
    registerByEmail: (input: Omit<Q<"emailPwdRegister">, "pwd" | "random"> & { password: string }) => {
      const { password, ...query } = input;
      return call("emailPwdRegister", { query, password });
    },
    /** Logs an e-mail user in; `password` is plaintext. */
    loginByEmail: (input: { email: string; password: string }) =>
      call("emailPwdLogin", { query: { email: input.email }, password: input.password }),
    userInfo: (accessToken: string) => call("userInfo", { accessToken }),

    bindBySn: (accessToken: string, query: Q<"bindDeviceSn">) => call("bindDeviceSn", { accessToken, query }),
    bindByDk: (accessToken: string, query: Q<"bindDeviceDk">) => call("bindDeviceDk", { accessToken, query }),
    bindByWifi: (accessToken: string, body: BodyOf<"deviceBindingByWifi">) =>
      call("deviceBindingByWifi", { accessToken, body }),
    unbind: (accessToken: string, query: Q<"unbundlingDeviceDk">) =>
      call("unbundlingDeviceDk", { accessToken, query }),
    deviceInfo: (accessToken: string, query: Q<"deviceInfo">) => call("deviceInfo", { accessToken, query }),
    productTsl: (accessToken: string, pk: string) => call("productTSL", { accessToken, query: { pk } }),

    /**
     * Writes TSL properties (`{code: value}`) to devices: batchControlDevice with type 2 and `data`
     * the JSON list Quectel expects (`[{"lock":true}]`). Returns which devices took the command.
     */
    control: (
      accessToken: string,
      devices: DeviceRef[],
      properties: Record<string, unknown>,
      options: Omit<BodyOf<"batchControlDevice">, "type" | "data" | "deviceList"> = {},
    ) =>
      call("batchControlDevice", {
        accessToken,
        body: {
          ...options,
          type: 2,
          data: JSON.stringify(Object.entries(properties).map(([code, value]) => ({ [code]: value }))),
          deviceList: devices,
        },
      }),
    attributes: (accessToken: string, query: Q<"getDeviceBusinessAttributes">) =>
      call("getDeviceBusinessAttributes", { accessToken, query }),
    propertyHistory: (accessToken: string, query: Q<"getPropertyDataList">) =>
      call("getPropertyDataList", { accessToken, query }),
    deviceEvents: (accessToken: string, query: Q<"deviceEventList">) =>
      call("deviceEventList", { accessToken, query }),

    /** The owner makes a share code for a device (shareInfo); another user accepts it with acceptShare. */
    createShare: (accessToken: string, query: Q<"shareInfo">) => call("shareInfo", { accessToken, query }),
    acceptShare: (accessToken: string, query: Q<"shareDevice">) =>
      call("shareDevice", { accessToken, query }).then(() => undefined),
    shareUsers: (accessToken: string, query: Q<"deviceShareUserList">) =>
      call("deviceShareUserList", { accessToken, query }),
    /** The owner cancels a share. */
    cancelShare: (accessToken: string, shareCode: string) =>
      call("ownerUserUnshareDevice", { accessToken, query: { shareCode } }).then(() => undefined),
    /** The user a device is shared with gives it back. */
    leaveShare: (accessToken: string, shareCode: string) =>
      call("shareUserUnshareDevice", { accessToken, query: { shareCode } }).then(() => undefined),

    messages: (accessToken: string, query: Q<"userMsgList"> = {}) =>
      call("userMsgList", { accessToken, query }),
    /** Marks messages read (all of the user's when `msgIds` is absent). */
    readMessages: (accessToken: string, msgIds?: string[]) =>
      call("readMsg", { accessToken, query: msgIds ? { msgIdList: msgIds.join(",") } : {} }),
    deleteMessage: (accessToken: string, msgId: string) =>
      call("deleteMsg", { accessToken, query: { msgId } }).then(() => undefined),

    /** Turns home mode on (families and rooms need it) or off. */
    setHomeMode: (accessToken: string, enabled: boolean) =>
      call("enabledFamilyMode", { accessToken, query: { enabled } }).then(() => undefined),
    addFamily: (accessToken: string, body: BodyOf<"addFamily">) => call("addFamily", { accessToken, body }),
    families: (accessToken: string, query: Q<"getFamilyList"> = {}) =>
      call("getFamilyList", { accessToken, query }),
    addRoom: (accessToken: string, query: Q<"addFamilyRoom">) =>
      call("addFamilyRoom", { accessToken, query }),
    rooms: (accessToken: string, query: Q<"getFamilyRoomList">) =>
      call("getFamilyRoomList", { accessToken, query }),
    /** Moves devices into rooms (`[{pk, dk, newFrid, oldFrid?}]`). */
    moveToRoom: (accessToken: string, body: BodyOf<"addDeviceInFamilyRoom">) =>
      call("addDeviceInFamilyRoom", { accessToken, body }),
    familyDevices: (accessToken: string, query: Q<"getFamilyDeviceList">) =>
      call("getFamilyDeviceList", { accessToken, query }),
  };
}

export type QuectelAppFlows = ReturnType<typeof appFlows>;
