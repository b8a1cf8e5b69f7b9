import { randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
import { SANDBOX_MEMORY_MAX } from "../../sandbox/kit.js";
import type { IotCommands } from "./commands.js";

/**
 * What the Meari sandbox remembers beyond logins: the virtual devices and the commands set on
 * them (`iotSet`), activation codes (each usable once) and the services they started, orders
 * (each cancellable once). Every behaviour is named by the spec's `x-iotdock-state`.
 */

/** The `x-iotdock-state` names this module implements. */
export const STATE_BEHAVIOURS = [
  "device.command",
  "activation.service",
  "activation.use",
  "activation.list",
  "order.create",
  "order.cancel",
] as const;
type Behaviour = (typeof STATE_BEHAVIOURS)[number];

/** A behaviour's outcome: Meari's result code, the `result` for success, the reason otherwise. */
export type Outcome = { code: "1001"; result?: unknown } | { code: string; detail: string };

const ok = (result?: unknown): Outcome => ({ code: "1001", ...(result === undefined ? {} : { result }) });
const no = (code: string, detail: string): Outcome => ({ code, detail });

interface Device {
  owner: string;
  commands: IotCommands;
  updatedAt: number;
}

interface Service {
  orderNum: string;
  actCode?: string;
  type: string;
  useTime: number;
  serverStartTime: number;
  serverEndTime: number;
}

interface Order {
  userAccount: string;
  orderType: string;
  cancelled: boolean;
}

/** A service an activation code starts runs a year in the sandbox (Meari publishes no duration). */
const SERVICE_DAYS = 365;

export interface MeariStateOptions {
  clock: () => number;
  hasAccount: (userAccount: string) => boolean;
  /** Problems of parsed `items` against the spec's `IotSetItems` (empty when valid). */
  itemsErrors: (items: unknown) => string[];
}

/** Parsed `items`, or why they are not a set of commands. */
function parseItems(text: string, errorsOf: (items: unknown) => string[]): IotCommands | string {
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch {
    return "items is not JSON";
  }
  if (typeof items !== "object" || items === null || Array.isArray(items))
    return "items is not a JSON object";
  const errors = errorsOf(items);
  return errors.length ? `items: ${errors.join("; ")}` : (items as IotCommands);
}

export function createMeariState({ clock, hasAccount, itemsErrors }: MeariStateOptions) {
  const devices = new LRUCache<string, Device>({ max: SANDBOX_MEMORY_MAX });
  const usedCodes = new LRUCache<string, true>({ max: SANDBOX_MEMORY_MAX });
  const services = new LRUCache<string, Service[]>({ max: SANDBOX_MEMORY_MAX });
  const orders = new LRUCache<string, Order>({ max: SANDBOX_MEMORY_MAX });
  const orderNumber = () => `IOTDOCK${randomBytes(6).toString("hex").toUpperCase()}`;

  /** The account's own device (a device is bound to the first account that uses it). */
  function deviceOf(userAccount: string, id: string): Device | Outcome {
    if (!hasAccount(userAccount)) return no("1007", "this account never logged in to the sandbox");
    const device = devices.get(id) ?? { owner: userAccount, commands: {}, updatedAt: clock() };
    if (device.owner !== userAccount) return no("1007", "the device is bound to another account");
    devices.set(id, device);
    return device;
  }

  const behaviours: Record<Behaviour, (q: URLSearchParams) => Outcome> = {
    "device.command": (q) => {
      const device = deviceOf(q.get("userAccount") ?? "", q.get("snNum") ?? "");
      if ("code" in device) return device;
      const items = parseItems(q.get("items") ?? "", itemsErrors);
      if (typeof items === "string") return no("1003", items);
      Object.assign(device.commands, items);
      device.updatedAt = clock();
      return ok();
    },
    "activation.service": (q) => {
      const userAccount = q.get("userAccount") ?? "";
      const key = `${userAccount}\u0000${q.get("deviceID") ?? ""}`;
      const device = deviceOf(userAccount, `id:${q.get("deviceID") ?? ""}`);
      if ("code" in device) return device;
      const actCode = q.get("actCode") ?? "";
      if (usedCodes.has(actCode)) return no("1067", "this activation code was used already");
      usedCodes.set(actCode, true);
      const now = clock();
      const service = {
        orderNum: orderNumber(),
        actCode,
        type: q.get("type") ?? "0",
        useTime: now,
        serverStartTime: now,
        serverEndTime: now + SERVICE_DAYS * 24 * 3600 * 1000,
      };
      services.set(key, [...(services.get(key) ?? []), service]);
      return ok({ orderNum: service.orderNum });
    },
    "activation.use": (q) =>
      listOf(q, ({ orderNum, actCode, useTime, type }) => ({ orderNum, actCode, useTime, type })),
    "activation.list": (q) =>
      listOf(q, ({ orderNum, serverStartTime, serverEndTime, type }, now) =>
        serverEndTime > now ? { orderNum, serverStartTime, serverEndTime, type } : undefined,
      ),
    "order.create": (q) => {
      const orderNum = q.get("orderNum") ?? "";
      const userAccount = q.get("userAccount") ?? "";
      // 1003: the page lists no other code for an order the vendor cannot take.
      if (!hasAccount(userAccount)) return no("1003", "this account never logged in to the sandbox");
      if (orders.has(orderNum)) return no("1003", "an order with this orderNum exists already");
      orders.set(orderNum, { userAccount, orderType: q.get("orderType") ?? "", cancelled: false });
      return ok();
    },
    "order.cancel": (q) => {
      const order = orders.get(q.get("orderNum") ?? "");
      if (!order || order.userAccount !== q.get("userAccount") || order.orderType !== q.get("orderType"))
        return no("4001", "no such order of this account and type");
      if (order.cancelled) return no("4001", "this order was cancelled already");
      order.cancelled = true;
      return ok();
    },
  };

  function listOf(q: URLSearchParams, shape: (s: Service, now: number) => object | undefined): Outcome {
    const userAccount = q.get("userAccount") ?? "";
    const device = deviceOf(userAccount, `id:${q.get("deviceID") ?? ""}`);
    if ("code" in device) return device;
    const now = clock();
    const data = (services.get(`${userAccount}\u0000${q.get("deviceID") ?? ""}`) ?? [])
      .map((s) => shape(s, now))
      .filter((s) => s !== undefined);
    return ok({ data });
  }

  return {
    /** Runs the behaviour `name`; undefined when this module has none by that name. */
    run: (name: string, query: URLSearchParams): Outcome | undefined =>
      (STATE_BEHAVIOURS as readonly string[]).includes(name)
        ? behaviours[name as Behaviour](query)
        : undefined,
    /** The devices and what was done to them, for `GET /_iotdock/devices`. */
    inspect: () => ({
      devices: Object.fromEntries(
        [...devices.entries()].map(([id, d]) => [
          id,
          { owner: d.owner, commands: d.commands, updatedAt: d.updatedAt },
        ]),
      ),
      orders: Object.fromEntries([...orders.entries()].map(([num, o]) => [num, { ...o }])),
    }),
  };
}
