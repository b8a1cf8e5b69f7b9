import { randomBytes, randomInt } from "node:crypto";
import { LRUCache } from "lru-cache";
import { constantTimeEqual } from "../../../core/compare.js";
import { SANDBOX_MEMORY_MAX } from "../../../sandbox/kit.js";

/**
 * End users of the Quectel sandbox and the verification codes it "sends": every SMS and e-mail
 * code goes to an outbox (`GET /_iotdock/outbox`) instead of a phone, so a test registers a user
 * the way an app does: ask for a code, read it, register with it.
 */

/** A code is valid this long after it was sent, and only the last one sent (vendor: 5 minutes). */
export const CODE_LIFETIME_MS = 5 * 60 * 1000;
/** Wrong passwords before an e-mail account is frozen, and for how long (5583–5586, 5147). */
export const LOGIN_ATTEMPTS = 5;
export const FROZEN_MS = 20 * 60 * 1000;

export interface OutboxEntry {
  channel: "sms" | "email";
  /** `86 17100000001` for an SMS, the address for an e-mail. */
  to: string;
  /** `codeType` (SMS) or `emailType` (e-mail). */
  purpose: number;
  code: string;
  sentAt: number;
  used: boolean;
}

export interface Account {
  uid: string;
  password: string;
  profile: Record<string, unknown>;
  failures: number;
  frozenUntil: number;
}

/** `C` and seven digits, like the uids of the vendor's examples (`C131362`). */
const newUid = () => `C${randomInt(1_000_000, 9_999_999)}`;

export function createAccounts() {
  const accounts = new LRUCache<string, Account>({ max: SANDBOX_MEMORY_MAX });
  const byUid = new LRUCache<string, string>({ max: SANDBOX_MEMORY_MAX });
  const outbox: OutboxEntry[] = [];

  const create = (key: string, password: string, profile: Record<string, unknown>) => {
    const account: Account = { uid: newUid(), password, profile, failures: 0, frozenUntil: 0 };
    accounts.set(key, account);
    byUid.set(account.uid, key);
    return account;
  };

  return {
    get: (key: string) => accounts.get(key),
    ofUid: (uid: string) => {
      const key = byUid.get(uid);
      return key === undefined ? undefined : accounts.get(key);
    },
    create,
    /** Every account, oldest first (the SaaS API's user lists). */
    all: () => [...accounts.values()].reverse(),
    /** Forgets an account (`userDelete`). */
    remove(uid: string) {
      const key = byUid.get(uid);
      if (key !== undefined) accounts.delete(key);
      byUid.delete(uid);
    },
    /** Checks a password; counts failures (`frozen` after LOGIN_ATTEMPTS in a row). */
    check(account: Account, password: string, now: number): "ok" | "wrong" | "frozen" {
      if (account.frozenUntil > now) return "frozen";
      if (constantTimeEqual(account.password, password)) {
        account.failures = 0;
        return "ok";
      }
      account.failures += 1;
      if (account.failures >= LOGIN_ATTEMPTS) {
        account.failures = 0;
        account.frozenUntil = now + FROZEN_MS;
        return "frozen";
      }
      return "wrong";
    },
    /** Sends a code: six digits, recorded in the outbox. */
    send(channel: OutboxEntry["channel"], to: string, purpose: number, now: number): OutboxEntry {
      const entry = {
        channel,
        to,
        purpose,
        code: String(randomInt(0, 1_000_000)).padStart(6, "0"),
        sentAt: now,
        used: false,
      };
      outbox.push(entry);
      if (outbox.length > 1000) outbox.shift();
      return entry;
    },
    /** Uses a code: the last one sent to `to` for `purpose`, unused and under 5 minutes old. */
    consume(
      channel: OutboxEntry["channel"],
      to: string,
      purpose: number,
      code: string,
      now: number,
    ): boolean {
      const last = outbox.findLast((e) => e.channel === channel && e.to === to && e.purpose === purpose);
      if (!last || last.used || now - last.sentAt > CODE_LIFETIME_MS || !constantTimeEqual(last.code, code))
        return false;
      last.used = true;
      return true;
    },
    outbox: () => outbox.map((e) => ({ ...e })),
    count: () => accounts.size,
    /** An id no account has, for tokens of users the sandbox did not register (the examples'). */
    anonymous: () => `C${randomBytes(3).readUIntBE(0, 3)}`,
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
