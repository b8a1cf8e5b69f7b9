import { fitTo } from "../../../sandbox/shape.js";

/**
 * SaaS answers built from the spec's examples (as the App side's shape.ts): `data` replaced by
 * the sandbox's state fitted to the example's shape, and the envelope's paging fields
 * (`pageNum`, `pageSize`, `pages`, `total`) for list operations.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The example answer with `data` replaced (success: code 200, empty msg). */
export function saasData(example: unknown, data: unknown): Json {
  return { ...(isObject(example) ? example : {}), code: 200, msg: "", data };
}

/** `item` in the shape of the example's `data` object. */
export function saasObject(example: unknown, item: object): Json {
  const data = isObject(example) ? example.data : undefined;
  return saasData(example, isObject(data) ? fitTo(data, item as Json) : item);
}

/** One page of `items`, each fitted to the example's first item; paging in the envelope. */
export function saasPage(
  example: unknown,
  items: readonly object[],
  page: { pageNum?: unknown; pageSize?: unknown },
): Json {
  const pageNum = Math.max(1, Number(page.pageNum) || 1);
  const pageSize = Math.max(1, Number(page.pageSize) || 10);
  const data = isObject(example) ? example.data : undefined;
  const template = Array.isArray(data) ? data[0] : undefined;
  const slice = items.slice((pageNum - 1) * pageSize, pageNum * pageSize);
  return {
    ...saasData(
      example,
      slice.map((item) => (isObject(template) ? fitTo(template, item as Json) : item)),
    ),
    pageNum,
    pageSize,
    pages: Math.ceil(items.length / pageSize),
    total: items.length,
  };
}
