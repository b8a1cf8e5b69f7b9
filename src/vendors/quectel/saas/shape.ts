import { fitTo, withData } from "../../../sandbox/shape.js";

/**
 * A SaaS list answer built from the spec's example (src/sandbox/shape.ts does objects and PageHelper
 * pages): the envelope's paging fields (`pageNum`, `pageSize`, `pages`, `total`) for list operations.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

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
    ...(withData(
      example,
      slice.map((item) => (isObject(template) ? fitTo(template, item as Json) : item)),
    ) as Json),
    pageNum,
    pageSize,
    pages: Math.ceil(items.length / pageSize),
    total: items.length,
  };
}
