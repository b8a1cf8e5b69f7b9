/**
 * The Quectel sandbox's virtual devices: a few products with TSL models (the properties a device
 * reports and which of them an app may write) and the devices of each, with their product key,
 * device key and SN. Binding, control, sharing and families act on these; `GET /_iotdock/devices`
 * lists them with their state.
 */

export type TslDataType = "BOOL" | "INT" | "FLOAT" | "DOUBLE" | "ENUM" | "TEXT";

export interface TslProperty {
  id: number;
  code: string;
  name: string;
  dataType: TslDataType;
  /** Whether an app may write it (`batchControlDevice`); otherwise the device reports it. */
  writable: boolean;
  unit?: string;
  min?: number;
  max?: number;
  /** ENUM values and their meanings (BOOL: the meanings of "true" and "false"). */
  values?: Record<string, string>;
  initial: boolean | number | string;
}

export interface VirtualProduct {
  productKey: string;
  productName: string;
  properties: TslProperty[];
}

export interface VirtualDevice {
  productKey: string;
  deviceKey: string;
  sn: string;
  deviceName: string;
}

/** The product of the spec's illustrative examples (pk `p11u8a`, dk `866123456789015`). */
const scooter: VirtualProduct = {
  productKey: "p11u8a",
  productName: "iotdock E-Scooter",
  properties: [
    {
      id: 1,
      code: "lock",
      name: "Lock",
      dataType: "BOOL",
      writable: true,
      values: { false: "Unlocked", true: "Locked" },
      initial: true,
    },
    {
      id: 2,
      code: "battery_level",
      name: "Battery level",
      dataType: "INT",
      writable: false,
      unit: "%",
      min: 0,
      max: 100,
      initial: 76,
    },
    {
      id: 3,
      code: "speed",
      name: "Speed",
      dataType: "FLOAT",
      writable: false,
      unit: "km/h",
      min: 0,
      max: 120,
      initial: 0,
    },
    {
      id: 4,
      code: "mileage",
      name: "Total mileage",
      dataType: "DOUBLE",
      writable: false,
      unit: "km",
      min: 0,
      max: 999999,
      initial: 1523.47,
    },
    {
      id: 5,
      code: "ride_mode",
      name: "Ride mode",
      dataType: "ENUM",
      writable: true,
      values: { "1": "Eco", "2": "Normal", "3": "Sport" },
      initial: 2,
    },
  ],
};

const plug: VirtualProduct = {
  productKey: "p11x4d",
  productName: "iotdock Smart Plug",
  properties: [
    {
      id: 1,
      code: "switch",
      name: "Power switch",
      dataType: "BOOL",
      writable: true,
      values: { false: "Off", true: "On" },
      initial: false,
    },
    {
      id: 2,
      code: "power",
      name: "Power draw",
      dataType: "FLOAT",
      writable: false,
      unit: "W",
      min: 0,
      max: 3680,
      initial: 0,
    },
    {
      id: 3,
      code: "countdown",
      name: "Countdown",
      dataType: "INT",
      writable: true,
      unit: "s",
      min: 0,
      max: 86400,
      initial: 0,
    },
  ],
};

const thermostat: VirtualProduct = {
  productKey: "p11v2b",
  productName: "iotdock Thermostat",
  properties: [
    {
      id: 1,
      code: "current_temperature",
      name: "Room temperature",
      dataType: "FLOAT",
      writable: false,
      unit: "°C",
      min: -20,
      max: 60,
      initial: 21.5,
    },
    {
      id: 2,
      code: "target_temperature",
      name: "Target temperature",
      dataType: "INT",
      writable: true,
      unit: "°C",
      min: 5,
      max: 35,
      initial: 20,
    },
    {
      id: 3,
      code: "mode",
      name: "Mode",
      dataType: "ENUM",
      writable: true,
      values: { "0": "off", "1": "heat", "2": "cool", "3": "auto" },
      initial: 3,
    },
  ],
};

const sensor: VirtualProduct = {
  productKey: "p11w3c",
  productName: "iotdock Door Sensor",
  properties: [
    {
      id: 1,
      code: "door_open",
      name: "Door open",
      dataType: "BOOL",
      writable: false,
      values: { false: "Closed", true: "Open" },
      initial: false,
    },
    {
      id: 2,
      code: "battery",
      name: "Battery level",
      dataType: "INT",
      writable: false,
      unit: "%",
      min: 0,
      max: 100,
      initial: 87,
    },
    { id: 3, code: "label", name: "Label", dataType: "TEXT", writable: true, max: 32, initial: "front door" },
  ],
};

export const PRODUCTS: readonly VirtualProduct[] = [scooter, plug, thermostat, sensor];

const device = (
  product: VirtualProduct,
  deviceKey: string,
  sn: string,
  deviceName: string,
): VirtualDevice => ({
  productKey: product.productKey,
  deviceKey,
  sn,
  deviceName,
});

export const DEVICES: readonly VirtualDevice[] = [
  device(scooter, "866123456789015", "QSCOOT000001", "Blue scooter"),
  device(scooter, "866123456789023", "QSCOOT000002", "Red scooter"),
  device(scooter, "866123456789056", "QSCOOT000003", "Green scooter"),
  device(plug, "866123456789031", "QPLUG0000001", "Living room plug"),
  device(plug, "866123456789049", "QPLUG0000002", "Kitchen plug"),
  device(thermostat, "A4C1380D2E01", "QTHERM000001", "Hall thermostat"),
  device(thermostat, "A4C1380D2E02", "QTHERM000002", "Bedroom thermostat"),
  device(sensor, "A4C1380D3F01", "QDOOR0000001", "Front door sensor"),
];

export function productOf(productKey: string | undefined): VirtualProduct | undefined {
  return PRODUCTS.find((p) => p.productKey === productKey);
}

export function deviceOf(
  productKey: string | undefined,
  deviceKey: string | undefined,
): VirtualDevice | undefined {
  return DEVICES.find((d) => d.productKey === productKey && d.deviceKey === deviceKey);
}

export function deviceBySn(
  productKey: string | undefined,
  sn: string | undefined,
): VirtualDevice | undefined {
  return DEVICES.find((d) => d.productKey === productKey && d.sn === sn);
}

/** A written value in the property's type, or why it is not one. */
export function coerce(
  property: TslProperty,
  value: unknown,
): { value: boolean | number | string } | { problem: string } {
  const bad = (why: string) => ({ problem: `${property.code}: ${why}` });
  if (!property.writable) return bad("read-only property");
  const text = typeof value === "string" ? value.trim() : undefined;
  switch (property.dataType) {
    case "BOOL":
      if (typeof value === "boolean") return { value };
      if (text === "true" || text === "false") return { value: text === "true" };
      return bad("expects true or false");
    case "TEXT":
      if (typeof value !== "string") return bad("expects text");
      if (property.max !== undefined && value.length > property.max)
        return bad(`longer than ${property.max}`);
      return { value };
    default: {
      const n = typeof value === "number" ? value : text ? Number(text) : Number.NaN;
      if (!Number.isFinite(n)) return bad("expects a number");
      if (property.dataType !== "FLOAT" && !Number.isInteger(n)) return bad("expects an integer");
      if (property.dataType === "ENUM" && !(String(n) in (property.values ?? {})))
        return bad(`expects one of ${Object.keys(property.values ?? {}).join(", ")}`);
      if (
        (property.min !== undefined && n < property.min) ||
        (property.max !== undefined && n > property.max)
      )
        return bad(`out of range ${property.min}..${property.max}`);
      return { value: n };
    }
  }
}
