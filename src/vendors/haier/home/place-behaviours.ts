import { first, shaped } from "../../../sandbox/shape.js";
import { isRefusal, type Json, listAt, objectAt, ok, type Refusal, refuse, str } from "./answers.js";
import type { HaierBehaviour, HaierCall } from "./behaviours.js";
import { FAMILY_CODES, type Family, type Floor, type Room } from "./families.js";
import { familyViews } from "./family-views.js";
import type { HaierState } from "./state.js";

/**
 * The Haier operations of `zh-cn/Family/` about places answered from the sandbox's families
 * (`x-iotdock-state` floor.*, room.*, familyDevice.*): floors and their rooms, rooms, and the devices
 * their owners share into a family and place in its rooms (where every member may use them).
 */

export function placeBehaviours(state: HaierState): Record<string, HaierBehaviour> {
  const { families, roomView, deviceView, visible, administered, withFamily, done } = familyViews(state);
  const floorView = (template: unknown, f: Family, floor: Floor) =>
    shaped(template, { ...floor, familyId: f.familyId, floorClass: "FLOOR" });

  return {
    "floor.add": withFamily(visible, (call, f) => {
      const template = first(call.example.floorInfos);
      const added = listAt(call.body, "floorInfos").map((info) => {
        const order = String(info.floorOrderId ?? "1");
        const floor = families.addFloor(f, floorName(order), order, call.now);
        return floorView(template, f, floor);
      });
      return ok(call.example, { floorInfos: added });
    }),
    "floor.list": withFamily(visible, (call, f) => {
      const template = first(call.example.floorInfos);
      const floors = [...f.floors.values()].sort((a, b) => Number(b.floorOrderId) - Number(a.floorOrderId));
      return ok(call.example, {
        floorInfos: floors.map((fl) => floorView(template, f, fl)),
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
    "floor.update": (call) => {
      const info = objectAt(call.body, "floorInfo");
      const f = visible(call, str(info.familyId));
      if (isRefusal(f)) return f;
      const floor = f.floors.get(String(info.floorId ?? ""));
      if (!floor) return refuse(FAMILY_CODES.noRoom, `no floor ${String(info.floorId)} in the family`);
      if (typeof info.floorName === "string" && info.floorName) floor.floorName = info.floorName;
      return call.example;
    },
    "floor.addRooms": withFamily(visible, (call, f) => {
      const floor = floorOf(f, call.body, call.now);
      if (isRefusal(floor)) return floor;
      const template = first(call.example.roomInfos);
      const added = listAt(call.body, "roomInfos").map((info) => {
        const name = String(info.roomName ?? "");
        const same = [...f.rooms.values()].find((r) => r.floorId === floor && r.roomName === name);
        return roomView(template, f, same ?? families.addRoom(f, name, call.now, "", floor));
      });
      return ok(call.example, { roomInfos: added });
    }),
    "floor.rooms": withFamily(visible, (call, f) => {
      const floorId = call.value("floorId") ?? "";
      if (!f.floors.has(floorId)) return refuse(FAMILY_CODES.noRoom, `no floor ${floorId} in the family`);
      const template = first(call.example.roomInfos);
      const rooms = [...f.rooms.values()].filter((r) => r.floorId === floorId);
      return ok(call.example, { roomInfos: rooms.map((r) => roomView(template, f, r)) });
    }),
    "floor.devices": withFamily(visible, (call, f) => {
      const floorId = call.value("floorId") ?? "";
      if (!f.floors.has(floorId)) return refuse(FAMILY_CODES.noRoom, `no floor ${floorId} in the family`);
      const template = first(call.example.shareDevs);
      const ids = [...f.devices.values()]
        .filter((d) => d.roomId !== undefined && f.rooms.get(d.roomId)?.floorId === floorId)
        .map((d) => d.deviceId);
      return ok(call.example, { shareDevs: ids.map((id) => deviceView(template, f, id)) });
    }),
    "room.add": (call) => {
      const info = objectAt(call.body, "roomInfo");
      const f = visible(call, str(info.familyId));
      if (isRefusal(f)) return f;
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
      if (isRefusal(f)) return f;
      const template = first(call.example.roomInfos);
      return ok(call.example, { roomInfos: [...f.rooms.values()].map((r) => roomView(template, f, r)) });
    },
    "room.devices": (call) =>
      inRoom(call, (f, room) => {
        const template = first(call.example.shareDevices);
        const ids = [...f.devices.values()].filter((d) => d.roomId === room.roomId).map((d) => d.deviceId);
        return ok(call.example, { shareDevices: ids.map((id) => deviceView(template, f, id)) });
      }),
    "room.deviceRooms": withFamily(visible, (call, f) => {
      const template = first(call.example.deviceAndRooms);
      const items = [...f.devices.values()].map((d) => {
        const device = state.device(d.deviceId);
        const owner = d.sharer === call.uid;
        return shaped(template, {
          deviceId: d.deviceId,
          deviceName: d.deviceName ?? (device ? state.alias(device) : d.deviceId),
          deviceType: device?.deviceType,
          wifiType: device?.typeId,
          online: true,
          room: d.roomId ? (f.rooms.get(d.roomId)?.roomName ?? "") : "",
          permissions: [
            { auth: { view: true, set: owner, control: true }, authType: owner ? "owner" : "home" },
          ],
        });
      });
      return ok(call.example, { familyId: f.familyId, familyName: f.familyName, deviceAndRooms: items });
    }),
    "familyDevice.shareList": (call) => {
      const results: Record<string, string> = {};
      for (const entry of listAt(call.body, "shareDevices")) {
        const refusal = shareOne(call, entry);
        results[String(objectAt(entry, "devInfo").deviceId ?? "")] = refusal?.retCode ?? "00000";
      }
      return ok(call.example, { shareResults: results });
    },
    "familyDevice.mine": (call) => familyDeviceList(call, (sharer) => sharer === call.uid),
    "familyDevice.toMe": (call) => familyDeviceList(call, (sharer) => sharer !== call.uid),
    "familyDevice.update": withFamily(visible, (call, f) => {
      for (const entry of listAt(call.body, "shareDevices")) {
        const deviceId = String(objectAt(entry, "devInfo").deviceId ?? "");
        const placed = f.devices.get(deviceId);
        if (!placed) return refuse("F31217", `${deviceId} is not shared into the family`);
        if (placed.sharer !== call.uid && f.admin !== call.uid)
          return refuse("F31218", "only the family's administrator or the device's owner");
        if (entry.devRoomId !== undefined && entry.devRoomId !== "") {
          const room = families.room(f, String(entry.devRoomId));
          if (isRefusal(room)) return room;
          placed.roomId = room.roomId;
        }
        if (typeof entry.devName === "string" && entry.devName) placed.deviceName = entry.devName;
      }
      return call.example;
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
        if (isRefusal(f)) return f;
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
    // cancelFamilyShare: the device's owner takes it out of the family.
    "familyDevice.cancel": withFamily(visible, (call, f) => {
      const d = f.devices.get(call.value("devId") ?? "");
      if (!d) return refuse("F31217", "the device is not shared into the family");
      if (d.sharer !== call.uid)
        return refuse(FAMILY_CODES.notOwner, "only the device's owner cancels its share");
      f.devices.delete(d.deviceId);
      return call.example;
    }),
    // cancelFamilyShareByFamilyAdmin: the family's administrator takes any member's device out.
    "familyDevice.cancelByAdmin": withFamily(administered, (call, f) => {
      const d = f.devices.get(call.value("devId") ?? "");
      if (!d) return refuse("F31217", "the device is not shared into the family");
      f.devices.delete(d.deviceId);
      return call.example;
    }),
  };

  /** The devices in the caller's families whose sharer passes `which`, as the family device lists show them. */
  function familyDeviceList(call: HaierCall, which: (sharer: string) => boolean) {
    const template = first(call.example.shareDevs);
    const devices = families
      .of(call.uid, "any")
      .flatMap((f) =>
        [...f.devices.values()]
          .filter((d) => which(d.sharer))
          .map((d) => deviceView(template, f, d.deviceId)),
      );
    return ok(call.example, { shareDevs: devices, totalCount: String(devices.length) });
  }

  /** The floor a body names by `floorId`, or by `floorOrderId` (made when missing; default "1"). */
  function floorOf(f: Family, body: Json, now: number): string | Refusal {
    if (body.floorId !== undefined && body.floorId !== "") {
      const id = String(body.floorId);
      return f.floors.has(id) ? id : refuse(FAMILY_CODES.noRoom, `no floor ${id} in the family`);
    }
    const order = String(body.floorOrderId ?? "1");
    const found = [...f.floors.values()].find((fl) => fl.floorOrderId === order);
    return (found ?? families.addFloor(f, floorName(order), order, now)).floorId;
  }

  function inRoom(call: HaierCall, then: (f: Family, room: Room) => Json | Refusal) {
    const info = objectAt(call.body, "roomInfo");
    const f = visible(call, str(info.familyId));
    if (isRefusal(f)) return f;
    const room = families.room(f, str(info.roomId));
    return isRefusal(room) ? room : then(f, room);
  }

  /** Shares the caller's device into their family (the default one unless `devFamilyId`). */
  function shareOne(call: HaierCall, shareDev: Json) {
    const deviceId = String(objectAt(shareDev, "devInfo").deviceId ?? "");
    if (state.owner(deviceId) !== call.uid)
      return refuse(FAMILY_CODES.notOwner, "only the device's owner shares it into a family");
    const id = str(shareDev.devFamilyId) ?? families.defaultOf(call.uid)?.familyId;
    const f = visible(call, id);
    if (isRefusal(f)) return f;
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
