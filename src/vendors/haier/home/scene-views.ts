import { randomUUID } from "node:crypto";
import { first, shaped } from "../../../sandbox/shape.js";
import { haierTime, isObject, isRefusal, type Json, objectAt, ok, refuse } from "./answers.js";
import type { HaierCall } from "./behaviours.js";
import { actionsOf, SCENE_RULE_BROKEN, type Scene } from "./scenes.js";
import type { HaierState } from "./state.js";

/**
 * What the scene behaviours share: a scene in an example's shape, the scene a request names (in a
 * family of the caller's), a page of a family's scenes, and rules given ids.
 */

export const newId = () => randomUUID().replaceAll("-", "");
/** Rules, their conditions and actions with ids (kept when given, made when not). */
export const withIds = (rules: unknown): Json[] =>
  (Array.isArray(rules) ? rules.filter(isObject) : []).map((rule) => {
    const then = objectAt(rule, "then");
    const actions = actionsOf(rule).map((a) => ({ id: newId(), ...a }));
    const withActions: Json = { id: newId(), ...rule };
    // biome-ignore lint/suspicious/noThenProperty: the rule JSON's own key (IFTTT_jsonDataStructure.md); a rule is data, never awaited
    if (Object.keys(then).length) withActions.then = { ...then, actions };
    return withActions;
  });

export function sceneViews(state: HaierState) {
  const scenes = state.scenes;
  const families = state.families;
  const sceneView = (template: unknown, s: Scene, short = false) =>
    shaped(template, {
      id: s.sceneId,
      userId: s.userId,
      familyId: s.familyId,
      sceneName: s.sceneName,
      sceneDesc: s.sceneDesc,
      sceneAlias: s.alias,
      isOpen: s.isOpen,
      sceneStatus: s.isOpen,
      triggerType: s.triggerType,
      tagList: s.tags,
      rules: short ? s.rules.map((r) => ({ id: r.id, rule: s.sceneName })) : s.rules,
      createTime: haierTime(s.createdAt),
      updateTime: haierTime(s.updatedAt),
    });
  /** The scene the request names, in a family the caller is in. */
  const owned = (call: HaierCall, id = call.value("sceneId") ?? call.value("id")) => {
    const scene = scenes.get(id);
    if (!scene) return refuse(SCENE_RULE_BROKEN, `no scene ${id ?? "(none given)"}`);
    const family = families.visible(scene.familyId, call.uid);
    return isRefusal(family) ? family : scene;
  };
  const isScene = (v: unknown): v is Scene => isObject(v) && "sceneId" in v;
  const listed = (call: HaierCall, filter: (s: Scene) => boolean) => {
    const family = families.visible(call.value("familyId"), call.uid);
    if (isRefusal(family)) return family;
    const all = scenes.inFamily(family.familyId).filter(filter).reverse();
    const limit = Math.max(1, Number(call.body.limit) || 20);
    const cursor = Math.max(0, Number(call.body.cursor) || 0);
    const page = all.slice(cursor, cursor + limit);
    const data = objectAt(call.example, "data");
    return ok(call.example, {
      data: {
        ...data,
        pageSize: limit,
        cursor: cursor + page.length,
        recordCount: all.length,
        currentPage: Math.floor(cursor / limit) + 1,
        totalPage: Math.ceil(all.length / limit),
        fromIndex: cursor,
        toIndex: cursor + page.length,
        list: page.map((s) => sceneView(first(data.list), s, true)),
      },
    });
  };

  /** The family's scenes that `pick` keeps, in full, as `data` (an unpaged list answer). */
  const found = (call: HaierCall, pick: (s: Scene) => boolean) => {
    const family = families.visible(call.value("familyId"), call.uid);
    if (isRefusal(family)) return family;
    const kept = scenes.inFamily(family.familyId).filter(pick);
    return ok(call.example, { data: kept.map((s) => sceneView(first(call.example.data), s)) });
  };
  return { scenes, families, sceneView, owned, isScene, listed, found };
}
