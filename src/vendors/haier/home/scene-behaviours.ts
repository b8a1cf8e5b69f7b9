import { randomUUID } from "node:crypto";
import { first, shaped } from "../../../sandbox/shape.js";
import { isObject, isRefusal, type Json, objectAt, ok, refuse } from "./answers.js";
import type { HaierBehaviour, HaierCall } from "./behaviours.js";
import type { HaierVirtualDevice } from "./catalogue.js";
import { newId, sceneViews, withIds } from "./scene-views.js";
import {
  type ActionOutcome,
  actionSteps,
  actionsOf,
  SCENE_RULE_BROKEN,
  type Scene,
  type SceneLog,
} from "./scenes.js";
import type { HaierState } from "./state.js";

/**
 * The Haier scene operations (`zh-cn/IFTTT/`) answered from the sandbox's scenes (`x-iotdock-state`
 * scene.*): scenes saved in a family after their rules are checked against the virtual devices,
 * listed, detailed, renamed, tagged, switched and deleted; a manual run writes the devices its
 * actions name (as the device APIs' writes do) and leaves an operation log.
 */

export function sceneBehaviours(state: HaierState): Record<string, HaierBehaviour> {
  const { scenes, families, sceneView, owned, isScene, listed, found } = sceneViews(state);
  // Platform scenes run by themselves after a write makes their conditions hold (after the run
  // that wrote, if any); the writes of such a run trigger nothing further, so scenes cannot loop.
  let depth = 0;
  const written = new Set<HaierVirtualDevice>();
  state.onWrite((device, now) => {
    written.add(device);
    if (depth === 0) runTriggered(now);
  });
  const runTriggered = (now: number) => {
    const devices = [...written];
    written.clear();
    depth++;
    try {
      for (const device of devices)
        for (const scene of scenes.triggered(
          device.deviceId,
          (d, p) => state.values(d.deviceId)[p.name] ?? "",
        ))
          run(scene, scene.userId, now);
    } finally {
      written.clear();
      depth--;
    }
  };

  /** Saves the request's userSceneDto (new, or over the scene of its `id`) after checking its rules. */
  const save = (call: HaierCall, triggerType?: string): ReturnType<HaierBehaviour> => {
    const dto = objectAt(call.body, "userSceneDto");
    const previous = dto.id === undefined ? undefined : owned(call, String(dto.id));
    if (previous && !isScene(previous)) return previous;
    const familyId = previous?.familyId ?? String(dto.familyId ?? "");
    const family = families.visible(familyId, call.uid);
    if (isRefusal(family)) return family;
    const rules = withIds(dto.rules);
    const problem = scenes.check(rules, (deviceId) => state.mayUse(call.uid, deviceId));
    if (typeof problem === "string") return refuse(SCENE_RULE_BROKEN, problem);
    const type = triggerType ?? previous?.triggerType ?? String(dto.triggerType ?? "manually");
    if (type === "platform" && !rules.some((r) => Array.isArray(objectAt(r, "when").conditions)))
      return refuse(SCENE_RULE_BROKEN, "a platform scene needs conditions (when.conditions)");
    const scene = scenes.save(
      {
        familyId,
        // The scene stays its creator's when another member changes it.
        userId: previous?.userId ?? call.uid,
        sceneName: String(dto.sceneName ?? previous?.sceneName ?? ""),
        sceneDesc: String(dto.sceneDesc ?? previous?.sceneDesc ?? ""),
        alias: String(dto.sceneAlias ?? previous?.alias ?? ""),
        triggerType: type,
        isOpen: dto.isOpen === undefined ? (previous?.isOpen ?? 1) : Number(dto.isOpen) === 1 ? 1 : 0,
        tags: previous?.tags ?? [],
        rules,
      },
      call.now,
      previous?.sceneId,
    );
    return ok(call.example, { data: scene.sceneId });
  };
  const logView = (template: unknown, log: SceneLog) => {
    const scene = scenes.get(log.sceneId);
    return shaped(template, {
      ...log,
      sceneName: scene?.sceneName ?? "",
      sceneDesc: scene?.sceneDesc ?? "",
      operationStatus: log.success,
      operationResult: log.success ? "执行成功" : "执行失败",
      time: String(log.time),
      status: log.success ? 1 : 0,
      actionResultList: log.actions,
    });
  };
  const logs = (call: HaierCall, pick: (all: SceneLog[]) => SceneLog[]) => {
    const family = families.visible(call.value("familyId"), call.uid);
    if (isRefusal(family)) return family;
    const template = first(call.example.data);
    return ok(call.example, { data: pick(scenes.logsOf(family.familyId)).map((l) => logView(template, l)) });
  };
  const edit =
    (change: (call: HaierCall, s: Scene) => void): HaierBehaviour =>
    (call) => {
      const scene = owned(
        call,
        call.value("sceneId") ?? String(objectAt(call.body, "userSceneDto").id ?? ""),
      );
      if (!isScene(scene)) return scene;
      change(call, scene);
      scene.updatedAt = call.now;
      return call.example;
    };

  return {
    "scene.add": (call) => save(call, "platform"),
    "scene.addManual": (call) => save(call, "manually"),
    "scene.update": (call) => save(call),
    "scene.detail": (call) => {
      const scene = owned(call);
      return isScene(scene) ? ok(call.example, { data: sceneView(call.example.data, scene) }) : scene;
    },
    "scene.list": (call) => listed(call, () => true),
    "scene.listManual": (call) => listed(call, (s) => s.triggerType === "manually"),
    "scene.listPlatform": (call) => listed(call, (s) => s.triggerType === "platform"),
    "scene.byName": (call) => found(call, (s) => s.sceneName.includes(String(call.body.sceneName ?? ""))),
    "scene.delete": (call) => {
      const ids = Array.isArray(call.body.sceneIds) ? call.body.sceneIds.map(String) : [];
      for (const id of ids) {
        const scene = owned(call, id);
        if (!isScene(scene)) return scene;
      }
      for (const id of ids) scenes.delete(id);
      return call.example;
    },
    "scene.alias": edit((call, s) => {
      s.alias = String(call.body.appSceneAlias ?? call.body.basicSceneAlias ?? s.alias);
    }),
    "scene.desc": edit((call, s) => {
      const dto = objectAt(call.body, "userSceneDto");
      s.sceneName = String(dto.sceneName ?? s.sceneName);
      s.sceneDesc = String(dto.sceneDesc ?? s.sceneDesc);
      s.alias = String(dto.sceneAlias ?? s.alias);
    }),
    "scene.tag": edit((call, s) => {
      const tags = Array.isArray(call.body.sceneTagList) ? call.body.sceneTagList.filter(isObject) : [];
      s.tags = tags.map((t) => ({ id: String(t.id ?? ""), name: String(t.name ?? "") }));
    }),
    "scene.tags": (call) => {
      const family = families.visible(call.value("familyId"), call.uid);
      if (isRefusal(family)) return family;
      // The family's tags: each tag of its scenes once, by id.
      const tags = new Map(scenes.inFamily(family.familyId).flatMap((s) => s.tags.map((t) => [t.id, t])));
      const template = first(call.example.tagList);
      return ok(call.example, { tagList: [...tags.values()].map((t) => shaped(template, t)) });
    },
    "scene.operate": edit((call, s) => {
      s.isOpen = String(call.body.status) === "1" ? 1 : 0;
      scenes.log(s, {
        sn: newId(),
        userId: call.uid,
        operationType: s.isOpen ? 1 : 2,
        time: call.now,
        actions: [],
      });
    }),
    "scene.trigger": (call) => {
      const scene = owned(call);
      if (!isScene(scene)) return scene;
      return ok(call.example, { data: run(scene, call.uid, call.now).sn });
    },
    "scene.logNew": (call) => logs(call, (all) => all.slice(0, Math.max(1, Number(call.body.limit) || 10))),
    "scene.logHistory": (call) =>
      logs(call, (all) =>
        all
          .filter((l) => l.id < Number(call.body.number))
          .slice(0, Math.max(1, Number(call.body.limit) || 10)),
      ),
    "scene.logInfo": (call) => {
      const family = families.visible(call.value("familyId"), call.uid);
      if (isRefusal(family)) return family;
      const log = scenes.logsOf(family.familyId).find((l) => l.sn === call.value("sequenceid"));
      if (!log) return refuse(SCENE_RULE_BROKEN, "no run with this sequenceid in the family");
      return ok(call.example, { data: logView(call.example.data, log) });
    },
  };

  /** One action of a run: each device command written or failed alone. */
  function perform(action: Json, uid: string, now: number): ActionOutcome {
    const failed = (execResultCode: string, text: string, why: string, deviceId: string) => ({
      execResult: false,
      execResultCode,
      execResultInfo: `${text} (iotdock sandbox: ${why})`,
      deviceId,
    });
    const steps = actionSteps(action, (deviceId) => state.mayUse(uid, deviceId));
    if (typeof steps === "string")
      return { code: "00001", info: [failed("S00001", "未知异常", steps, "")], param: action };
    const info = steps.map(({ device, written }) => {
      const problems = state.write(device, written, now);
      return problems.length
        ? failed("S03001", "不支持的命令", problems.join("; "), device.deviceId)
        : { execResult: true, execResultCode: "00000", execResultInfo: "成功", deviceId: device.deviceId };
    });
    return {
      code: info.every((r) => r.execResult) ? "00000" : "00001",
      info: steps.length ? info : "成功",
      param: action,
    };
  }

  /** Runs a scene's actions and logs the run; then the platform scenes its writes triggered. */
  function run(scene: Scene, uid: string, now: number): SceneLog {
    depth++;
    try {
      const actions = scene.rules.flatMap(actionsOf).map((action) => perform(action, uid, now));
      return scenes.log(scene, { sn: randomUUID(), userId: uid, operationType: 3, time: now, actions });
    } finally {
      depth--;
      if (depth === 0) runTriggered(now);
    }
  }
}
