import { createHash } from "node:crypto";

/**
 * The Haier sandbox's virtual devices: the pages' own example devices, each with a typeId (Haier's
 * `wifiType`), a model of properties (Haier carries every value as a string) and which of them a
 * user may write. Binding, commands, sharing and status act on these; `GET /_iotdock/devices` lists
 * them with their state.
 */

export interface HaierProperty {
  name: string;
  description: string;
  writable: boolean;
  /** The values it may take: a list, or a numeric range (as Haier's model describes them). */
  values: { list: string[] } | { min: number; max: number; step: number };
  initial: string;
}

export interface HaierVirtualDevice {
  deviceId: string;
  typeId: string;
  deviceName: string;
  /** What kind of appliance (the model's `deviceType`). */
  deviceType: string;
  model: string;
  properties: HaierProperty[];
}

const onOff: HaierProperty = {
  name: "onOffStatus",
  description: "Power: true on, false off",
  writable: true,
  values: { list: ["true", "false"] },
  initial: "false",
};

/** The air conditioner of dev-mgmt.md and reservation.md (KFR-72LW/08DBA22A). */
const airConditioner: HaierVirtualDevice = {
  deviceId: "DC330D01FBF1",
  typeId: "111c120024000810040100318000614300000001000000000000000000000000",
  deviceName: "Living room air conditioner",
  deviceType: "airConditioner",
  model: "KFR-72LW/08DBA22A",
  properties: [
    onOff,
    {
      name: "targetTemperature",
      description: "Target temperature, °C",
      writable: true,
      values: { min: 16, max: 30, step: 1 },
      initial: "26",
    },
    {
      name: "operationMode",
      description: "Mode: 0 auto, 1 cool, 2 dehumidify, 3 fan, 4 heat",
      writable: true,
      values: { list: ["0", "1", "2", "3", "4"] },
      initial: "1",
    },
    {
      name: "indoorTemperature",
      description: "Room temperature, °C (reported)",
      writable: false,
      values: { min: -20, max: 50, step: 0.5 },
      initial: "27.5",
    },
  ],
};

/** The washing machine whose deviceId Signature.md's worked example signs. */
const washer: HaierVirtualDevice = {
  deviceId: "2C37C530B5F1",
  typeId: "101c120024000810140101f8d0c8d8000000000000000000000000000000000000",
  deviceName: "Bathroom washer",
  deviceType: "washingMachine",
  model: "XQG100-HB14876LU1",
  properties: [
    onOff,
    {
      name: "washTemperature",
      description: "Wash temperature, °C",
      writable: true,
      values: { list: ["0", "20", "30", "40", "60", "90"] },
      initial: "40",
    },
    {
      name: "remainingTimeMM",
      description: "Minutes left (reported)",
      writable: false,
      values: { min: 0, max: 600, step: 1 },
      initial: "0",
    },
  ],
};

/** The refrigerator of dev-control.md's batch command example. */
const fridge: HaierVirtualDevice = {
  deviceId: "0007A8B7014E",
  typeId: "201c120024000810040100318000614300000001000000000000000000000000",
  deviceName: "Kitchen refrigerator",
  deviceType: "refrigerator",
  model: "BCD-470WDPG",
  properties: [
    {
      name: "refrigeratorTargetTemp",
      description: "Refrigerator compartment target, °C",
      writable: true,
      values: { min: 2, max: 8, step: 1 },
      initial: "5",
    },
    {
      name: "freezerTargetTemp",
      description: "Freezer compartment target, °C",
      writable: true,
      values: { min: -24, max: -16, step: 1 },
      initial: "-18",
    },
    {
      name: "doorOpenStatus",
      description: "A door is open (reported)",
      writable: false,
      values: { list: ["true", "false"] },
      initial: "false",
    },
  ],
};

export const HAIER_DEVICES: readonly HaierVirtualDevice[] = [airConditioner, washer, fridge];

export const haierDevice = (deviceId: unknown) => HAIER_DEVICES.find((d) => d.deviceId === deviceId);

/** Why `value` is not a value `property` may take, or undefined. */
export function valueProblem(property: HaierProperty, value: string): string | undefined {
  const { values } = property;
  if ("list" in values)
    return values.list.includes(value)
      ? undefined
      : `${property.name}: ${value} is not one of ${values.list.join(", ")}`;
  const n = Number(value);
  if (value === "" || !Number.isFinite(n) || n < values.min || n > values.max)
    return `${property.name}: ${value} is not a number from ${values.min} to ${values.max}`;
  return undefined;
}

/**
 * The scene engine's ids of a virtual device (its "component") and of its properties: Haier's are
 * 32 hex digits; the sandbox's are the first 32 hex digits of SHA-256 over `iotdock:component:`
 * and the device id (then `:` and the property name), listed by `GET /_iotdock/devices` and answered
 * by the scene calls that describe a device's functions.
 */
export const componentIdOf = (deviceId: string) =>
  createHash("sha256").update(`iotdock:component:${deviceId}`).digest("hex").slice(0, 32);
export const propertyIdOf = (deviceId: string, name: string) =>
  createHash("sha256").update(`iotdock:component:${deviceId}:${name}`).digest("hex").slice(0, 32);

/**
 * The devices and property a scene's condition or action names. Haier's rule JSON names devices by
 * MAC in the `object` next to the component (`{"value": "DC330D01FBF1,0007A8B7014E"}`) and a
 * property by its id (`name.id`, `key.id`) or standard name (`name.value`); without an `object`,
 * the sandbox takes the component id as naming one device (`componentIdOf`).
 */
export function sceneTargets(componentId: unknown, object: unknown, ref: unknown) {
  const macs =
    typeof object === "object" && object !== null && typeof (object as { value?: unknown }).value === "string"
      ? (object as { value: string }).value
          .split(",")
          .map((m) => m.trim())
          .filter(Boolean)
      : [];
  const devices = macs.length
    ? macs.map((mac) => HAIER_DEVICES.find((d) => d.deviceId === mac))
    : [HAIER_DEVICES.find((d) => componentIdOf(d.deviceId) === componentId)];
  const r = (typeof ref === "object" && ref !== null ? ref : {}) as { id?: unknown; value?: unknown };
  return devices.map((device) => ({
    device,
    property: device?.properties.find(
      (p) => propertyIdOf(device.deviceId, p.name) === r.id || (r.value !== undefined && p.name === r.value),
    ),
    named: macs.length ? macs.join(",") : String(componentId),
  }));
}
