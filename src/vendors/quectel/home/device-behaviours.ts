import { randomBytes } from "node:crypto";
import { asList, asObject, withData } from "../../../sandbox/shape.js";
import { type Behaviour, type Call, isRefusal, listOf, type Refusal, refuse, userOf } from "./call.js";
import {
  deviceBySn,
  deviceOf,
  productOf,
  type TslProperty,
  type VirtualDevice,
  type VirtualProduct,
} from "./catalogue.js";
import type { Binding, DeviceState, Share } from "./devices.js";
import { LABEL_DEVICE, type Messages, MSG_DEVICE_NOTIFICATION } from "./messages.js";

/**
 * Binding, listing, reading and controlling the virtual devices (`x-iotdock-state` device.*,
 * product.tsl). Codes are the pages' own, chosen among those the operation lists.
 */

const UNKNOWN_DEVICE = [5553, 5009, 5090, 5314, 5141];
const NOT_BOUND = [5052, 5141, 5041];
const NO_PERMISSION = [5041, 5141, 5135];

/** The device a request names: by SN, or by product key and device key (either spelling). */
export function deviceIn(call: Call): VirtualDevice | undefined {
  const pk = call.value("pk") ?? call.value("productKey");
  const sn = call.value("sn");
  if (sn !== undefined) return deviceBySn(pk, sn);
  return deviceOf(pk, call.value("dk") ?? call.value("deviceKey"));
}

/** A device the user may see (owner or sharee), or the refusal. */
function visibleDevice(call: Call, devices: DeviceState): VirtualDevice | Refusal {
  const device = deviceIn(call);
  if (!device)
    return refuse(call, UNKNOWN_DEVICE, "no such device in the sandbox catalogue (GET /_iotdock/devices)");
  if (!devices.binding(device)) return refuse(call, NOT_BOUND, "device not bound");
  if (!devices.role(userOf(call), device, call.now))
    return refuse(call, NO_PERMISSION, "device bound by another user and not shared with this one");
  return device;
}

/** A device as the device lists show it, from the user's point of view. */
export function listed(device: VirtualDevice, binding: Binding, share?: Share, online = true) {
  const product = productOf(device.productKey);
  return {
    productKey: device.productKey,
    deviceKey: device.deviceKey,
    pk: device.productKey,
    dk: device.deviceKey,
    sn: device.sn,
    deviceName: share?.deviceName ?? binding.deviceName,
    productName: product?.productName,
    uid: binding.owner,
    ownerUid: share ? binding.owner : undefined,
    shareCode: share?.shareCode,
    /** 1 the user bound it, 2 it is shared with them. */
    deviceType: share ? 2 : 1,
    sharingExpireTimeTs: share?.expiresAt,
    onlineStatus: online ? 1 : 0,
    deviceStatus: online ? "在线" : "离线",
    bindStatus: 1,
    deviceBindTimeTs: binding.boundAt,
    deviceBindTime: new Date(binding.boundAt).toISOString().replace("T", " ").slice(0, 19),
    fid: binding.fid,
    frid: binding.frid,
  };
}

