import { randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
import { SANDBOX_MEMORY_MAX } from "../../../sandbox/kit.js";

/**
 * The Quectel sandbox's per-user records that are created by one call and listed, changed and
 * deleted by others: families, rooms, scenes, automations and cloud timers (cron jobs). One store,
 * configured per kind: the id field the vendor uses, where the id also sits in the record, and the
 * request fields a list is filtered by.
 */

type Json = Record<string, unknown>;

export interface KindConfig {
  /** The id's field name in requests and answers (`fid`, `frid`, `sceneId`, …). */
  id: string;
  /** Other places in the record that hold the id (e.g. `sceneInfo.sceneId`). */
  idAt?: string[][];
  /** Request fields a list is narrowed by, when the request gives them. */
  filters: string[];
  /** A new id. */
  mint: () => string;
}

const hex = (bytes: number) => randomBytes(bytes).toString("hex");

export const KINDS = {
  family: { id: "fid", filters: [], mint: () => `f_${hex(8)}` },
  room: { id: "frid", filters: ["fid"], mint: () => `r_${hex(8)}` },
  scene: { id: "sceneId", idAt: [["sceneInfo", "sceneId"]], filters: ["fid"], mint: () => `s_${hex(8)}` },
  automation: { id: "automationId", filters: ["fid"], mint: () => String(Number.parseInt(hex(5), 16)) },
  cron: { id: "ruleId", filters: ["deviceKey", "productKey"], mint: () => `c_${hex(8)}` },
  sceneLog: {
    id: "executionId",
    filters: ["fid", "sceneId"],
    mint: () => String(Number.parseInt(hex(5), 16)),
  },
} satisfies Record<string, KindConfig>;

export type Kind = keyof typeof KINDS;

interface Stored {
  uid: string;
  record: Json;
}

/** Request field spellings that the answers spell otherwise (`dk` in, `deviceKey` out). */
const ALIASES: Record<string, string> = { dk: "deviceKey", pk: "productKey" };

function setPath(record: Json, path: string[], value: unknown) {
  let at = record;
  for (const key of path.slice(0, -1)) {
    if (typeof at[key] !== "object" || at[key] === null) at[key] = {};
    at = at[key] as Json;
  }
  at[path[path.length - 1] as string] = value;
}

export function createCollections() {
  const stores = new Map<Kind, LRUCache<string, Stored>>();
  /** Creation order: lists are oldest first even within one millisecond. */
  const order = new WeakMap<Json, number>();
  let created = 0;
  const store = (kind: Kind) => {
    let s = stores.get(kind);
    if (!s) {
      s = new LRUCache<string, Stored>({ max: SANDBOX_MEMORY_MAX });
      stores.set(kind, s);
    }
    return s;
  };

  return {
    create(kind: Kind, uid: string, fields: Json, now: number): Json {
      const config: KindConfig = KINDS[kind];
      const id = config.mint();
      const record: Json = { ...fields, createTime: now, addTime: now, addTimeTs: now };
      for (const [from, to] of Object.entries(ALIASES)) if (from in fields) record[to] = fields[from];
      record[config.id] = id;
      for (const path of config.idAt ?? []) setPath(record, path, id);
      order.set(record, created++);
      store(kind).set(id, { uid, record });
      return record;
    },
    get(kind: Kind, uid: string, id: string | undefined): Json | undefined {
      const found = id === undefined ? undefined : store(kind).get(id);
      return found && found.uid === uid ? found.record : undefined;
    },
    list(kind: Kind, uid: string, filter: Json = {}): Json[] {
      const config: KindConfig = KINDS[kind];
      const narrowed = config.filters.filter((f) => filter[f] !== undefined && filter[f] !== "");
      return [...store(kind).values()]
        .filter((s) => s.uid === uid)
        .map((s) => s.record)
        .filter((r) => narrowed.every((f) => String(r[f]) === String(filter[f])))
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    },
    update(kind: Kind, uid: string, id: string | undefined, fields: Json): Json | undefined {
      const record = this.get(kind, uid, id);
      if (!record) return undefined;
      const config: KindConfig = KINDS[kind];
      Object.assign(record, fields, { [config.id]: id });
      for (const path of config.idAt ?? []) setPath(record, path, id);
      return record;
    },
    delete(kind: Kind, uid: string, id: string | undefined): boolean {
      if (!this.get(kind, uid, id)) return false;
      store(kind).delete(id as string);
      return true;
    },
    /** How many records of each kind (for `GET /_iotdock/devices`). */
    counts: () => Object.fromEntries([...stores].map(([k, s]) => [k, s.size])),
  };
}

export type Collections = ReturnType<typeof createCollections>;
