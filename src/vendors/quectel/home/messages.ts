import { randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
import { SANDBOX_MEMORY_MAX } from "../../../sandbox/kit.js";

/**
 * The users' message centre in the Quectel sandbox (`userMsgList`, `readMsg`, `deleteMsg`,
 * `batchDeleteMsg`): device events (bound, unbound, shared, property changed) leave a message for
 * the users who see the device.
 */

/** `msgType` of the message pages: 1 device notification, 2 alarm, 3 fault, 4 system. */
export const MSG_DEVICE_NOTIFICATION = 1;
/** `firstLabel`: 1 system, 2 smart (scenes, automations), 3 device. */
export const LABEL_DEVICE = 3;

export interface Message {
  id: string;
  uid: string;
  msgType: number;
  firstLabel: number;
  title: string;
  content: string;
  pk: string;
  dk: string;
  deviceName: string;
  addTime: number;
  isRead: boolean;
  readTime: number;
}

export function createMessages() {
  const messages = new LRUCache<string, Message>({ max: SANDBOX_MEMORY_MAX });
  /** The order messages were added in: newest first even within one millisecond. */
  const order = new WeakMap<Message, number>();
  let added = 0;
  const mine = (uid: string) => [...messages.values()].filter((m) => m.uid === uid);
  /** Ids from a comma-separated list; absent or empty: undefined (all). */
  const idsOf = (list: string | undefined) =>
    list
      ? new Set(
          list
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        )
      : undefined;
  return {
    add(uids: string[], message: Omit<Message, "id" | "uid" | "isRead" | "readTime">) {
      for (const uid of new Set(uids)) {
        const id = randomBytes(12).toString("hex");
        const entry = { ...message, id, uid, isRead: false, readTime: 0 };
        order.set(entry, added++);
        messages.set(id, entry);
      }
    },
    list(uid: string, filter: { msgType?: string; isRead?: string; dk?: string; pk?: string }): Message[] {
      return mine(uid)
        .filter((m) => !filter.msgType || String(m.msgType) === filter.msgType)
        .filter((m) => !filter.isRead || String(m.isRead) === filter.isRead)
        .filter((m) => !filter.dk || m.dk === filter.dk)
        .filter((m) => !filter.pk || m.pk === filter.pk)
        .sort((a, b) => b.addTime - a.addTime || (order.get(b) ?? 0) - (order.get(a) ?? 0));
    },
    /** Marks the listed messages read (all of the user's when no list); returns the ids read. */
    read(uid: string, list: string | undefined, now: number): string[] {
      const ids = idsOf(list);
      const read = mine(uid).filter((m) => !ids || ids.has(m.id));
      for (const m of read) Object.assign(m, { isRead: true, readTime: now });
      return read.map((m) => m.id);
    },
    /** Deletes the listed messages of the user; returns those deleted and those that were not theirs. */
    delete(uid: string, list: string | undefined): { deleted: string[]; unknown: string[] } {
      const ids = [...(idsOf(list) ?? [])];
      const deleted = ids.filter((id) => messages.get(id)?.uid === uid);
      for (const id of deleted) messages.delete(id);
      return { deleted, unknown: ids.filter((id) => !deleted.includes(id)) };
    },
    count: () => messages.size,
  };
}

export type Messages = ReturnType<typeof createMessages>;
