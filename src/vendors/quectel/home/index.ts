import { accountBehaviours } from "./account-behaviours.js";
import { createAccounts } from "./accounts.js";
import { activityBehaviours } from "./activity-behaviours.js";
import type { Behaviour } from "./call.js";
import { DEVICES, PRODUCTS } from "./catalogue.js";
import { createCollections } from "./collections.js";
import { deviceBehaviours } from "./device-behaviours.js";
import { createDeviceState, keyOf } from "./devices.js";
import { createMessages } from "./messages.js";
import { recordBehaviours } from "./record-behaviours.js";
import { shareBehaviours } from "./share-behaviours.js";

export type { Call, Result } from "./call.js";
export { isRefusal } from "./call.js";

/**
 * The Quectel sandbox's home: users, their devices, shares, families, rooms, scenes, automations,
 * timers and messages, behind the `x-iotdock-state` names the spec gives its operations.
 */
export function createHome() {
  const accounts = createAccounts();
  const devices = createDeviceState();
  const collections = createCollections();
  const messages = createMessages();
  const behaviours: Record<string, Behaviour> = {
    ...accountBehaviours(accounts),
    ...deviceBehaviours(devices, messages),
    ...shareBehaviours(devices, accounts),
    ...recordBehaviours(collections),
    ...activityBehaviours(devices, collections, messages),
  };
  return {
    accounts,
    devices,
    behaviours,
    /** `GET /_iotdock/devices`: the catalogue with each device's owner, shares and property values. */
    inspect: () => ({
      products: PRODUCTS.map((p) => ({
        productKey: p.productKey,
        productName: p.productName,
        properties: p.properties.map(({ initial: _, ...rest }) => rest),
      })),
      devices: DEVICES.map((d) => ({
        ...d,
        owner: devices.binding(d)?.owner ?? null,
        sharedWith: [...devices.shares.values()]
          .filter((s) => keyOf(s) === keyOf(d) && s.sharee)
          .map((s) => s.sharee),
        properties: devices.values(d),
        online: devices.online(d),
      })),
      records: collections.counts(),
      messages: messages.count(),
    }),
    /** `GET /_iotdock/outbox`: every verification code the sandbox "sent". */
    outbox: () => accounts.outbox(),
  };
}

export type Home = ReturnType<typeof createHome>;
