import { first, shaped } from "../../../sandbox/shape.js";
import type { HaierBehaviour, HaierCall } from "./behaviours.js";
import { FAMILY_CODES, type Family, isFamilyRefusal, type Room } from "./families.js";
import type { HaierState } from "./state.js";

/**
 * The Haier operations of `zh-cn/Family/` answered from the sandbox's families (`x-iotdock-state`
 * family.*, member.*, floor.*, room.*, familyDevice.*): families and their roles, invitations,
 * floors and rooms, and the devices shared into a family and placed in its rooms. Each answer is
 * the operation's example with the state poured into its shape.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const objectAt = (v: unknown, key: string): Json => (isObject(v) && isObject(v[key]) ? v[key] : {});
const listAt = (v: unknown, key: string): Json[] =>
  isObject(v) && Array.isArray(v[key]) ? (v[key] as unknown[]).filter(isObject) : [];
const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
/** Haier's time format, China time: `yyyy-MM-dd HH:mm:ss`. */
export const haierTime = (ms: number) =>
  new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ");
const ok = (example: Json, fields: Json) => ({ ...example, retCode: "00000", retInfo: "成功", ...fields });
const refuse = (retCode: string, detail: string) => ({ retCode, detail });

export function familyBehaviours(state: HaierState): Record<string, HaierBehaviour> {
  const families = state.families;
  const user = (uid: string) => ({ userId: uid });

  const familyView = (template: unknown, f: Family) =>
    shaped(template, {
      familyId: f.familyId,
      familyName: f.familyName,
      familyOwner: user(f.admin),
      ownerName: f.members.get(f.admin)?.memberName,
      createTime: haierTime(f.createdAt),
      createtime: haierTime(f.createdAt),
      familyPosition: f.familyPosition,
      deviceCount: f.devices.size,
      memberCount: f.members.size,
    });
  const roomView = (template: unknown, f: Family, r: Room) =>
    shaped(template, {
      roomId: r.roomId,
      roomName: r.roomName,
      familyId: f.familyId,
      roomClass: r.roomClass || "ROOM",
      floorId: r.floorId,
      roomCreateTime: haierTime(r.createdAt),
    });
  const deviceView = (template: unknown, f: Family, deviceId: string) => {
    const d = f.devices.get(deviceId);
    const device = state.device(deviceId);
    const room = d?.roomId ? f.rooms.get(d.roomId) : undefined;
    const name = d?.deviceName ?? (device ? state.alias(device) : deviceId);
    return shaped(template, {
      devInfo: shaped(objectAt(template, "devInfo"), {
        deviceId,
        deviceName: name,
        wifiType: device?.typeId,
        online: true,
      }),
      devName: name,
      devFamilyId: f.familyId,
      devRoomId: room?.roomId ?? "",
      devRoomName: room?.roomName ?? "",
      devFloorId: room?.floorId ?? "",
      devOwner: shaped(objectAt(template, "devOwner"), user(d?.sharer ?? "")),
    });
  };
  /** The family named by the request (path, query or body `familyId`), visible to the caller. */
  const visible = (call: HaierCall, id = call.value("familyId") ?? call.value("familyid")) =>
    families.visible(id, call.uid);
  const administered = (call: HaierCall, id = call.value("familyId")) => families.administered(id, call.uid);
  /** Runs `then` on the family the request names, when the caller may (the refusal otherwise). */
  const withFamily =
    (
      pick: (call: HaierCall) => Family | ReturnType<typeof refuse>,
      then: (call: HaierCall, f: Family) => Json | ReturnType<typeof refuse>,
    ): HaierBehaviour =>
    (call) => {
      const family = pick(call);
      return isFamilyRefusal(family) ? family : then(call, family);
    };
  const done = (call: HaierCall, refusal: ReturnType<typeof refuse> | undefined) => refusal ?? call.example;

  return {
    "family.create": (call) => {
      const info = objectAt(call.body, "familyInfo");
      const f = families.create(call.uid, String(info.familyName ?? ""), call.now, str(info.familyPosition));
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
    "family.leave": withFamily(visible, (call, f) => done(call, families.remove(f, call.uid))),
    "family.invite": withFamily(administered, (call, f) => {
      const code = families.invite(f, call.uid, call.value("targetId") ?? "");
      return isFamilyRefusal(code) ? code : ok(call.example, { familyId: f.familyId, inviteCode: code });
    }),
    "family.reply": (call) => {
      const agree = call.body.agree !== false && call.body.agree !== "false";
      const answer = {
        code: String(call.body.inviteCode ?? ""),
        agree,
        memberName: str(call.body.memberName),
      };
      const f = families.reply(call.value("familyId"), call.uid, answer, call.now);
      return isFamilyRefusal(f) ? f : call.example;
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
      return isFamilyRefusal(added) ? added : call.example;
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
    "floor.add": withFamily(visible, (call, f) => {
      const template = first(call.example.floorInfos);
      const added = listAt(call.body, "floorInfos").map((info) => {
        const order = String(info.floorOrderId ?? "1");
        const floor = families.addFloor(f, floorName(order), order, call.now);
        return shaped(template, { ...floor, familyId: f.familyId, floorClass: "FLOOR" });
      });
      return ok(call.example, { floorInfos: added });
    }),
    "floor.list": withFamily(visible, (call, f) => {
      const template = first(call.example.floorInfos);
      const floors = [...f.floors.values()].sort((a, b) => Number(b.floorOrderId) - Number(a.floorOrderId));
      return ok(call.example, {
        floorInfos: floors.map((fl) =>
          shaped(template, { ...fl, familyId: f.familyId, floorClass: "FLOOR" }),
        ),
      });
    }),
    "floor.delete": withFamily(visible, (call, f) => {
      const template = first(call.example.results);
      const ids = Array.isArray(call.body.floorIds) ? call.body.floorIds.map(String) : [];
      const results = ids.map((floorId) => {
        const refusal = families.deleteFloor(f, floorId);
        return shaped(template, {
          floorId,
          retCode: refusal?.retCode ?? "00000",
          retMsg: refusal?.detail ?? "成功",
        });
      });
      return ok(call.example, { results });
    }),
    "room.add": (call) => {
      const info = objectAt(call.body, "roomInfo");
      const f = visible(call, str(info.familyId));
      if (isFamilyRefusal(f)) return f;
      if (info.floorId !== undefined && !f.floors.has(String(info.floorId)))
        return refuse(FAMILY_CODES.noRoom, `no floor ${String(info.floorId)} in the family`);
      const room = families.addRoom(
        f,
        String(info.roomName ?? ""),
        call.now,
        str(info.roomClass),
        str(info.floorId),
      );
      return ok(call.example, { roomInfo: roomView(call.example.roomInfo, f, room) });
    },
    "room.update": (call) =>
      inRoom(call, (_f, room) => {
        const info = objectAt(call.body, "roomInfo");
        if (typeof info.roomName === "string" && info.roomName) room.roomName = info.roomName;
        return call.example;
      }),
    "room.delete": (call) => inRoom(call, (f, room) => done(call, families.deleteRoom(f, room.roomId))),
    "room.list": (call) => {
      const f = visible(call, str(objectAt(call.body, "queryInfo").familyId));
      if (isFamilyRefusal(f)) return f;
      const template = first(call.example.roomInfos);
      return ok(call.example, { roomInfos: [...f.rooms.values()].map((r) => roomView(template, f, r)) });
    },
    "room.devices": (call) =>
      inRoom(call, (f, room) => {
        const template = first(call.example.shareDevices);
        const ids = [...f.devices.values()].filter((d) => d.roomId === room.roomId).map((d) => d.deviceId);
        return ok(call.example, { shareDevices: ids.map((id) => deviceView(template, f, id)) });
      }),
    "familyDevice.share": (call) => {
      const shareDev = objectAt(call.body, "shareDev");
      const refusal = shareOne(call, shareDev);
      return refusal ?? ok(call.example, { results: {} });
    },
    "familyDevice.list": withFamily(visible, (call, f) => {
      const template = first(call.example.shareDevs);
      return ok(call.example, {
        shareDevs: [...f.devices.keys()].map((id) => deviceView(template, f, id)),
        totalCount: String(f.devices.size),
      });
    }),
    "familyDevice.move": (call) => {
      for (const entry of listAt(call.body, "shareDevices")) {
        const f = visible(call, str(entry.familyId));
        if (isFamilyRefusal(f)) return f;
        const deviceId = String(objectAt(entry, "devInfo").deviceId ?? "");
        const placed = f.devices.get(deviceId);
        if (!placed) return refuse("F31217", `${deviceId} is not shared into the family`);
        const room = [...f.rooms.values()].find((r) => r.roomName === entry.devRoomName);
        if (!room)
          return refuse(FAMILY_CODES.noRoom, `no room named ${String(entry.devRoomName)} in the family`);
        placed.roomId = room.roomId;
      }
      return call.example;
    },
    "familyDevice.cancel": withFamily(visible, (call, f) => {
      const d = f.devices.get(call.value("devId") ?? "");
      if (!d) return refuse("F31217", "the device is not shared into the family");
      const byAdmin = call.value("devId") !== undefined && f.admin === call.uid;
      if (d.sharer !== call.uid && !byAdmin)
        return refuse(FAMILY_CODES.notOwner, "only the device's owner or the administrator");
      f.devices.delete(d.deviceId);
      return call.example;
    }),
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

  function inRoom(call: HaierCall, then: (f: Family, room: Room) => Json | ReturnType<typeof refuse>) {
    const info = objectAt(call.body, "roomInfo");
    const f = visible(call, str(info.familyId));
    if (isFamilyRefusal(f)) return f;
    const room = families.room(f, str(info.roomId));
    return isFamilyRefusal(room) ? room : then(f, room);
  }

  /** Shares the caller's device into their family (the default one unless `devFamilyId`). */
  function shareOne(call: HaierCall, shareDev: Json) {
    const deviceId = String(objectAt(shareDev, "devInfo").deviceId ?? "");
    if (state.owner(deviceId) !== call.uid)
      return refuse(FAMILY_CODES.notOwner, "only the device's owner shares it into a family");
    const id = str(shareDev.devFamilyId) ?? families.defaultOf(call.uid)?.familyId;
    const f = visible(call, id);
    if (isFamilyRefusal(f)) return f;
    const refusal = families.shareDevice(f, deviceId, call.uid, str(shareDev.devRoomId));
    if (refusal) return refusal;
    const placed = f.devices.get(deviceId);
    if (placed && typeof shareDev.devName === "string") placed.deviceName = shareDev.devName;
    return undefined;
  }
}

/** Haier's floor names: 一层 … 十层, 负一层 … 负三层. */
function floorName(order: string): string {
  const digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
  const n = Number(order);
  return n < 0 ? `负${digits[-n] ?? order}层` : `${digits[n] ?? order}层`;
}
