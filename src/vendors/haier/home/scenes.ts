import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import { SANDBOX_MEMORY_MAX } from "../../../sandbox/kit.js";
import { isObject, type Json } from "./answers.js";
import {
  componentIdOf,
  type HaierProperty,
  type HaierVirtualDevice,
  sceneTargets,
  valueProblem,
} from "./catalogue.js";

/**
 * The Haier sandbox's scenes (`zh-cn/IFTTT/`): a user's scenes in a family, each with the rules of
 * `IFTTT_jsonDataStructure.md` (`when.conditions` on device properties, `then.actions`), and what
 * running one did (its operation logs). The spec's schemas (`specs/haier/schemas/scene.yaml`) check
 * the rule JSON's shape before this module sees it; here the rules are checked against the sandbox's
 * devices: every component a rule names must be a virtual device the user may use, every property
 * one of its properties (writable for an action) and every value one it can take, or the scene is
 * refused with `B00004` (参数不符合规则要求). Devices are named by their scene-engine ids
 * (`componentIdOf`, `propertyIdOf` in catalogue.ts).
 */

export interface Scene {
  sceneId: string;
  familyId: string;
  userId: string;
  sceneName: string;
  sceneDesc: string;
  alias: string;
  /** `manually` (run on request), `platform` (run by the platform when its conditions hold). */
  triggerType: string;
  isOpen: number;
  /** The scene's tags (`SceneTagDto`: id and name), as updateSceneTag set them. */
  tags: { id: string; name: string }[];
  rules: Json[];
  createdAt: number;
  updatedAt: number;
}

/** One device command's result, as ifttt-intro.md's `info` structure. */
export interface ActionResult {
  execResult: boolean;
  execResultCode: string;
  execResultInfo: string;
  deviceId: string;
}

/** One action of a run: its code (`00000` when every command succeeded), results and the action. */
export interface ActionOutcome {
  code: string;
  info: ActionResult[] | string;
  param: Json;
}

/** A run or a switch of a scene (`SceneOperationLogDto`): operationType 1 on, 2 off, 3 trigger. */
export interface SceneLog {
  id: number;
  sn: string;
  sceneId: string;
  familyId: string;
  userId: string;
  operationType: 1 | 2 | 3;
  time: number;
  success: boolean;
  actions: ActionOutcome[];
}

export const SCENE_RULE_BROKEN = "B00004";

const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const text = (v: unknown) => (isObject(v) ? String(v.value ?? "") : String(v ?? ""));

/** The device writes a DeviceControl action asks for: device → property → value. */
export interface ControlStep {
  device: HaierVirtualDevice;
  written: Record<string, string>;
}

/** A DeviceControl action's device writes, or why it breaks the sandbox's devices. */
export function actionSteps(action: Json, mayUse: (deviceId: string) => boolean): ControlStep[] | string {
  const steps = new Map<HaierVirtualDevice, Record<string, string>>();
  const control = isObject(action.control) ? action.control : {};
  for (const arg of action.type === "DeviceControl" ? list(control.args) : []) {
    for (const { device, property, named } of sceneTargets(control.componentId, control.object, arg.name)) {
      if (!device) return `action: no device ${named} in the sandbox (GET /_iotdock/devices)`;
      if (!mayUse(device.deviceId)) return `action: the user may not use ${device.deviceId}`;
      if (!property?.writable)
        return `action: no writable property ${JSON.stringify(arg.name)} of ${device.deviceId}`;
      const why = valueProblem(property, text(arg.value));
      if (why) return `action: ${why}`;
      steps.set(device, { ...steps.get(device), [property.name]: text(arg.value) });
    }
  }
  return [...steps].map(([device, written]) => ({ device, written }));
}

/** A rule's actions. */
export const actionsOf = (rule: Json): Json[] => list(isObject(rule.then) ? rule.then.actions : undefined);

/** Leaf conditions, groups flattened. */
function leaves(conditions: Json[]): Json[] {
  return conditions.flatMap((c) => (Array.isArray(c.conditions) ? leaves(list(c.conditions)) : [c]));
}

/** Why a condition names no property of a device the user may use, or undefined. */
function conditionProblem(rule: Json, mayUse: (deviceId: string) => boolean): string | undefined {
  const when = isObject(rule.when) ? rule.when : {};
  for (const condition of leaves(list(when.conditions))) {
    for (const { device, property, named } of sceneTargets(
      condition.componentId,
      condition.object,
      condition.key,
    )) {
      if (!device || !property)
        return `condition: no property ${JSON.stringify(condition.key)} of a device ${named}`;
      if (!mayUse(device.deviceId)) return `condition: the user may not use ${device.deviceId}`;
    }
  }
  return undefined;
}

