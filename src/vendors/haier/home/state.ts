import { LRUCache } from "lru-cache";
import { SANDBOX_MEMORY_MAX } from "../../../sandbox/kit.js";
import { HAIER_DEVICES, type HaierVirtualDevice, haierDevice, valueProblem } from "./catalogue.js";
import { createFamilies } from "./families.js";
import { createScenes } from "./scenes.js";

/**
 * The Haier sandbox's state: who bound each virtual device, whom it is shared with, its property
 * values, the users' messages and the results of batch commands, and the families devices are
 * shared into (families.ts: a family's members may use its devices). Pure data and Haier's rules; the
 * behaviours that map operations onto it are in behaviours.ts.
 */

export interface HaierMessage {
  msgId: string;
  uid: string;
  deviceId: string;
  title: string;
  content: string;
  createdAt: number;
  read: boolean;
}

/** One command's result in a batch (the spec's `HaierBatchResult` detail). */
export interface CommandResult {
  oid: number;
  cmdSn: string;
  cmdSubSn: string;
  deviceId: string;
  execStep: number;
  execResult: boolean;
  execResultCode: string;
  execResultInfo: string;
  resultTime: number;
}

export interface BatchResult {
  cmdSn: string;
  batchResult: boolean;
  batchResultInfo: string;
  detailInfo: CommandResult[];
}

export function createHaierState() {
  const owners = new Map<string, string>();
  /** deviceId → the alias its owner gave it (bindDevice's name, updateAliasName). */
  const aliases = new Map<string, string>();
  /** deviceId → the users it is shared with. */
  const shares = new Map<string, Set<string>>();
  const values = new Map<string, Record<string, string>>();
  const messages = new LRUCache<string, HaierMessage>({ max: SANDBOX_MEMORY_MAX });
  const batches = new LRUCache<string, BatchResult>({ max: SANDBOX_MEMORY_MAX });
  const families = createFamilies();
  const scenes = createScenes();
  /** Called after every successful property write (platform scenes watch them). */
  const writeListeners: ((device: HaierVirtualDevice, now: number) => void)[] = [];
  let nextMsg = 1;
  let nextOid = 1;
  for (const d of HAIER_DEVICES)
    values.set(d.deviceId, Object.fromEntries(d.properties.map((p) => [p.name, p.initial])));

  const notify = (device: HaierVirtualDevice, title: string, content: string, now: number) => {
    const uids = new Set(
      [
        owners.get(device.deviceId),
        ...(shares.get(device.deviceId) ?? []),
        ...families.usersOf(device.deviceId),
      ].filter((u): u is string => u !== undefined),
    );
    for (const uid of uids) {
      const msgId = `TK${String(1_000_000 + nextMsg++)}`;
      messages.set(msgId, {
        msgId,
        uid,
        deviceId: device.deviceId,
        title,
        content,
        createdAt: now,
        read: false,
      });
    }
  };

  /** Owner, sharee, or a member of the family the device is shared into. */
  const mayUse = (uid: string, deviceId: string) =>
    owners.get(deviceId) === uid ||
    (shares.get(deviceId)?.has(uid) ?? false) ||
    families.usersOf(deviceId).includes(uid);

  return {
    families,
    scenes,
    onWrite: (listener: (device: HaierVirtualDevice, now: number) => void) => writeListeners.push(listener),
    owner: (deviceId: string) => owners.get(deviceId),
    mayUse,
    /** The devices a user sees: bound by them, shared with them or with a family of theirs. */
    devicesOf: (uid: string) => HAIER_DEVICES.filter((d) => mayUse(uid, d.deviceId)),
    sharedBy: (uid: string) =>
      HAIER_DEVICES.filter((d) => owners.get(d.deviceId) === uid).flatMap((d) =>
        [...(shares.get(d.deviceId) ?? [])].map((target) => ({ device: d, target })),
      ),
    sharedWith: (uid: string) => HAIER_DEVICES.filter((d) => shares.get(d.deviceId)?.has(uid)),
    /** The device's alias: the owner's name for it, else the catalogue's. */
    alias: (device: HaierVirtualDevice) => aliases.get(device.deviceId) ?? device.deviceName,
    rename: (device: HaierVirtualDevice, alias: string) => aliases.set(device.deviceId, alias),
    bind(uid: string, device: HaierVirtualDevice, now: number, alias?: string) {
      owners.set(device.deviceId, uid);
      if (alias) aliases.set(device.deviceId, alias);
      notify(device, "Device bound", `${device.deviceName} was bound`, now);
    },
    /** Unbinding ends the device's shares too. */
    unbind(device: HaierVirtualDevice, now: number) {
      notify(device, "Device unbound", `${device.deviceName} was unbound`, now);
      owners.delete(device.deviceId);
      shares.delete(device.deviceId);
      families.forgetDevice(device.deviceId);
      aliases.delete(device.deviceId);
    },
    share(device: HaierVirtualDevice, target: string) {
      const set = shares.get(device.deviceId) ?? new Set<string>();
      set.add(target);
      shares.set(device.deviceId, set);
    },
    unshare: (deviceId: string, target: string) => shares.get(deviceId)?.delete(target) ?? false,
    values: (deviceId: string) => values.get(deviceId) ?? {},
    /** Writes property values (all or nothing); the problems when one is unknown, read-only or out of range. */
    write(device: HaierVirtualDevice, written: Record<string, string>, now: number): string[] {
      const problems: string[] = [];
      for (const [name, value] of Object.entries(written)) {
        const property = device.properties.find((p) => p.name === name);
        if (!property) problems.push(`${name}: not a property of ${device.deviceId}`);
        else if (!property.writable) problems.push(`${name}: read-only`);
        else {
          const why = valueProblem(property, value);
          if (why) problems.push(why);
        }
      }
      if (problems.length) return problems;
      Object.assign(values.get(device.deviceId) ?? {}, written);
      const text = Object.entries(written)
        .map(([k, v]) => `${k}=${v}`)
        .join(", ");
      notify(device, "Device status changed", `${device.deviceName}: ${text}`, now);
      for (const listener of writeListeners) listener(device, now);
      return [];
    },
    messagesOf: (uid: string) =>
      [...messages.values()]
        .filter((m) => m.uid === uid)
        .sort((a, b) => b.createdAt - a.createdAt || b.msgId.localeCompare(a.msgId)),
    markRead(uid: string, msgId: string) {
      const m = messages.get(msgId);
      if (m && m.uid === uid) m.read = true;
    },
    deleteMessage: (msgId: string) => messages.delete(msgId),
    /** Records a finished batch (its results as Haier reports them). */
    recordBatch(cmdSn: string, results: Omit<CommandResult, "oid" | "cmdSn">[]): BatchResult {
      const detailInfo = results.map((r) => ({ ...r, oid: nextOid++, cmdSn }));
      const ok = detailInfo.every((r) => r.execResult);
      const batch = { cmdSn, batchResult: ok, batchResultInfo: ok ? "成功" : "部分指令执行失败", detailInfo };
      batches.set(cmdSn, batch);
      return batch;
    },
    batch: (cmdSn: string) => batches.get(cmdSn),
    device: haierDevice,
  };
}

export type HaierState = ReturnType<typeof createHaierState>;
