import { first, shaped } from "../../../sandbox/shape.js";
import { haierTime, isRefusal, objectAt, ok, refuse, str } from "./answers.js";
import type { HaierBehaviour, HaierCall } from "./behaviours.js";
import { FAMILY_CODES, type Family } from "./families.js";
import { familyViews } from "./family-views.js";
import type { HaierState } from "./state.js";

/**
 * The Haier operations of `zh-cn/Family/` about families and members answered from the sandbox's
 * families (`x-iotdock-state` family.*, member.*): families and their roles, invitations with their
 * code, the default family, members added, renamed, removed, listed, and the administrator's
 * handover. Floors, rooms and family devices are in place-behaviours.ts. Each answer is the
 * operation's example with the state poured into its shape.
 */

export function familyBehaviours(state: HaierState): Record<string, HaierBehaviour> {
  const { families, familyView, visible, administered, withFamily, done, user } = familyViews(state);

  return {
    "family.create": (call) => {
      const info = objectAt(call.body, "familyInfo");
      const f = families.create(call.uid, String(info.familyName ?? ""), call.now, str(info.familyPosition));
      const ownerName = str(info.ownerName);
      const admin = f.members.get(call.uid);
      if (ownerName && admin) admin.memberName = ownerName;
      return ok(call.example, { familyInfo: familyView(call.example.familyInfo, f) });
    },
    "family.get": withFamily(visible, (call, f) =>
      ok(call.example, { familyInfo: familyView(call.example.familyInfo, f) }),
    ),
    "family.update": withFamily(administered, (call, f) => {
      const name = objectAt(call.body, "familyInfo").familyName;
      if (typeof name === "string" && name) f.familyName = name;
      f.updatedAt = call.now;
      return call.example;
    }),
    "family.delete": withFamily(administered, (call, f) => {
      families.delete(f);
      return call.example;
    }),
    "family.created": (call) => {
      const template = first(call.example.families);
      return ok(call.example, {
        families: families.of(call.uid, "admin").map((f) => familyView(template, f)),
      });
    },
    "family.joined": (call) => {
      const joined = families.of(call.uid, "member");
      const template = first(call.example.families);
      return ok(call.example, {
        families: joined.map((f) => familyView(template, f)),
        totalCount: String(joined.length),
      });
    },
    "family.info": (call) => {
      const f = state.families.familyOfDevice(call.value("deviceId") ?? "");
      if (!f) return refuse("F31217", "the device is not shared into a family");
      const seen = visible(call, f.familyId);
      return isRefusal(seen)
        ? seen
        : ok(call.example, { familyInfo: familyView(call.example.familyInfo, f) });
    },
    "family.leave": withFamily(visible, (call, f) => done(call, families.remove(f, call.uid))),
    "family.invite": withFamily(administered, (call, f) => {
      const code = families.invite(f, call.uid, call.value("targetId") ?? "");
      return isRefusal(code) ? code : ok(call.example, { familyId: f.familyId, inviteCode: code });
    }),
    "family.reply": (call) => {
      const agree = call.body.agree !== false && call.body.agree !== "false";
      const answer = {
        code: String(call.body.inviteCode ?? ""),
        agree,
        memberName: str(call.body.memberName),
      };
      const f = families.reply(call.value("familyId"), call.uid, answer, call.now);
      return isRefusal(f) ? f : call.example;
    },
    "family.setDefault": withFamily(visible, (call, f) => {
      families.setDefault(call.uid, f);
      return ok(call.example, { familyInfo: familyView(call.example.familyInfo, f) });
    }),
    "family.default": (call) => {
      const f =
        families.defaultOf(call.uid) ??
        families.of(call.uid, "admin")[0] ??
        families.create(call.uid, "我的家", call.now);
      return ok(call.example, { familyInfo: familyView(call.example.familyInfo, f) });
    },
    "member.add": withFamily(administered, (call, f) => {
      const added = families.add(f, call.value("memberId") ?? "", call.now, str(call.body.memberName));
      return isRefusal(added) ? added : call.example;
    }),
    "member.rename": withFamily(visible, (call, f) => {
      const memberId = call.value("memberId") ?? "";
      if (memberId !== call.uid && f.admin !== call.uid)
        return refuse(FAMILY_CODES.notAdmin, "a member renames only themself; the administrator anyone");
      const member = f.members.get(memberId);
      if (!member) return refuse(FAMILY_CODES.notMember, `${memberId} is not in the family`);
      member.memberName = String(objectAt(call.body, "memberInfo").memberName ?? member.memberName);
      return call.example;
    }),
    "member.delete": withFamily(administered, (call, f) => {
      const memberId = call.value("memberId") ?? "";
      if (!f.members.has(memberId)) return refuse(FAMILY_CODES.notMember, `${memberId} is not in the family`);
      return done(call, families.remove(f, memberId));
    }),
    "member.list": withFamily(visible, (call, f) => memberList(call, f, false)),
    "member.all": withFamily(visible, (call, f) => memberList(call, f, true)),
    "member.admin": withFamily(administered, (call, f) =>
      done(call, families.handOver(f, call.value("newFamilyOwner") ?? "")),
    ),
  };

  function memberList(call: HaierCall, f: Family, withAdmin: boolean) {
    const template = first(call.example.familyMembers);
    const members = [...f.members.values()].filter((m) => withAdmin || m.uid !== f.admin);
    return ok(call.example, {
      familyMembers: members.map((m) =>
        shaped(template, {
          memberInfo: shaped(objectAt(template, "memberInfo"), user(m.uid)),
          memberName: m.memberName,
          familyId: f.familyId,
          joinTime: haierTime(m.joinedAt),
        }),
      ),
      totalCount: String(members.length),
    });
  }
}
