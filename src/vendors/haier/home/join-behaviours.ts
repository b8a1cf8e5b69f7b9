import { randomInt } from "node:crypto";
import { shaped } from "../../../sandbox/shape.js";
import { haierTime, isRefusal, objectAt, ok, refuse, str } from "./answers.js";
import type { HaierBehaviour } from "./behaviours.js";
import { FAMILY_CODES } from "./families.js";
import { createFamilyJoins } from "./family-joins.js";
import { familyViews } from "./family-views.js";
import type { HaierState } from "./state.js";

/**
 * The other ways in and out of a Haier family, answered from the sandbox's families
 * (`x-iotdock-state` family.qr*, family.apply*, family.cancelInvite, member.*Virtual): QR codes
 * (a member shows one; it names the family and its inviter until it expires; scanning joins),
 * applications the administrator answers, invitations withdrawn, and virtual members (a real
 * member's stand-ins, e.g. a child without an account).
 */

export function joinBehaviours(state: HaierState): Record<string, HaierBehaviour> {
  const { families, familyView, visible, administered, withFamily, user } = familyViews(state);
  const joins = createFamilyJoins();
  /** An unknown or expired QR token or application: no code documented; the rules' code. */
  const unknown = (what: string) =>
    refuse("B00004", `no valid ${what} (iotdock: Haier documents no code for this)`);

  return {
    "family.qrCode": withFamily(visible, (call, f) => {
      const seconds = Number(call.body.timeout) || 300;
      const token = joins.qrCode(f.familyId, call.uid, seconds, call.now);
      return ok(call.example, {
        familyId: f.familyId,
        qrcode: `http://uplusapp.cn/U/0005H?token=${token}&content=uplus://joinFamily/${token}`,
        expiresTime: haierTime(call.now + seconds * 1000),
      });
    }),
    "family.qrInfo": (call) => {
      const found = joins.qrToken(String(call.body.qrCode ?? ""), call.now);
      const f = found && families.visible(found.familyId, found.inviter);
      if (!f || isRefusal(f)) return unknown("QR code");
      return ok(call.example, {
        familyInfo: familyView(call.example.familyInfo, f),
        inviter: shaped(call.example.inviter, user(found.inviter)),
      });
    },
    "family.qrJoin": (call) => {
      const found = joins.qrToken(String(call.body.familyQRCode ?? ""), call.now);
      const f = found && families.visible(found.familyId, found.inviter);
      if (!f || isRefusal(f)) return unknown("QR code");
      // Already in the family: the page answers success.
      if (!f.members.has(call.uid)) families.add(f, call.uid, call.now, str(call.body.userFamilyName));
      return ok(call.example, { familyId: f.familyId });
    },
    "family.cancelInvite": withFamily(administered, (call, f) => {
      f.invited.delete(call.value("userId") ?? "");
      return call.example;
    }),
    "family.apply": (call) => {
      // familyId wins; a deviceId names the family the device is shared into.
      const familyId = call.value("familyId");
      const f = familyId ? families.get(familyId) : families.familyOfDevice(call.value("deviceId") ?? "");
      if (!f) return refuse(FAMILY_CODES.noFamily, "no family with this familyId, or for this deviceId");
      if (f.members.has(call.uid)) return refuse(FAMILY_CODES.alreadyMember, "already in the family");
      const application = joins.apply(f.familyId, call.uid, call.now, str(call.body.memberName));
      const payload = { ...objectAt(call.example, "payload"), applicationId: application.applicationId };
      return ok(call.example, { payload });
    },
    "family.replyApply": (call) => {
      const application = joins.application(call.value("applicationId") ?? "");
      if (application?.status !== 0) return unknown("application waiting for an answer");
      const f = administered(call, application.familyId);
      if (isRefusal(f)) return f;
      const agree = String(call.body.agree).trim() === "true";
      application.status = agree ? 1 : 2;
      if (agree && !f.members.has(application.uid))
        families.add(f, application.uid, call.now, application.memberName);
      return call.example;
    },
    "member.addVirtual": withFamily(visible, (call, f) => {
      const virtualUserId = String(1_001_234_590 + randomInt(1_000_000));
      const added = families.add(f, virtualUserId, call.now, str(call.body.userFamilyName), true);
      return isRefusal(added) ? added : ok(call.example, { familyId: f.familyId, virtualUserId });
    }),
    "member.removeVirtual": withFamily(visible, (call, f) => {
      const member = f.members.get(call.value("virtualUserId") ?? "");
      if (!member?.virtual) return refuse(FAMILY_CODES.noMember, "no such virtual member in the family");
      families.remove(f, member.uid);
      return call.example;
    }),
  };
}
