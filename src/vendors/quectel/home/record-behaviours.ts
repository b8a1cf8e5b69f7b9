import { asList, asObject, withData } from "../../../sandbox/shape.js";
import { type Behaviour, type Call, listOf, refuse, userOf } from "./call.js";
import { type Collections, KINDS, type Kind } from "./collections.js";

/**
 * Records a user creates and manages (`x-iotdock-state` <kind>.create|update|delete|list|detail for
 * family, room, scene, automation, cron): one generic set of behaviours over the collections, and
 * home mode (`family.mode`), without which the family pages answer `5635`.
 */

type Json = Record<string, unknown>;

/** The request's fields: the query's and the JSON body's (the body wins). */
export function fieldsOf(call: Call): Json {
  return { ...call.query, ...call.body };
}

/**
 * The answer to a create: pages answer the new record, its id alone (a string, or a number for
 * automations), or an object holding the id.
 */
function created(example: unknown, record: Json, id: string): unknown {
  const data = (example as { data?: unknown } | undefined)?.data;
  if (typeof data === "string") return withData(example, id);
  if (typeof data === "number") return withData(example, Number(id));
  return asObject(example, record);
}

/** The pages have no "not found" codes for records: a record of another user (or none) is "no permission". */
const NOT_FOUND = [5041];

export function recordBehaviours(collections: Collections): Record<string, Behaviour> {
  const homeMode = new Set<string>();
  /** 5635 when the page lists it and the user has not turned home mode on. */
  const needsHomeMode = (call: Call) =>
    call.answers(5635) && !homeMode.has(userOf(call))
      ? refuse(call, [5635], "home mode is off: turn it on with enabledFamilyMode")
      : undefined;
  /** The user's family the request names, when the kind lives in families. */
  const parentProblem = (call: Call, kind: Kind, fields: Json) => {
    if (kind !== "room" || collections.get("family", userOf(call), String(fields.fid ?? "")))
      return undefined;
    return refuse(call, [5041], "no such family of this user");
  };

  const behaviours: Record<string, Behaviour> = {
    "family.mode": (call) => {
      const enabled = call.value("enabled");
      if (enabled === "false") homeMode.delete(userOf(call));
      else homeMode.add(userOf(call));
      return undefined;
    },
  };
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const id = KINDS[kind].id;
    const lookup = (call: Call) => call.value(id) ?? listOf(call, `${id}List`)[0];
    behaviours[`${kind}.create`] = (call) => {
      const fields = fieldsOf(call);
      const problem = needsHomeMode(call) ?? parentProblem(call, kind, fields);
      if (problem) return problem;
      const record = collections.create(kind, userOf(call), fields, call.now);
      if (kind === "family") {
        record.memberRole = 1;
        for (const roomName of (fields.familyRoomList ?? []) as unknown[])
          collections.create("room", userOf(call), { fid: record.fid, roomName: String(roomName) }, call.now);
      }
      return { answer: created(call.example, record, String(record[id])) };
    };
    behaviours[`${kind}.update`] = (call) => {
      const problem = needsHomeMode(call);
      if (problem) return problem;
      const { [id]: _, ...fields } = fieldsOf(call);
      const record = collections.update(kind, userOf(call), lookup(call), fields);
      return record ? undefined : refuse(call, NOT_FOUND, `no ${kind} ${lookup(call)} of this user`);
    };
    behaviours[`${kind}.delete`] = (call) => {
      const problem = needsHomeMode(call);
      if (problem) return problem;
      // The id in the query, a `<id>List`, or a JSON array body of ids (deleteFamilyRoom).
      const bodyIds = (call.list ?? []).filter((v): v is string => typeof v === "string");
      const ids = [call.value(id), ...listOf(call, `${id}List`), ...bodyIds].filter((v): v is string => !!v);
      const successList = ids.filter((one) => collections.delete(kind, userOf(call), one));
      const failureList = ids.filter((one) => !successList.includes(one));
      if (successList.length === 0)
        return refuse(call, NOT_FOUND, `no ${kind} ${ids.join(",")} of this user`);
      const rows = (list: string[]) => list.map((one) => ({ [id]: one, code: 200, msg: "" }));
      return {
        answer: asObject(call.example, { successList: rows(successList), failureList: rows(failureList) }),
      };
    };
    behaviours[`${kind}.list`] = (call) => {
      const problem = needsHomeMode(call);
      if (problem) return problem;
      const filter = fieldsOf(call);
      for (const [from, to] of [
        ["dk", "deviceKey"],
        ["pk", "productKey"],
      ] as const)
        if (filter[from] !== undefined) filter[to] = filter[from];
      return { answer: asList(call.example, collections.list(kind, userOf(call), filter)) };
    };
    behaviours[`${kind}.detail`] = (call) => {
      const record = collections.get(kind, userOf(call), lookup(call));
      return record
        ? { answer: asObject(call.example, record) }
        : refuse(call, NOT_FOUND, `no ${kind} ${lookup(call)} of this user`);
    };
  }
  return behaviours;
}
