/**
 * What every Haier sandbox behaviour shares: a refusal (Haier's code and the sandbox's reason), the
 * success envelope over an example, Haier's time format, and reading a request's nested fields.
 */

export type Json = Record<string, unknown>;

/** An answer refused: the code the sandbox answers and why (after Haier's text in retInfo). */
export interface Refusal {
  retCode: string;
  detail: string;
}

export const refuse = (retCode: string, detail: string): Refusal => ({ retCode, detail });
export const isRefusal = (v: unknown): v is Refusal =>
  typeof v === "object" && v !== null && "retCode" in v && "detail" in v;

/** The example answer as a success, with `fields` over it. */
export const ok = (example: Json, fields: Json) => ({
  ...example,
  retCode: "00000",
  retInfo: "成功",
  ...fields,
});

/** Haier's time format, China time: `yyyy-MM-dd HH:mm:ss`. */
export const haierTime = (ms: number) =>
  new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ");

export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
export const objectAt = (v: unknown, key: string): Json => (isObject(v) && isObject(v[key]) ? v[key] : {});
export const listAt = (v: unknown, key: string): Json[] =>
  isObject(v) && Array.isArray(v[key]) ? (v[key] as unknown[]).filter(isObject) : [];
export const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
