import type { components } from "../../../generated/meari.js";

/**
 * Meari's IoT commands (`iotSet`'s `items`, specs/meari.yaml `IotSetItems`): the numbers Meari
 * gives them, and their values. `items` travels as one JSON string in the signed query.
 */

/** The commands and their values, typed from the spec's `IotSetItems`. */
export type IotCommands = components["schemas"]["IotSetItems"];
export type PtzMove = components["schemas"]["IotPtzMove"];
export type PtzStop = components["schemas"]["IotPtzStop"];

/** Command numbers. PTZ 2.0 (`841`/`842`) for devices whose capabilities say `"ptz2":1`, else 1.0. */
export const IotCommand = {
  sleepMode: 118,
  ptzMove: 807,
  ptzStop: 808,
  ptzMove2: 841,
  ptzStop2: 842,
} as const;

/** Values of command 118. */
export const SleepMode = { alwaysOff: 0, alwaysOn: 1, scheduled: 2, geofence: 3 } as const;

/** `v_id` of a PTZ move on a product with several lenses. */
export const Lens = { single: 0, left: 1, right: 2, upper: 3, lower: 4, middle: 5 } as const;

/** The `items` query value for a set of commands. */
export const iotItems = (commands: IotCommands): string => JSON.stringify(commands);
