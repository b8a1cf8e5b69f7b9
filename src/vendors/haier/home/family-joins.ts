import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import { SANDBOX_MEMORY_MAX } from "../../../sandbox/kit.js";

/**
 * The other ways into a Haier family (`zh-cn/Family/fam-manage.md`): a QR code a member shows (a
 * token valid for the seconds asked), and a user's application that the administrator answers.
 */

export interface QrToken {
  familyId: string;
  inviter: string;
  expiresAt: number;
}

export interface Application {
  applicationId: string;
  familyId: string;
  uid: string;
  memberName?: string;
  /** 0 waiting, 1 agreed, 2 refused. */
  status: 0 | 1 | 2;
  createdAt: number;
}

const newId = () => randomUUID().replaceAll("-", "");

export function createFamilyJoins(max = SANDBOX_MEMORY_MAX) {
  const tokens = new LRUCache<string, QrToken>({ max });
  const applications = new LRUCache<string, Application>({ max });
  return {
    qrCode(familyId: string, inviter: string, seconds: number, now: number): string {
      const token = newId();
      tokens.set(token, { familyId, inviter, expiresAt: now + Math.max(1, seconds) * 1000 });
      return token;
    },
    /** The token's family and inviter while it is valid. */
    qrToken: (token: string, now: number) => {
      const found = tokens.get(token);
      return found && found.expiresAt > now ? found : undefined;
    },
    apply(familyId: string, uid: string, now: number, memberName?: string): Application {
      const application = {
        applicationId: newId(),
        familyId,
        uid,
        memberName,
        status: 0 as const,
        createdAt: now,
      };
      applications.set(application.applicationId, application);
      return application;
    },
    application: (id: string) => applications.get(id),
  };
}
