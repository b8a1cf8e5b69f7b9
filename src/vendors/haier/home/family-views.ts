import { shaped } from "../../../sandbox/shape.js";
import { haierTime, isRefusal, type Json, objectAt, type Refusal } from "./answers.js";
import type { HaierBehaviour, HaierCall } from "./behaviours.js";
import type { Family, Room } from "./families.js";
import type { HaierState } from "./state.js";

/**
 * What the family behaviours share: reading the request's nested fields, Haier's time format, the
 * views of a family, room and family device in an example's shape, and the family a request names
 * (visible to the caller, or administered by them).
 */

const user = (uid: string) => ({ userId: uid });

export function familyViews(state: HaierState) {
  const families = state.families;

  const familyView = (template: unknown, f: Family) =>
    shaped(template, {
      familyId: f.familyId,
      familyName: f.familyName,
      familyOwner: shaped(objectAt(template, "familyOwner"), user(f.admin)),
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
      floorOrderId: r.floorId ? f.floors.get(r.floorId)?.floorOrderId : undefined,
      roomCreateTime: haierTime(r.createdAt),
    });
  /** A device shared into a family, as the family device lists show it. */
  const deviceView = (template: unknown, f: Family, deviceId: string) => {
    const d = f.devices.get(deviceId);
    const device = state.device(deviceId);
    const room = d?.roomId ? f.rooms.get(d.roomId) : undefined;
    const floor = room?.floorId ? f.floors.get(room.floorId) : undefined;
    const name = d?.deviceName ?? (device ? state.alias(device) : deviceId);
    return shaped(template, {
      devInfo: shaped(objectAt(template, "devInfo"), {
        deviceId,
        deviceName: name,
        wifiType: device?.typeId,
        deviceType: device?.deviceType,
        online: true,
      }),
      devName: name,
      devFamilyId: f.familyId,
      devRoomId: room?.roomId ?? "",
      devRoomName: room?.roomName ?? "",
      devFloorId: floor?.floorId ?? "",
      devFloorName: floor?.floorName ?? "",
      devOwner: shaped(objectAt(template, "devOwner"), user(d?.sharer ?? "")),
    });
  };
  /** The family named by the request (path, query or body `familyId`), visible to the caller. */
  const visible = (call: HaierCall, id = call.value("familyId") ?? call.value("familyid")) =>
    families.visible(id, call.uid);
  const administered = (call: HaierCall, id = call.value("familyId")) => families.administered(id, call.uid);
  /** Runs `then` on the family `pick` finds for the request, or answers the refusal. */
  const withFamily =
    (
      pick: (call: HaierCall) => Family | Refusal,
      then: (call: HaierCall, f: Family) => Json | Refusal,
    ): HaierBehaviour =>
    (call) => {
      const family = pick(call);
      return isRefusal(family) ? family : then(call, family);
    };
  const done = (call: HaierCall, refusal: Refusal | undefined) => refusal ?? call.example;

  return { families, familyView, roomView, deviceView, visible, administered, withFamily, done, user };
}