/** Whether a platform scene's conditions hold now (each `&&` unless the condition says `||`). */
function conditionsHold(rule: Json, read: (device: HaierVirtualDevice, p: HaierProperty) => string): boolean {
  const when = isObject(rule.when) ? rule.when : {};
  let result: boolean | undefined;
  for (const condition of leaves(list(when.conditions))) {
    const targets = sceneTargets(condition.componentId, condition.object, condition.key);
    const value =
      targets.length > 0 &&
      targets.every(({ device, property }) => {
        if (!device || !property) return false;
        const [actual, wanted] = [read(device, property), text(condition.value)];
        const [a, w] = [Number(actual), Number(wanted)];
        const numeric = Number.isFinite(a) && Number.isFinite(w) && actual !== "" && wanted !== "";
        const holds = {
          equal: actual === wanted,
          unequal: actual !== wanted,
          greaterThan: numeric && a > w,
          greaterThanEqual: numeric && a >= w,
          lessThan: numeric && a < w,
          lessThanEqual: numeric && a <= w,
        }[String(condition.operationSign)];
        return holds === true;
      });
    result =
      result === undefined ? value : condition.logicalSign === "||" ? result || value : result && value;
  }
  return result ?? false;
}

export function createScenes(max = SANDBOX_MEMORY_MAX) {
  const scenes = new LRUCache<string, Scene>({ max });
  const logs = new LRUCache<number, SceneLog>({ max });
  let nextLog = 17001;
  /** Whether a platform scene's conditions held at its last check. */
  const held = new Map<string, boolean>();

  return {
    /** Checks a scene's rules against the devices; the scene's writes, or why it is refused. */
    check(rules: Json[], mayUse: (deviceId: string) => boolean): ControlStep[] | string {
      const steps: ControlStep[] = [];
      for (const rule of rules) {
        const problem = conditionProblem(rule, mayUse);
        if (problem) return problem;
        for (const action of actionsOf(rule)) {
          const more = actionSteps(action, mayUse);
          if (typeof more === "string") return more;
          steps.push(...more);
        }
      }
      return steps;
    },
    save(
      fields: Omit<Scene, "sceneId" | "createdAt" | "updatedAt">,
      now: number,
      sceneId = randomUUID().replaceAll("-", ""),
    ) {
      const previous = scenes.get(sceneId);
      const scene = { ...fields, sceneId, createdAt: previous?.createdAt ?? now, updatedAt: now };
      scenes.set(sceneId, scene);
      return scene;
    },
    get: (sceneId: string | undefined) => (sceneId ? scenes.get(sceneId) : undefined),
    all: () => [...scenes.values()],
    delete: (sceneId: string) => scenes.delete(sceneId),
    inFamily: (familyId: string) =>
      [...scenes.values()].filter((s) => s.familyId === familyId).sort((a, b) => a.createdAt - b.createdAt),
    /** Records a run or a switch of a scene. */
    log(
      scene: Scene,
      entry: Pick<SceneLog, "sn" | "userId" | "operationType" | "time" | "actions">,
    ): SceneLog {
      const log = {
        ...entry,
        id: nextLog++,
        sceneId: scene.sceneId,
        familyId: scene.familyId,
        success: entry.actions.every((a) => a.code === "00000"),
      };
      logs.set(log.id, log);
      return log;
    },
    /** A family's logs, newest first. */
    logsOf: (familyId: string) =>
      [...logs.values()].filter((l) => l.familyId === familyId).sort((a, b) => b.id - a.id),
    /**
     * The open platform scenes about a device whose conditions have come to hold with its last
     * change (they did not at the scene's previous check): each runs once when they become true.
     */
    triggered(deviceId: string, read: (device: HaierVirtualDevice, p: HaierProperty) => string): Scene[] {
      const names = [`"${componentIdOf(deviceId)}"`, deviceId];
      return [...scenes.values()].filter((s) => {
        if (s.triggerType !== "platform" || s.isOpen !== 1) return false;
        if (!names.some((n) => JSON.stringify(s.rules).includes(n))) return false;
        const holds = s.rules.some((r) => conditionsHold(r, read));
        const before = held.get(s.sceneId) ?? false;
        held.set(s.sceneId, holds);
        return holds && !before;
      });
    },
  };
}

export type HaierScenes = ReturnType<typeof createScenes>;
