import { randomBytes } from "node:crypto";
import type { DeviceEvent } from "../home/devices.js";
import type { Subscription, Subscriptions } from "./subscriptions.js";

/**
 * The AMQP messages the platform sends when a virtual device changes (dataFormatDefinition.md),
 * with the subscription message-type code that selects each (spec: `SaasSubscriptionMsgType`), and
 * the running subscriptions whose queues receive them.
 */

export interface Outgoing {
  /** The subscription message-type code (1 online/offline, 5 command response, 6 TSL properties, 14 binding). */
  msgType: number;
  message: Record<string, unknown>;
}

const ticket = () => randomBytes(12).toString("hex");

/** TSL values as the platform pushes them: numbers as strings (the REPORT page's note), booleans as they are. */
function kvOf(values: Record<string, boolean | number | string>): Record<string, boolean | string> {
  return Object.fromEntries(
    Object.entries(values).map(([code, value]) => [code, typeof value === "number" ? String(value) : value]),
  );
}

/** The messages of one device event, in the order the platform sends them. */
export function messagesOf(event: DeviceEvent, userDomain: string, packetId: () => number): Outgoing[] {
  const { productKey, deviceKey } = event.device;
  const head = { productKey, deviceKey, createdAt: event.at };
  switch (event.kind) {
    case "written": {
      const kv = kvOf(event.values);
      return [
        { msgType: 6, message: { ...head, type: "MATTR", subtype: "WRITE", ticket: ticket(), data: { kv } } },
        {
          msgType: 5,
          message: { ...head, type: "REQACK", ticket: ticket(), data: { sentAt: event.at, status: "succ" } },
        },
        {
          msgType: 6,
          message: {
            ...head,
            type: "MATTR",
            subtype: "REPORT",
            ticket: ticket(),
            data: { packetId: packetId(), kv },
          },
        },
      ];
    }
    case "bound":
    case "unbound": {
      const bound = event.kind === "bound";
      const data = {
        endUserId: event.uid,
        endUserDomain: userDomain,
        value: bound ? 1 : 0,
        authLevel: 1,
        authStatus: 1,
        ...(bound ? {} : { invalidCause: 1 }),
      };
      return [
        {
          msgType: 14,
          message: {
            ...head,
            type: "ENDUSER",
            subtype: "USER-BIND",
            deviceName: event.device.deviceName,
            ticket: ticket(),
            data,
          },
        },
      ];
    }
    case "online":
    case "offline":
      return [
        {
          msgType: 1,
          message: {
            ...head,
            type: "ONLINE",
            ticket: ticket(),
            data: { value: event.kind === "online" ? 1 : 0 },
          },
        },
      ];
  }
}

/** The values a device reports after `readData` (`MATTR`/`READRESP`, subscription type 6). */
export function readResponseOf(
  device: { productKey: string; deviceKey: string },
  values: Record<string, boolean | number | string>,
  at: number,
  packetId: number,
): Outgoing {
  const { productKey, deviceKey } = device;
  const data = { packetId, kv: kvOf(values) };
  return {
    msgType: 6,
    message: {
      productKey,
      deviceKey,
      createdAt: at,
      type: "MATTR",
      subtype: "READRESP",
      ticket: ticket(),
      data,
    },
  };
}

/** Whether a running subscription takes a device message of `msgType` (product or device level). */
export function selects(
  subscription: Subscription,
  msgType: number,
  device: { productKey: string; deviceKey: string },
) {
  if (subscription.status !== 1 || !subscription.msgTypes.includes(msgType)) return false;
  if (subscription.productKey !== device.productKey) return false;
  return (
    subscription.dataLevel === 1 ||
    (subscription.dataLevel === 2 && subscription.deviceKey === device.deviceKey)
  );
}

/** The queues (full names, each once) that receive `outgoing`. */
export function queuesFor(
  subscriptions: Subscriptions,
  outgoing: Outgoing,
  device: { productKey: string; deviceKey: string },
) {
  return [
    ...new Set(
      subscriptions
        .running()
        .filter((s) => selects(s, outgoing.msgType, device))
        .map((s) => s.queueName),
    ),
  ];
}
