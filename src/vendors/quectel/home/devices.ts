import { LRUCache } from "lru-cache";
import { SANDBOX_MEMORY_MAX } from "../../../sandbox/kit.js";
import { coerce, DEVICES, productOf, type VirtualDevice } from "./catalogue.js";

/**
 * The virtual devices' state in the Quectel sandbox: who bound each device, whom it is shared
 * with, its TSL property values and their history. Pure data and rules; the behaviours that map
 * operations onto it are in behaviours.ts.
 */

export interface Binding {
  owner: string;
  deviceName: string;
  boundAt: number;
  fid?: string;
  frid?: string;
}

export interface Share {
  shareCode: string;
  productKey: string;
  deviceKey: string;
  owner: string;
  /** The user who accepted it (absent: not accepted yet). */
  sharee?: string;
  deviceName?: string;
  createdAt: number;
  /** Until when the share code can be accepted (ms). */
  acceptBefore: number;
  /** Until when an accepted share lasts (ms; absent: for ever). */
  expiresAt?: number;
  acceptedAt?: number;
}

export interface Sample {
  code: string;
  value: boolean | number | string;
  at: number;
}

/** The most samples kept per device. */
const HISTORY_MAX = 1000;

export const keyOf = (device: { productKey: string; deviceKey: string }) =>
  `${device.productKey}/${device.deviceKey}`;

/**
 * What happened to a device, for whoever listens (the SaaS side turns these into AMQP messages):
 * properties written (by either API or a scene), bound or unbound by a user, online or offline.
 */
export type DeviceEvent =
  | { kind: "written"; device: VirtualDevice; values: Record<string, boolean | number | string>; at: number }
  | { kind: "bound" | "unbound"; device: VirtualDevice; uid: string; at: number }
  | { kind: "online" | "offline"; device: VirtualDevice; at: number };

export function createDeviceState() {
  const bindings = new Map<string, Binding>();
  const shares = new LRUCache<string, Share>({ max: SANDBOX_MEMORY_MAX });
  const values = new Map<string, Record<string, boolean | number | string>>();
  const history = new Map<string, Sample[]>();
  const offline = new Set<string>();
  const listeners = new Set<(event: DeviceEvent) => void>();
  const emit = (event: DeviceEvent) => {
    for (const listener of listeners) listener(event);
  };

  for (const device of DEVICES) {
    const initial: Record<string, boolean | number | string> = {};
    for (const p of productOf(device.productKey)?.properties ?? []) initial[p.code] = p.initial;
    values.set(keyOf(device), initial);
  }

  const activeShares = (now: number) =>
    [...shares.values()].filter(
      (s) => s.sharee !== undefined && (s.expiresAt === undefined || s.expiresAt > now),
    );

  return {
    bindings,
    shares,
    binding: (device: VirtualDevice) => bindings.get(keyOf(device)),
    /** The user's role for a device: owner, sharee (with the share), or none. */
    role(uid: string, device: VirtualDevice, now: number): { owner: true } | { share: Share } | undefined {
      if (bindings.get(keyOf(device))?.owner === uid) return { owner: true };
      const share = activeShares(now).find((s) => s.sharee === uid && keyOf(s) === keyOf(device));
      return share ? { share } : undefined;
    },
    /** The devices a user sees: bound by them, or shared with them and accepted. */
    visible(uid: string, now: number): { device: VirtualDevice; binding: Binding; share?: Share }[] {
      const out: { device: VirtualDevice; binding: Binding; share?: Share }[] = [];
      for (const device of DEVICES) {
        const binding = bindings.get(keyOf(device));
        if (!binding) continue;
        if (binding.owner === uid) out.push({ device, binding });
        else {
          const share = activeShares(now).find((s) => s.sharee === uid && keyOf(s) === keyOf(device));
          if (share) out.push({ device, binding, share });
        }
      }
      return out;
    },
    bind(uid: string, device: VirtualDevice, now: number, extra: Partial<Binding>) {
      bindings.set(keyOf(device), { owner: uid, deviceName: device.deviceName, boundAt: now, ...extra });
      emit({ kind: "bound", device, uid, at: now });
    },
    /** Unbinds a device: its shares end with it. */
    unbind(device: VirtualDevice, now: number) {
      const owner = bindings.get(keyOf(device))?.owner;
      bindings.delete(keyOf(device));
      for (const [code, share] of shares.entries()) if (keyOf(share) === keyOf(device)) shares.delete(code);
      if (owner) emit({ kind: "unbound", device, uid: owner, at: now });
    },
    /** Whether the device is connected (all are, until a test says otherwise). */
    online: (device: VirtualDevice) => !offline.has(keyOf(device)),
    /** Connects or disconnects a device (the test route `/_iotdock/devices/online`). */
    setOnline(device: VirtualDevice, online: boolean, now: number) {
      if (online === !offline.has(keyOf(device))) return;
      if (online) offline.delete(keyOf(device));
      else offline.add(keyOf(device));
      emit({ kind: online ? "online" : "offline", device, at: now });
    },
    /** Calls `listener` with every device event; returns its removal. */
    on(listener: (event: DeviceEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    values: (device: VirtualDevice) => values.get(keyOf(device)) ?? {},
    history: (device: VirtualDevice) => history.get(keyOf(device)) ?? [],
    /**
     * Writes TSL properties (`{code: value}`): all or nothing. Returns the problems when one is
     * unknown, read-only or of the wrong type.
     */
    write(device: VirtualDevice, written: Record<string, unknown>, now: number): string[] {
      const product = productOf(device.productKey);
      const problems: string[] = [];
      const accepted: Sample[] = [];
      for (const [code, raw] of Object.entries(written)) {
        const property = product?.properties.find((p) => p.code === code);
        if (!property) {
          problems.push(`${code}: not a property of ${device.productKey}`);
          continue;
        }
        const result = coerce(property, raw);
        if ("problem" in result) problems.push(result.problem);
        else accepted.push({ code, value: result.value, at: now });
      }
      if (problems.length || accepted.length === 0)
        return problems.length ? problems : ["no property to write"];
      const current = values.get(keyOf(device)) ?? {};
      const samples = history.get(keyOf(device)) ?? [];
      for (const sample of accepted) {
        current[sample.code] = sample.value;
        samples.push(sample);
      }
      values.set(keyOf(device), current);
      history.set(keyOf(device), samples.slice(-HISTORY_MAX));
      emit({
        kind: "written",
        device,
        values: Object.fromEntries(accepted.map((a) => [a.code, a.value])),
        at: now,
      });
      return [];
    },
  };
}

export type DeviceState = ReturnType<typeof createDeviceState>;
