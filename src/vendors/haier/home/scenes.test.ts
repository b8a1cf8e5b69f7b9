import { describe, expect, it } from "vitest";
import { propertyIdOf } from "./catalogue.js";
import { createScenes } from "./scenes.js";

/**
 * Scene rules (`IFTTT_jsonDataStructure.md`) against the sandbox's virtual devices: the device by
 * its MAC in `object.value`, the property by its id or standard name; what makes a rule refused;
 * when a platform scene's conditions hold and when it triggers.
 */

const AC = "DC330D01FBF1";
const WASHER = "2C37C530B5F1";
const FRIDGE = "0007A8B7014E";
const control = (mac: string, name: object, value: string) => ({
  type: "DeviceControl",
  control: { componentId: "c", object: { value: mac }, args: [{ name, value: { value } }] },
});
// biome-ignore lint/suspicious/noThenProperty: the rule JSON's own key (IFTTT_jsonDataStructure.md)
const rule = (when: object[], actions: object[]) => ({ when: { conditions: when }, then: { actions } });
const cond = (mac: string, key: object, operationSign: string, value: string, logicalSign?: string) => ({
  componentId: "c",
  object: { value: mac },
  key,
  operationSign,
  value: { value },
  ...(logicalSign ? { logicalSign } : {}),
});
const anyone = () => true;

describe("Haier sandbox scene rules", () => {
  it("turns actions into device writes, by property id or standard name, several MACs at once", () => {
    const scenes = createScenes();
    const steps = scenes.check(
      [
        rule(
          [],
          [
            control(AC, { id: propertyIdOf(AC, "targetTemperature") }, "20"),
            control(`${AC},${WASHER}`, { value: "onOffStatus" }, "true"),
          ],
        ),
      ],
      anyone,
    );
    expect(Array.isArray(steps) && steps.map((s) => [s.device.deviceId, s.written])).toEqual([
      [AC, { targetTemperature: "20" }],
      [AC, { onOffStatus: "true" }],
      [WASHER, { onOffStatus: "true" }],
    ]);
  });

  it("refuses unknown devices and properties, read-only ones, values off the range and devices not the user's", () => {
    const scenes = createScenes();
    const refused = (actions: object[], mayUse = anyone) => scenes.check([rule([], actions)], mayUse);
    expect(refused([control("000000000000", { value: "onOffStatus" }, "true")])).toMatch(/no device/);
    expect(refused([control(AC, { value: "spinSpeed" }, "1")])).toMatch(/no writable property/);
    expect(refused([control(AC, { value: "indoorTemperature" }, "20")])).toMatch(/no writable property/);
    expect(refused([control(AC, { value: "targetTemperature" }, "31")])).toMatch(/from 16 to 30/);
    expect(refused([control(AC, { value: "onOffStatus" }, "true")], () => false)).toMatch(/may not use/);
    expect(scenes.check([rule([cond(AC, { value: "nothing" }, "equal", "1")], [])], anyone)).toMatch(
      /condition: no property/,
    );
  });

  it("triggers an open platform scene once as its conditions become true, && and || as written", () => {
    const scenes = createScenes();
    const values: Record<string, string> = { targetTemperature: "26", onOffStatus: "false" };
    const read = (_d: unknown, p: { name: string }) => values[p.name] ?? "";
    const scene = scenes.save(
      {
        familyId: "f",
        userId: "u",
        sceneName: "cold",
        sceneDesc: "",
        alias: "",
        triggerType: "platform",
        isOpen: 1,
        tags: [],
        rules: [
          rule(
            [
              cond(AC, { value: "targetTemperature" }, "lessThan", "22"),
              cond(AC, { value: "onOffStatus" }, "equal", "true", "&&"),
            ],
            [control(AC, { value: "operationMode" }, "4")],
          ),
        ],
      },
      0,
    );
    const fires = () => scenes.triggered(AC, read).map((s) => s.sceneId);
    values.targetTemperature = "20";
    expect(fires()).toEqual([]); // 20 < 22 but the AC is off: && fails
    values.onOffStatus = "true";
    expect(fires()).toEqual([scene.sceneId]);
    expect(fires()).toEqual([]); // still true: no second run
    values.targetTemperature = "24";
    expect(fires()).toEqual([]);
    values.targetTemperature = "21";
    expect(fires()).toEqual([scene.sceneId]);
    expect(scenes.triggered(FRIDGE, read)).toEqual([]); // a device the scene does not name
    scene.isOpen = 0;
    values.targetTemperature = "30";
    fires();
    values.targetTemperature = "16";
    expect(fires()).toEqual([]); // switched off
  });

  it("joins a condition written with || by or", () => {
    const scenes = createScenes();
    const values: Record<string, string> = { targetTemperature: "26", onOffStatus: "false" };
    const read = (_d: unknown, p: { name: string }) => values[p.name] ?? "";
    const either = [
      cond(AC, { value: "targetTemperature" }, "greaterThanEqual", "28"),
      cond(AC, { value: "onOffStatus" }, "unequal", "false", "||"),
    ];
    const fields = {
      familyId: "f",
      userId: "u",
      sceneName: "s",
      sceneDesc: "",
      alias: "",
      isOpen: 1,
      tags: [],
    };
    const scene = scenes.save({ ...fields, triggerType: "platform", rules: [rule(either, [])] }, 0);
    expect(scenes.triggered(AC, read)).toEqual([]);
    values.onOffStatus = "true"; // the second alone holds
    expect(scenes.triggered(AC, read).map((s) => s.sceneId)).toEqual([scene.sceneId]);
  });
});
