import { randomBytes } from "node:crypto";
import { asList, asObject, withData } from "../../../sandbox/shape.js";
import type { Account, Accounts } from "../home/accounts.js";
import { type Behaviour, type Call, isRefusal, type Refusal } from "../home/call.js";
import { DEVICES, deviceOf, PRODUCTS, productOf, type VirtualDevice } from "../home/catalogue.js";
import { listed, tslOf } from "../home/device-behaviours.js";
import type { DeviceState } from "../home/devices.js";
import { refuseSaas } from "./gate.js";
import { saasPage } from "./shape.js";

/**
 * The SaaS API over the same virtual devices as the App API (`x-iotdock-state` saas.product.*,
 * saas.device.*, saas.data.*, saas.enduser.devices): what one API writes the other reads.
 */

const PRODUCT_MISSING = 70017;
const DEVICE_MISSING = 70130;
const READ_ONLY = 71038;
const NOT_JSON = 71027;
const BAD_DATA = 71036;

/** A 19-digit ticket like the vendor's (a snowflake id, as a string). */
const ticket = () =>
  (
    (BigInt(`0x${randomBytes(8).toString("hex")}`) % 9_000_000_000_000_000_000n) +
    1_000_000_000_000_000_000n
  ).toString();

/** A device as the SaaS device detail and list show it. */
function saasDevice(device: VirtualDevice, online: boolean) {
  return {
    productKey: device.productKey,
    deviceKey: device.deviceKey,
    deviceName: device.deviceName,
    sn: device.sn,
    deviceStatus: online ? 1 : 0,
    isActived: 1,
    isVerified: 1,
    isVirtual: 0,
    dataFmt: 3,
    authMode: 0,
  };
}

/** The devices of a request's `productKey`, or the refusal. */
function productIn(call: Call) {
  const product = productOf(call.value("productKey"));
  return (
    product ??
    refuseSaas(call, PRODUCT_MISSING, "no such product in the sandbox catalogue (GET /_iotdock/devices)")
  );
}

