import { randomInt } from "node:crypto";
import { LRUCache } from "lru-cache";
import { SANDBOX_MEMORY_MAX } from "../../../sandbox/kit.js";
import { isRefusal, type Refusal, refuse } from "./answers.js";

/**
 * The Haier sandbox's families (`zh-cn/Family/`): families with their administrator and members,
 * floors, rooms and the devices shared into them, and invitations. Pure data and Haier's rules
 * (`fam-common.md`'s 规则与约束): the creator is the family's administrator; only the administrator
 * changes or deletes the family, invites or removes members and hands the role over; members leave
 * of their own accord; a user's device is shared into at most one family, by its owner, who must be
 * in that family. A rule broken is a refusal with Haier's code from `ErrorCodes.md`.
 */

export interface Member {
  uid: string;
  memberName: string;
  joinedAt: number;
  virtual: boolean;
}

export interface Floor {
  floorId: string;
  floorName: string;
  floorOrderId: string;
  createdAt: number;
}

export interface Room {
  roomId: string;
  roomName: string;
  roomClass: string;
  floorId?: string;
  createdAt: number;
}

export interface FamilyDevice {
  deviceId: string;
  /** Who shared it into the family: its owner. */
  sharer: string;
  roomId?: string;
  deviceName?: string;
}

export interface Family {
  familyId: string;
  familyName: string;
  admin: string;
  createdAt: number;
  updatedAt: number;
  familyPosition: string;
  members: Map<string, Member>;
  floors: Map<string, Floor>;
  rooms: Map<string, Room>;
  devices: Map<string, FamilyDevice>;
  /** Invited user → the inviter and the invitation's 6-digit code, until they answer. */
  invited: Map<string, { inviter: string; code: string }>;
}

export const FAMILY_CODES = {
  notAdmin: "E31104",
  alreadyMember: "E31105",
  noMember: "E31106",
  notMember: "E31107",
  noFamily: "E31108",
  notInFamily: "E31109",
  sharedElsewhere: "E31111",
  notOwner: "E31129",
  selfInvite: "E31130",
  notInvited: "E31132",
  wrongCode: "E31133",
  noRoom: "B00004",
} as const;

/** Ids like Haier's: 18 digits for families, 19 for rooms and floors, each new one larger. */
function counter(start: bigint) {
  let next = start;
  return () => String(next++);
}

