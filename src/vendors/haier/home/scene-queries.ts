import { first, shaped } from "../../../sandbox/shape.js";
import { type Json, objectAt, ok, refuse } from "./answers.js";
import type { HaierBehaviour } from "./behaviours.js";
import { componentIdOf, type HaierProperty, type HaierVirtualDevice, propertyIdOf } from "./catalogue.js";
import { sceneViews } from "./scene-views.js";
import { actionSteps, actionsOf, SCENE_RULE_BROKEN, type Scene } from "./scenes.js";
import type { HaierState } from "./state.js";

/**
 * The Haier scene queries answered from the sandbox's devices and scenes (`x-iotdock-state`
 * scene.functions, scene.byComponent, scene.byDevice, scene.rule, scene.judge): what a device
 * offers a scene (the ids a rule names it by), which scenes name a component or a device, one
 * rule, and which of a scene's actions its devices can carry out now.
 */

/** A property as the scene portal describes it: its id, name, value type and values. */
function propView(
  template: unknown,
  device: HaierVirtualDevice,
  p: HaierProperty,
  fixer: string,
  sort: number,
) {
  const { values } = p;
  const propValType =
    "list" in values
      ? values.list.join() === "true,false"
        ? "bool"
        : "enum"
      : Number.isInteger(values.step)
        ? "int"
        : "double";
  const variants =
    "list" in values
      ? JSON.stringify(Object.fromEntries(values.list.map((v) => [v, v])))
      : JSON.stringify({ minValue: values.min, maxValue: values.max, step: values.step });
  const id = propertyIdOf(device.deviceId, p.name);
  const item = {
    propId: id,
    propName: p.name,
    functionName: p.name,
    desc: p.description,
    fixer,
    propValType,
    variants,
  };
  const props = typeof template === "object" && template !== null ? (template as Json).props : undefined;
  return shaped(template, {
    ...item,
    propClass: "property",
    propSort: String(sort + 1),
    props: [shaped(first(props), item)],
  });
}

export function sceneQueries(state: HaierState): Record<string, HaierBehaviour> {
  const { scenes, owned, isScene, listed, found } = sceneViews(state);
  const names = (s: Scene, text: string) => JSON.stringify(s.rules).includes(text);

  return {
    "scene.functions": (call) => {
      const device = state.device(call.value("deviceId"));
      if (!device || !state.mayUse(call.uid, device.deviceId))
        return refuse(SCENE_RULE_BROKEN, `no device ${call.value("deviceId") ?? ""} this user may use`);
      const data = objectAt(call.example, "data");
      const conditions = device.properties.map((p, i) =>
        propView(first(data.conditions), device, p, "为", i),
      );
      const actions = device.properties
        .filter((p) => p.writable)
        .map((p, i) => propView(first(data.actions), device, p, "设置为", i));
      const sysProps = shaped(data.sysProps, {
        id: device.model,
        componentId: componentIdOf(device.deviceId),
        componentType: "MODEL",
      });
      return ok(call.example, { data: { ...data, sysProps, conditions, actions } });
    },
    "scene.byComponent": (call) => found(call, (s) => names(s, `"${call.value("componentId") ?? ""}"`)),
    "scene.byDevice": (call) => {
      const mac = String(objectAt(call.body, "param").id ?? "");
      return listed(call, (s) => mac !== "" && names(s, mac));
    },
    "scene.rule": (call) => {
      const id = call.value("ruleId");
      for (const s of scenes.all()) {
        const rule = s.rules.find((r) => r.id === id);
        if (!rule) continue;
        const scene = owned(call, s.sceneId);
        if (!isScene(scene)) return scene;
        return ok(call.example, {
          data: shaped(call.example.data, { ...rule, rule: s.sceneName, isOpen: s.isOpen }),
        });
      }
      return refuse(SCENE_RULE_BROKEN, `no rule ${id ?? "(none given)"}`);
    },
    "scene.judge": (call) => {
      const scene = owned(call);
      if (!isScene(scene)) return scene;
      const usable = (deviceId: string) => state.mayUse(call.uid, deviceId);
      const ruleMap = Object.fromEntries(
        scene.rules.map((r) => [
          String(r.id),
          actionsOf(r)
            .filter((a) => typeof actionSteps(a, usable) !== "string")
            .map((a) => String(a.id)),
        ]),
      );
      return ok(call.example, { ruleMap });
    },
  };
}