/** `data` of a downlink body: JSON text of an array of objects (writeData) or of strings (readData). */
function downlinkData(call: Call): unknown[] | Refusal {
  const text = call.body.data;
  let parsed: unknown;
  try {
    parsed = typeof text === "string" ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return Array.isArray(parsed) ? parsed : refuseSaas(call, NOT_JSON, "data must be JSON text of an array");
}

/** The request's devices of its product, or the refusal naming the first unknown. */
function devicesIn(call: Call, productKey: string): VirtualDevice[] | Refusal {
  const keys = Array.isArray(call.body.devices) ? call.body.devices.map(String) : [];
  const found: VirtualDevice[] = [];
  for (const key of keys) {
    const device = deviceOf(productKey, key);
    if (!device)
      return refuseSaas(call, DEVICE_MISSING, `no device ${key} of ${productKey} in the sandbox catalogue`);
    found.push(device);
  }
  return found;
}

/** A downlink's product, its devices and its `data` entries (writeData, readData), or the first refusal. */
function downlinkIn(call: Call) {
  const product = productIn(call);
  if (isRefusal(product)) return product;
  const targets = devicesIn(call, product.productKey);
  if (isRefusal(targets)) return targets;
  const entries = downlinkData(call);
  if (isRefusal(entries)) return entries;
  return { product, targets, entries };
}

/** The per-device results of a downlink (the spec's `SaasDownlinkResult`). */
const results = (example: unknown, devices: VirtualDevice[]) =>
  withData(
    example,
    devices.map((d) => ({
      code: 200,
      productKey: d.productKey,
      deviceKey: d.deviceKey,
      ticket: ticket(),
      message: null,
    })),
  );

export interface SaasDeviceHooks {
  /** The App users' devices (for the end-user device list). */
  devices: DeviceState;
  /** The App users (for the end-user lists and details). */
  accounts: Accounts;
  /** Resolves when the messages the call caused are on the broker (none: at once). */
  drain(): Promise<void>;
  /** Sends the values a device reports after a read (`MATTR`/`READRESP`). */
  readResponse(device: VirtualDevice, values: Record<string, boolean | number | string>, now: number): void;
}

export function saasDeviceBehaviours({
  devices,
  accounts,
  drain,
  readResponse,
}: SaasDeviceHooks): Record<string, Behaviour> {
  const user = (a: Account) => ({ ...a.profile, uid: a.uid, status: 1 });
  return {
    "saas.product.list": (call) => ({
      answer: saasPage(
        call.example,
        PRODUCTS.filter((p) => !call.value("productKey") || p.productKey === call.value("productKey")).map(
          (p) => ({
            productKey: p.productKey,
            productName: p.productName,
            dataFmt: 3,
          }),
        ),
        call.query,
      ),
    }),
    "saas.product.detail": (call) => {
      const product = productIn(call);
      if (isRefusal(product)) return product;
      return {
        answer: asObject(call.example, {
          productKey: product.productKey,
          productName: product.productName,
        }),
      };
    },
    "saas.product.tsl": (call) => {
      const product = productIn(call);
      if (isRefusal(product)) return product;
      return { answer: withData(call.example, tslOf(product)) };
    },
    "saas.device.list": (call) => {
      const product = productIn(call);
      if (isRefusal(product)) return product;
      const status = call.value("deviceStatus");
      const items = DEVICES.filter((d) => d.productKey === product.productKey)
        .filter((d) => !call.value("deviceKey") || d.deviceKey === call.value("deviceKey"))
        .map((d) => saasDevice(d, devices.online(d)))
        .filter((d) => status === undefined || String(d.deviceStatus) === status);
      return { answer: saasPage(call.example, items, call.query) };
    },
    "saas.device.detail": (call) => {
      const device = deviceOf(call.value("productKey"), call.value("deviceKey"));
      if (!device) return refuseSaas(call, DEVICE_MISSING, "no such device in the sandbox catalogue");
      return { answer: asObject(call.example, saasDevice(device, devices.online(device))) };
    },
    // A downlink answers once its messages are on the broker: a customer reading its queue next sees them.
    "saas.data.write": async (call) => {
      const downlink = downlinkIn(call);
      if (isRefusal(downlink)) return downlink;
      const { product, targets, entries } = downlink;
      const written: Record<string, unknown> = {};
      for (const entry of entries) Object.assign(written, typeof entry === "object" && entry ? entry : {});
      for (const code of Object.keys(written)) {
        const property = product.properties.find((p) => p.code === code);
        if (property && !property.writable) return refuseSaas(call, READ_ONLY, `${code} is read-only`);
      }
      for (const device of targets) {
        const problems = devices.write(device, written, call.now);
        if (problems.length) return refuseSaas(call, BAD_DATA, problems.join("; "));
      }
      await drain();
      return { answer: results(call.example, targets) };
    },
    "saas.data.read": async (call) => {
      const downlink = downlinkIn(call);
      if (isRefusal(downlink)) return downlink;
      const { targets, entries: codes } = downlink;
      for (const device of targets) {
        const current = devices.values(device);
        const wanted = codes.length ? codes.map(String) : Object.keys(current);
        readResponse(
          device,
          Object.fromEntries(wanted.filter((c) => c in current).map((c) => [c, current[c] as never])),
          call.now,
        );
      }
      await drain();
      return { answer: results(call.example, targets) };
    },
    "saas.enduser.list": (call) => ({ answer: asList(call.example, accounts.all().map(user)) }),
    "saas.enduser.info": (call) => {
      const account = accounts.ofUid(call.value("uid") ?? "");
      if (!account) return refuseSaas(call, 5041, "no such user in the sandbox");
      return { answer: asObject(call.example, user(account)) };
    },
    "saas.enduser.devices": (call) => {
      const uid = call.value("uid") ?? "";
      const items = devices
        .visible(uid, call.now)
        .map(({ device, binding, share }) => listed(device, binding, share, devices.online(device)));
      return { answer: asList(call.example, items) };
    },
  };
}