export function createFamilies(max = SANDBOX_MEMORY_MAX) {
  const families = new LRUCache<string, Family>({ max });
  const defaults = new Map<string, string>();
  const familyId = counter(647112241261000001n);
  const childId = counter(1000000000000000001n);

  /** The family, when `uid` is in it (as administrator or member). */
  function visible(id: string | undefined, uid: string): Family | Refusal {
    const family = id ? families.get(id) : undefined;
    if (!family) return refuse(FAMILY_CODES.noFamily, `no family ${id ?? "(none given)"}`);
    if (!family.members.has(uid))
      return refuse(FAMILY_CODES.notInFamily, "the user is neither the family's administrator nor a member");
    return family;
  }
  /** The family, when `uid` is its administrator. */
  function administered(id: string | undefined, uid: string): Family | Refusal {
    const family = visible(id, uid);
    if (isRefusal(family)) return family;
    return family.admin === uid
      ? family
      : refuse(FAMILY_CODES.notAdmin, "only the family's administrator may");
  }
  const join = (family: Family, uid: string, now: number, memberName?: string, virtual = false) =>
    family.members.set(uid, {
      uid,
      memberName: memberName || (virtual ? `virtual${uid.slice(-6)}` : `member${uid.slice(-6)}`),
      joinedAt: now,
      virtual,
    });

  return {
    /** The family of an id, whoever asks (an application names one the user is not in). */
    get: (id: string) => families.get(id),
    visible,
    administered,
    create(uid: string, name: string, now: number, position = ""): Family {
      const family: Family = {
        familyId: familyId(),
        familyName: name,
        admin: uid,
        createdAt: now,
        updatedAt: now,
        familyPosition: position,
        members: new Map(),
        floors: new Map(),
        rooms: new Map(),
        devices: new Map(),
        invited: new Map(),
      };
      join(family, uid, now, `admin${uid.slice(-6)}`);
      families.set(family.familyId, family);
      if (!defaults.has(uid)) defaults.set(uid, family.familyId);
      return family;
    },
    delete(family: Family) {
      families.delete(family.familyId);
      for (const [uid, id] of defaults) if (id === family.familyId) defaults.delete(uid);
    },
    /** The families `uid` administers, or has joined as a member (not administering). */
    of: (uid: string, role: "admin" | "member" | "any") =>
      [...families.values()].filter(
        (f) =>
          f.members.has(uid) && (role === "any" || (role === "admin" ? f.admin === uid : f.admin !== uid)),
      ),
    setDefault(uid: string, family: Family) {
      defaults.set(uid, family.familyId);
    },
    defaultOf: (uid: string) => {
      const id = defaults.get(uid);
      const family = id ? families.get(id) : undefined;
      return family?.members.has(uid) ? family : undefined;
    },
    /** Invites `target`: the invitation's code, or the refusal. */
    invite(family: Family, inviter: string, target: string): string | Refusal {
      if (target === inviter)
        return refuse(FAMILY_CODES.selfInvite, "the administrator cannot invite themself");
      if (family.members.has(target)) return refuse(FAMILY_CODES.alreadyMember, "already a member");
      const code = String(100000 + randomInt(900000));
      family.invited.set(target, { inviter, code });
      return code;
    },
    /** The invited user's answer with the invitation's code: joins the family when `agree`. */
    reply(
      id: string | undefined,
      uid: string,
      answer: { code: string; agree: boolean; memberName?: string },
      now: number,
    ) {
      const family = id ? families.get(id) : undefined;
      if (!family) return refuse(FAMILY_CODES.noFamily, `no family ${id ?? "(none given)"}`);
      if (family.members.has(uid)) return refuse(FAMILY_CODES.alreadyMember, "already a member");
      const invitation = family.invited.get(uid);
      if (!invitation) return refuse(FAMILY_CODES.notInvited, "the user was not invited");
      if (invitation.code !== answer.code) return refuse(FAMILY_CODES.wrongCode, "not the invitation's code");
      family.invited.delete(uid);
      if (answer.agree) join(family, uid, now, answer.memberName);
      return family;
    },
    /** The administrator adds a user (or a virtual member) directly. */
    add(family: Family, uid: string, now: number, memberName?: string, virtual = false) {
      if (family.members.has(uid)) return refuse(FAMILY_CODES.alreadyMember, "already a member");
      join(family, uid, now, memberName, virtual);
      return family;
    },
    /**
     * A member leaves (or is removed): their devices leave the family with them (规则 7). The
     * administrator cannot leave: they hand the role over or delete the family.
     */
    remove(family: Family, uid: string): Refusal | undefined {
      if (!family.members.has(uid)) return refuse(FAMILY_CODES.noMember, `no member ${uid}`);
      if (family.admin === uid)
        return refuse(
          FAMILY_CODES.notMember,
          "the administrator cannot leave: hand over or delete the family",
        );
      family.members.delete(uid);
      for (const [deviceId, d] of family.devices) if (d.sharer === uid) family.devices.delete(deviceId);
      return undefined;
    },
    handOver(family: Family, to: string): Refusal | undefined {
      if (!family.members.has(to) || family.members.get(to)?.virtual)
        return refuse(FAMILY_CODES.notMember, `${to} is not a member of the family`);
      family.admin = to;
      return undefined;
    },
    addFloor(family: Family, floorName: string, floorOrderId: string, now: number): Floor {
      const floor = { floorId: childId(), floorName, floorOrderId, createdAt: now };
      family.floors.set(floor.floorId, floor);
      return floor;
    },
    deleteFloor(family: Family, floorId: string): Refusal | undefined {
      if (!family.floors.delete(floorId))
        return refuse(FAMILY_CODES.noRoom, `no floor ${floorId} in the family`);
      for (const room of family.rooms.values()) if (room.floorId === floorId) room.floorId = undefined;
      return undefined;
    },
    addRoom(family: Family, roomName: string, now: number, roomClass = "", floorId?: string): Room {
      const room = { roomId: childId(), roomName, roomClass, floorId, createdAt: now };
      family.rooms.set(room.roomId, room);
      return room;
    },
    room(family: Family, roomId: string | undefined): Room | Refusal {
      const room = roomId ? family.rooms.get(roomId) : undefined;
      return room ?? refuse(FAMILY_CODES.noRoom, `no room ${roomId ?? "(none given)"} in the family`);
    },
    /** Deleting a room leaves its devices in the family, in no room. */
    deleteRoom(family: Family, roomId: string): Refusal | undefined {
      if (!family.rooms.delete(roomId)) return refuse(FAMILY_CODES.noRoom, `no room ${roomId} in the family`);
      for (const d of family.devices.values()) if (d.roomId === roomId) d.roomId = undefined;
      return undefined;
    },
    /** The family a device is shared into, if any. */
    familyOfDevice: (deviceId: string) => [...families.values()].find((f) => f.devices.has(deviceId)),
    /** The users who may use a device through families: the members of the family it is in. */
    usersOf: (deviceId: string) =>
      [...families.values()].filter((f) => f.devices.has(deviceId)).flatMap((f) => [...f.members.keys()]),
    shareDevice(family: Family, deviceId: string, sharer: string, roomId?: string): Refusal | undefined {
      const elsewhere = [...families.values()].find((f) => f !== family && f.devices.has(deviceId));
      if (elsewhere || family.devices.has(deviceId))
        return refuse(FAMILY_CODES.sharedElsewhere, "a device is shared into one family at most, once");
      if (roomId && !family.rooms.has(roomId))
        return refuse(FAMILY_CODES.noRoom, `no room ${roomId} in the family`);
      family.devices.set(deviceId, { deviceId, sharer, roomId });
      return undefined;
    },
    /** An unbound device leaves every family. */
    forgetDevice(deviceId: string) {
      for (const f of families.values()) f.devices.delete(deviceId);
    },
  };
}

export type HaierFamilies = ReturnType<typeof createFamilies>;
