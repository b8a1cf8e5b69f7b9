import type { RequestListener } from "node:http";
import { ConfigError, TimeoutError } from "../../core/errors.js";
import { jsonObject } from "../../core/signing.js";
import { nodeAdapter, readLimited } from "./callback.js";
import type { HaierBatchResult } from "./flows.js";

/**
 * The endpoint a customer cloud serves for the results of its batch commands: Haier POSTs a
 * batch's final result (specs/haier-callback.yaml, `commandResult`; the `HaierBatchResult` of
 * sendbatchCmd's page) to the command's `backUrl`. The handler checks its shape, hands it to
 * `onResult` and to anyone waiting for that batch's sn (`wait`), and answers Haier's envelope.
 */

export interface HaierCommandResultOptions {
  /** Called with every result that arrives (after the answer is decided, never with a malformed body). */
  onResult?: (result: HaierBatchResult) => unknown;
  /** Largest body accepted (Fetch entry and node:http adapter alike); default 256 KiB. */
  maxBodyBytes?: number;
  /** How long `wait` waits by default; 30 s. */
  waitTimeoutMs?: number;
}

export interface HaierCommandResults {
  (request: Request): Promise<Response>;
  node: RequestListener;
  /** The result of batch `sn`: one that arrived already, or the next to arrive; rejects after `timeoutMs`. */
  wait(sn: string, timeoutMs?: number): Promise<HaierBatchResult>;
}

const JSON_TYPE = "application/json;charset=UTF-8";
const reply = (retCode: string, retInfo: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ retCode, retInfo }), {
    status,
    headers: { "content-type": JSON_TYPE, ...headers },
  });
const ANSWERS = {
  ok: () => reply("00000", "成功"),
  invalid: (status = 200) => reply("B00001", "缺少必填参数", status),
  wrongMethod: () => reply("B00007", "参数与接口定义不匹配", 405, { allow: "POST" }),
  internal: (status = 200) => reply("A00004", "系统内部错误", status),
};

/** A batch result: `cmdSn` and a `detailInfo` list whose entries name their device and result. */
function readResult(text: string): HaierBatchResult | undefined {
  const body = jsonObject(text);
  if (!body || typeof body.cmdSn !== "string" || body.cmdSn === "" || !Array.isArray(body.detailInfo))
    return undefined;
  const entriesOk = body.detailInfo.every(
    (d) => typeof d === "object" && d !== null && typeof (d as { deviceId?: unknown }).deviceId === "string",
  );
  return entriesOk ? (body as HaierBatchResult) : undefined;
}

export function createHaierCommandResultHandler(
  options: HaierCommandResultOptions = {},
): HaierCommandResults {
  const maxBodyBytes = options.maxBodyBytes ?? 256 * 1024;
  const arrived = new Map<string, HaierBatchResult>();
  const waiting = new Map<string, ((r: HaierBatchResult) => void)[]>();

  const handler = (async (request: Request): Promise<Response> => {
    if (request.method !== "POST") return ANSWERS.wrongMethod();
    const text = await readLimited(request, maxBodyBytes).catch(() => null);
    if (text === null) return ANSWERS.invalid(400);
    if (text === undefined) return ANSWERS.invalid(413);
    const result = readResult(text);
    if (!result) return ANSWERS.invalid();
    const sn = String(result.cmdSn);
    arrived.set(sn, result);
    for (const resolve of waiting.get(sn) ?? []) resolve(result);
    waiting.delete(sn);
    try {
      await options.onResult?.(result);
    } catch {
      return ANSWERS.internal();
    }
    return ANSWERS.ok();
  }) as HaierCommandResults;

  handler.node = (req, res) => {
    void nodeAdapter(handler, req, res, maxBodyBytes, (status) =>
      status === 413 ? ANSWERS.invalid(413) : ANSWERS.internal(500),
    );
  };
  handler.wait = (sn, timeoutMs = options.waitTimeoutMs ?? 30_000) => {
    if (!sn)
      throw new ConfigError("wait needs the batch's sn", { vendor: "haier", operation: "sendbatchCmd" });
    const known = arrived.get(sn);
    if (known) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.set(
          sn,
          (waiting.get(sn) ?? []).filter((r) => r !== done),
        );
        reject(new TimeoutError({ vendor: "haier", operation: "sendbatchCmd", timeoutMs }));
      }, timeoutMs);
      const done = (r: HaierBatchResult) => {
        clearTimeout(timer);
        resolve(r);
      };
      waiting.set(sn, [...(waiting.get(sn) ?? []), done]);
    });
  };
  return handler;
}
