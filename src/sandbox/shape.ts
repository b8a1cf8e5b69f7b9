/**
 * Answers built from the spec's own examples: the sandbox's state is poured into the example's
 * shape, so every answer keeps the fields, types and envelope the spec documents (a stored field
 * the example does not have is left out; a value is converted to the example's type).
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `value` in the type of `template`'s value, or undefined when it cannot be. */
function sameType(template: unknown, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (template === null || template === undefined) return value;
  if (Array.isArray(template)) {
    if (!Array.isArray(value)) return undefined;
    const item = template[0];
    return item === undefined ? value : value.map((v) => sameType(item, v)).filter((v) => v !== undefined);
  }
  if (isObject(template)) return isObject(value) ? fitTo(template, value) : undefined;
  if (typeof template === typeof value) return value;
  if (typeof template === "string") return typeof value === "object" ? JSON.stringify(value) : String(value);
  if (typeof template === "number") {
    const n = Number(value);
    return Number.isFinite(n) && value !== "" && value !== null ? n : undefined;
  }
  if (typeof template === "boolean" && (value === "true" || value === "false")) return value === "true";
  return undefined;
}

/** `item` fitted to `template`: the template's keys, with the item's values where it has them. */
export function fitTo(template: Json, item: Json): Json {
  const out: Json = { ...template };
  for (const key of Object.keys(template)) {
    const value = sameType(template[key], item[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** `item` in the shape of `template` (an example's value), or `item` when the example has none. */
export const shaped = (template: unknown, item: Json): Json =>
  isObject(template) ? fitTo(template, item) : item;

/** The first item of an example's list: the template of the list's items. */
export const first = (list: unknown): unknown => (Array.isArray(list) ? list[0] : undefined);

/** The example answer with `data` replaced. */
export function withData(example: unknown, data: unknown): unknown {
  return { ...(isObject(example) ? example : {}), code: 200, msg: "", data };
}

/** The example's `data`. */
export function dataOf(example: unknown): unknown {
  return isObject(example) ? example.data : undefined;
}

/** The example's data fitted with `item` (an object answer). */
export function asObject(example: unknown, item: object): unknown {
  const data = dataOf(example);
  return withData(example, isObject(data) ? fitTo(data, item as Json) : item);
}

/**
 * A list answer: the example's list (`data` itself, `data.list`, or `data`'s first array) replaced by
 * `items`, each fitted to the example's first item; page counters follow.
 */
export function asList(example: unknown, items: readonly object[]): unknown {
  const data = dataOf(example);
  const fitAll = (template: unknown) =>
    items.map((item) => (isObject(template) ? fitTo(template, item as Json) : item));
  if (Array.isArray(data)) return withData(example, fitAll(data[0]));
  if (!isObject(data)) return withData(example, items);
  const key = "list" in data ? "list" : Object.keys(data).find((k) => Array.isArray(data[k]));
  if (!key) return withData(example, data);
  const page: Json = { ...data, [key]: fitAll((data[key] as unknown[])[0]) };
  for (const counter of ["total", "size"])
    if (typeof page[counter] === "number") page[counter] = items.length;
  if (typeof page.pages === "number") page.pages = items.length ? 1 : 0;
  for (const flag of ["isFirstPage", "isLastPage"]) if (typeof page[flag] === "boolean") page[flag] = true;
  for (const flag of ["hasNextPage", "hasPreviousPage"])
    if (typeof page[flag] === "boolean") page[flag] = false;
  return withData(example, page);
}