export function deviceBehaviours(devices: DeviceState, messages: Messages): Record<string, Behaviour> {
  const notify = (device: VirtualDevice, content: string, now: number) => {
    const binding = devices.binding(device);
    const uids = binding ? [binding.owner] : [];
    for (const s of devices.shares.values())
      if (s.sharee && s.deviceKey === device.deviceKey) uids.push(s.sharee);
    messages.add(uids, {
      msgType: MSG_DEVICE_NOTIFICATION,
      firstLabel: LABEL_DEVICE,
      title: device.deviceName,
      content,
      pk: device.productKey,
      dk: device.deviceKey,
      deviceName: binding?.deviceName ?? device.deviceName,
      addTime: now,
    });
  };

  return {
    "device.bind": (call) => {
      const uid = userOf(call);
      const device = deviceIn(call);
      if (!device)
        return refuse(
          call,
          UNKNOWN_DEVICE,
          "no such device in the sandbox catalogue (GET /_iotdock/devices)",
        );
      const bound = devices.binding(device);
      if (bound && bound.owner !== uid) return refuse(call, [5049], "device bound by another user");
      const name = call.value("deviceName") ?? call.value("name");
      devices.bind(uid, device, call.now, {
        ...(name ? { deviceName: name } : {}),
        ...(call.value("fid") ? { fid: call.value("fid") } : {}),
        ...(call.value("frid") ? { frid: call.value("frid") } : {}),
      });
      notify(device, "Device bound", call.now);
      const product = productOf(device.productKey);
      return {
        answer: asObject(call.example, {
          pk: device.productKey,
          dk: device.deviceKey,
          productKey: device.productKey,
          deviceKey: device.deviceKey,
          productName: product?.productName,
          authKey: randomBytes(8).toString("hex"),
        }),
      };
    },
    "device.unbind": (call) => {
      const device = deviceIn(call);
      if (!device) return refuse(call, UNKNOWN_DEVICE, "no such device in the sandbox catalogue");
      const binding = devices.binding(device);
      if (!binding) return refuse(call, NOT_BOUND, "device not bound");
      if (binding.owner !== userOf(call))
        return refuse(call, [5041, 5052], "only the owner unbinds a device");
      notify(device, "Device unbound", call.now);
      devices.unbind(device, call.now);
      return { answer: asObject(call.example, { bindingSum: 0 }) };
    },
    "device.list": (call) => {
      const fid = call.value("fid");
      const frid = call.value("frid");
      const name = call.value("deviceName");
      const items = devices
        .visible(userOf(call), call.now)
        .filter(({ binding }) => (!fid || binding.fid === fid) && (!frid || binding.frid === frid))
        .map(({ device, binding, share }) => listed(device, binding, share, devices.online(device)))
        .filter((item) => !name || item.deviceName.includes(name));
      return { answer: asList(call.example, items) };
    },
    "device.info": (call) => {
      const d = visibleDevice(call, devices);
      if (isRefusal(d)) return d;
      const seen = devices.visible(userOf(call), call.now).find((v) => v.device === d);
      return {
        answer: asObject(call.example, seen ? listed(d, seen.binding, seen.share, devices.online(d)) : {}),
      };
    },
    "device.control": (call) => control(call, devices, notify),
    "device.attributes": (call) => {
      const d = visibleDevice(call, devices);
      if (isRefusal(d)) return d;
      const codes = listOf(call, "codeList");
      const values = devices.values(d);
      const items = (productOf(d.productKey)?.properties ?? [])
        .filter((p) => codes.length === 0 || codes.includes(p.code))
        .map((p) => ({
          abId: p.id,
          resourceCode: p.code,
          resourceValce: String(values[p.code]),
          name: p.name,
          dataType: p.dataType,
          type: "PROPERTY",
          subType: p.writable ? "RW" : "R",
        }));
      return {
        answer: asObject(call.example, {
          customizeTslInfo: items,
          deviceData: { productKey: d.productKey, deviceKey: d.deviceKey },
        }),
      };
    },
    "device.history": (call) => {
      const d = visibleDevice(call, devices);
      if (isRefusal(d)) return d;
      const codes = listOf(call, "attributeCode");
      const from = Number(call.value("startTimestamp") ?? 0);
      const to = Number(call.value("endTimestamp") ?? Number.MAX_SAFE_INTEGER);
      const items = devices
        .history(d)
        .filter((s) => (codes.length === 0 || codes.includes(s.code)) && s.at >= from && s.at <= to)
        .reverse()
        .map((s) => ({
          productKey: d.productKey,
          deviceKey: d.deviceKey,
          propertyCode: s.code,
          propertyValue: s.value,
          createTime: s.at,
          createTimeTs: s.at,
          tsCreateTime: s.at,
        }));
      return { answer: asList(call.example, items) };
    },
    "product.tsl": (call) => {
      const product = productOf(call.value("pk") ?? call.value("productKey"));
      if (!product) return refuse(call, [5553, 5327, 5229], "no such product in the sandbox catalogue");
      return { answer: withData(call.example, tslOf(product)) };
    },
  };
}

/** The TSL model of a catalogue product, in Quectel's layout (the App spec's `ProductTslModel`, the SaaS spec's `SaasTslModel`). */
export function tslOf(product: VirtualProduct) {
  const text = (n: number | undefined) => (n === undefined ? "" : String(n));
  const specsOf = (p: TslProperty) => {
    if (p.dataType === "BOOL" || p.dataType === "ENUM")
      return Object.entries(p.values ?? {}).map(([value, name]) => ({ dataType: p.dataType, name, value }));
    if (p.dataType === "TEXT") return { length: text(p.max) };
    const step = p.dataType === "INT" ? "1" : "0.01";
    return { min: text(p.min), max: text(p.max), step, unit: p.unit ?? "" };
  };
  return {
    profile: { tslVersion: "1.2.0", productKey: product.productKey },
    properties: product.properties.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      dataType: p.dataType,
      subType: p.writable ? "RW" : "R",
      type: "PROPERTY",
      sort: p.id,
      desc: "",
      specs: specsOf(p),
    })),
    events: [],
    services: [],
  };
}

/**
 * `batchControlDevice`: type 2 (property) writes `data`, a JSON object of `{code: value}` or an array
 * of them (the form Quectel's TSL uses), to each listed device the user may see; pass-through (1)
 * and service (3) commands are accepted and recorded as sent. Each device succeeds or fails alone.
 */
function control(call: Call, devices: DeviceState, notify: (d: VirtualDevice, c: string, n: number) => void) {
  const uid = userOf(call);
  const type = Number(call.body.type);
  let written: Record<string, unknown> = {};
  if (type === 2) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(String(call.body.data ?? ""));
    } catch {
      return refuse(
        call,
        [5073, 5074],
        'data of a property command (type 2) must be JSON like [{"switch":true}]',
      );
    }
    const parts = Array.isArray(parsed) ? parsed : [parsed];
    if (!parts.every((p) => typeof p === "object" && p !== null && !Array.isArray(p)))
      return refuse(
        call,
        [5073, 5074],
        'data of a property command (type 2) must be JSON like [{"switch":true}]',
      );
    written = Object.assign({}, ...parts);
  }
  const successList: unknown[] = [];
  const failureList: unknown[] = [];
  for (const entry of (call.body.deviceList ?? []) as Record<string, string>[]) {
    const pkdk = { productKey: entry.productKey, deviceKey: entry.deviceKey };
    const device = deviceOf(entry.productKey, entry.deviceKey);
    const problems = !device
      ? ["no such device"]
      : !devices.role(uid, device, call.now)
        ? ["no permission for this device"]
        : type === 2
          ? devices.write(device, written, call.now)
          : [];
    if (problems.length) failureList.push({ data: pkdk, msg: problems.join("; ") });
    else {
      successList.push({ data: pkdk, ticket: randomBytes(8).toString("hex") });
      if (device && type === 2) notify(device, `Properties changed: ${JSON.stringify(written)}`, call.now);
    }
  }
  return { answer: asObject(call.example, { successList, failureList }) };
}
