import { randomBytes } from "node:crypto";
import { asList, withData } from "../../../sandbox/shape.js";
import type { Accounts } from "./accounts.js";
import { type Behaviour, type Call, refuse, userOf } from "./call.js";
import { deviceOf, type VirtualDevice } from "./catalogue.js";
import { deviceIn } from "./device-behaviours.js";
import { type DeviceState, keyOf, type Share } from "./devices.js";

/**
 * Device sharing (`x-iotdock-state` share.*): the owner makes a share code (`shareInfo`) that another
 * user accepts (`shareDevice`), or shares straight to a user (`shareByUid`); the owner lists and
 * cancels shares (`deviceShareUserList`, `ownerUserUnshareDevice`), a sharee leaves one
 * (`shareUserUnshareDevice`). An accepted share shows the device in the sharee's lists with the
 * owner's uid and the share code.
 */

/** `shareStatus` values: 1 waiting to be accepted, 2 accepted (the page's meaning). */
const WAITING = 1;
const ACCEPTED = 2;

const ownedDevice = (call: Call, devices: DeviceState): VirtualDevice | ReturnType<typeof refuse> => {
  const device = deviceIn(call);
  if (!device) return refuse(call, [5553, 5009], "no such device in the sandbox catalogue");
  if (devices.binding(device)?.owner !== userOf(call))
    return refuse(call, [5135, 5041, 5360], "only the user who bound the device shares it");
  return device;
};

const isDevice = (value: unknown): value is VirtualDevice =>
  typeof value === "object" && value !== null && "deviceKey" in value;

function shareRow(share: Share) {
  return {
    shareCode: share.shareCode,
    pk: share.productKey,
    dk: share.deviceKey,
    ownerUid: share.owner,
    shareUid: share.sharee,
    deviceName: share.deviceName,
    shareStatus: share.sharee ? ACCEPTED : WAITING,
    shareTime: share.createdAt,
    shareTimeTs: share.createdAt,
    acceptTime: share.acceptedAt,
    acceptTimeTs: share.acceptedAt,
    acceptingExpireAtTs: share.acceptBefore,
    sharingExpireAtTs: share.expiresAt,
  };
}

export function shareBehaviours(devices: DeviceState, accounts: Accounts): Record<string, Behaviour> {
  const newShare = (call: Call, device: VirtualDevice, sharee?: string): Share => {
    const expires = Number(call.value("sharingExpireAt"));
    const accepting = Number(call.value("acceptingExpireAt"));
    const share: Share = {
      shareCode: randomBytes(16).toString("hex"),
      productKey: device.productKey,
      deviceKey: device.deviceKey,
      owner: userOf(call),
      createdAt: call.now,
      acceptBefore: Number.isFinite(accepting) && accepting > 0 ? accepting : call.now + 24 * 3600_000,
      ...(Number.isFinite(expires) && expires > 0 ? { expiresAt: expires } : {}),
      ...(sharee ? { sharee, acceptedAt: call.now } : {}),
    };
    devices.shares.set(share.shareCode, share);
    return share;
  };
  const shareOf = (call: Call) => {
    const code = call.value("shareCode");
    const share = code === undefined ? undefined : devices.shares.get(code);
    return share && (share.expiresAt === undefined || share.expiresAt > call.now) ? share : undefined;
  };

  return {
    "share.create": (call) => {
      const device = ownedDevice(call, devices);
      if (!isDevice(device)) return device;
      return { answer: withData(call.example, newShare(call, device).shareCode) };
    },
    "share.direct": (call) => {
      const device = ownedDevice(call, devices);
      if (!isDevice(device)) return device;
      const email = call.value("email");
      const phone = call.value("phone");
      const account =
        (call.value("shareUid") && accounts.ofUid(call.value("shareUid") as string)) ||
        (email && accounts.get(`email:${email}`)) ||
        (phone && accounts.get(`phone:86:${phone}`));
      if (!account) return refuse(call, [5891], "no sandbox user with that uid, e-mail or phone");
      if (account.uid === userOf(call))
        return refuse(call, [5891], "a device cannot be shared with its owner");
      return { answer: withData(call.example, newShare(call, device, account.uid).shareCode) };
    },
    "share.accept": (call) => {
      const uid = userOf(call);
      const share = shareOf(call);
      if (!share || share.acceptBefore < call.now)
        return refuse(call, [5137], "unknown or expired share code");
      if (share.owner === uid) return refuse(call, [5049], "the owner cannot accept their own share");
      if (share.sharee !== undefined) return refuse(call, [5137], "share code already accepted");
      if (!deviceOf(share.productKey, share.deviceKey) || !devices.bindings.has(keyOf(share)))
        return refuse(call, [5137], "the shared device was unbound");
      Object.assign(share, { sharee: uid, acceptedAt: call.now, deviceName: call.value("deviceName") });
      return undefined;
    },
    "share.list": (call) => {
      const device = ownedDevice(call, devices);
      if (!isDevice(device)) return device;
      const rows = [...devices.shares.values()]
        .filter((s) => keyOf(s) === keyOf(device))
        .map((s) => ({ shareInfo: shareRow(s), ...userRow(accounts, s.sharee) }));
      return { answer: asList(call.example, rows) };
    },
    "share.revoke": (call) => {
      const share = shareOf(call);
      if (!share) return refuse(call, [5142], "unknown or expired share code");
      if (share.owner !== userOf(call)) return refuse(call, [5041], "only the owner cancels a share");
      devices.shares.delete(share.shareCode);
      return undefined;
    },
    "share.leave": (call) => {
      const share = shareOf(call);
      if (!share) return refuse(call, [5142], "unknown or expired share code");
      if (share.sharee !== userOf(call))
        return refuse(call, [5041], "only the user the device is shared with leaves a share");
      devices.shares.delete(share.shareCode);
      return undefined;
    },
  };
}

/** The sharee's user fields of a share row. */
function userRow(accounts: Accounts, uid: string | undefined) {
  const account = uid ? accounts.ofUid(uid) : undefined;
  return account ? { userInfo: { uid, ...account.profile } } : {};
}
