import { describe, expect, it } from "vitest";
import { isRefusal } from "./answers.js";
import { createFamilies, type Family } from "./families.js";

/** The rules of `zh-cn/Family/fam-common.md` (规则与约束) and their codes from `ErrorCodes.md`. */

const created = (families: ReturnType<typeof createFamilies>, admin = "u-admin") => {
  const family = families.create(admin, "Home", 0);
  return family;
};
const code = (v: unknown) => (isRefusal(v) ? v.retCode : "ok");

describe("Haier sandbox families", () => {
  it("makes the creator the administrator; members join only by invitation, with its code", () => {
    const families = createFamilies();
    const f = created(families);
    expect(code(families.administered(f.familyId, "u-admin"))).toBe("ok");
    expect(code(families.visible(f.familyId, "u-other"))).toBe("E31109");
    expect(code(families.visible("1", "u-admin"))).toBe("E31108");
    expect(code(families.reply(f.familyId, "u-bob", { code: "123456", agree: true }, 1))).toBe("E31132");
    expect(code(families.invite(f, "u-admin", "u-admin"))).toBe("E31130");
    const invitation = families.invite(f, "u-admin", "u-bob") as string;
    expect(invitation).toMatch(/^\d{6}$/);
    const wrong = invitation === "100000" ? "100001" : "100000";
    expect(code(families.reply(f.familyId, "u-bob", { code: wrong, agree: true }, 1))).toBe("E31133");
    expect(code(families.reply(f.familyId, "u-bob", { code: invitation, agree: true }, 1))).toBe("ok");
    expect(code(families.invite(f, "u-admin", "u-bob"))).toBe("E31105");
    // A member sees the family but does not administer it.
    expect(code(families.visible(f.familyId, "u-bob"))).toBe("ok");
    expect(code(families.administered(f.familyId, "u-bob"))).toBe("E31104");
  });

  it("lets members leave but not the administrator, until they hand the role over", () => {
    const families = createFamilies();
    const f = created(families);
    families.add(f, "u-bob", 1);
    expect(code(families.remove(f, "u-admin"))).toBe("E31107");
    expect(code(families.handOver(f, "u-nobody"))).toBe("E31107");
    expect(code(families.handOver(f, "u-bob"))).toBe("ok");
    expect(code(families.administered(f.familyId, "u-bob"))).toBe("ok");
    expect(code(families.remove(f, "u-admin"))).toBe("ok");
    expect(code(families.visible(f.familyId, "u-admin"))).toBe("E31109");
  });

  it("keeps a device in one family at most; it leaves with its owner and with unbinding", () => {
    const families = createFamilies();
    const home = created(families);
    const other = created(families, "u-bob");
    families.add(home, "u-bob", 1);
    expect(code(families.shareDevice(home, "DEV1", "u-bob"))).toBe("ok");
    expect(families.usersOf("DEV1").sort()).toEqual(["u-admin", "u-bob"]);
    expect(code(families.shareDevice(other, "DEV1", "u-bob"))).toBe("E31111");
    expect(code(families.shareDevice(home, "DEV1", "u-bob"))).toBe("E31111");
    families.remove(home, "u-bob");
    expect(families.usersOf("DEV1")).toEqual([]);
    expect(code(families.shareDevice(other, "DEV1", "u-bob"))).toBe("ok");
    families.forgetDevice("DEV1");
    expect(families.familyOfDevice("DEV1")).toBeUndefined();
  });

  it("deletes rooms and floors without losing the devices in them", () => {
    const families = createFamilies();
    const f: Family = created(families);
    const floor = families.addFloor(f, "一层", "1", 0);
    const room = families.addRoom(f, "客厅", 0, "", floor.floorId);
    families.shareDevice(f, "DEV1", "u-admin", room.roomId);
    expect(code(families.shareDevice(f, "DEV2", "u-admin", "404"))).toBe("B00004");
    families.deleteFloor(f, floor.floorId);
    expect(f.rooms.get(room.roomId)?.floorId).toBeUndefined();
    families.deleteRoom(f, room.roomId);
    expect(f.devices.get("DEV1")).toEqual({ deviceId: "DEV1", sharer: "u-admin", roomId: undefined });
    expect(code(families.deleteRoom(f, room.roomId))).toBe("B00004");
  });

  it("answers the default family only while the user is in it", () => {
    const families = createFamilies();
    const f = created(families);
    families.add(f, "u-bob", 1);
    families.setDefault("u-bob", f);
    expect(families.defaultOf("u-bob")?.familyId).toBe(f.familyId);
    families.remove(f, "u-bob");
    expect(families.defaultOf("u-bob")).toBeUndefined();
    expect(families.defaultOf("u-admin")?.familyId).toBe(f.familyId);
    families.delete(f);
    expect(families.defaultOf("u-admin")).toBeUndefined();
  });
});
