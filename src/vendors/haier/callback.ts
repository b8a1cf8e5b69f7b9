import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { constantTimeEqual } from "../../core/compare.js";
import { ConfigError } from "../../core/errors.js";
import { jsonObject } from "../../core/signing.js";

/**
 * The verification endpoint a customer cloud serves for Haier (specs/haier-callback.yaml): Haier
 * POSTs `{code, clientKey, clientSecret}`, the customer answers `{openId, retCode, retInfo}`.
 */

export interface VerifyCodeAnswer {
  openId: string;
  retCode: string;
  retInfo: string;
}

/**
 * Failure codes of the callback (x-iotdock-error-codes of haier-callback.yaml; a test keeps them in
 * step). Haier defines only `00000`; these come from Haier's public error table.
 */
export const CALLBACK_CODES = {
  success: { retCode: "00000", retInfo: "成功" },
  invalidRequest: { retCode: "B00001", retInfo: "缺少必填参数" },
  wrongMethod: { retCode: "B00007", retInfo: "参数与接口定义不匹配" },
  wrongClient: { retCode: "C00001", retInfo: "appId与appKey验证失败" },
  unknownCode: { retCode: "D00015", retInfo: "验证码错误" },
  internalError: { retCode: "A00004", retInfo: "系统内部错误" },
} as const;

export interface HaierCallbackOptions {
  clientKey: string;
  clientSecret: string;
  /** Your check of a login code: the user's openId (your account id), or null when the code is unknown or used. */
  verifyCode: (code: string) => Promise<string | null> | string | null;
  /** Called when verifyCode throws (Haier then gets A00004). Default: one line on stderr, no secret. */
  onError?: (error: unknown) => void;
  /** Largest body accepted (Fetch entry and node:http adapter alike); default 64 KiB. */
  maxBodyBytes?: number;
}

/** A Fetch-API handler, with `node` to mount it in a node:http server. */
export interface HaierCallbackHandler {
  (request: Request): Promise<Response>;
  node: RequestListener;
}

const JSON_TYPE = "application/json;charset=UTF-8";

const answer = (
  body: { retCode: string; retInfo: string },
  openId = "",
  status = 200,
  headers: Record<string, string> = {},
) =>
  new Response(
    JSON.stringify({ openId, retCode: body.retCode, retInfo: body.retInfo } satisfies VerifyCodeAnswer),
    {
      status,
      headers: { "content-type": JSON_TYPE, ...headers },
    },
  );

/**
 * Reads Haier's request body. Key names are trimmed: the vendor document's own example writes
 * `" clientKey"` and `" clientSecret "`, and a callback should not fail on that.
 */
function readFields(text: string): { code: string; clientKey: string; clientSecret: string } | undefined {
  const parsed = jsonObject(text);
  if (!parsed) return undefined;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) fields[key.trim()] = value;
  const { code, clientKey, clientSecret } = fields;
  if (typeof code !== "string" || typeof clientKey !== "string" || typeof clientSecret !== "string")
    return undefined;
  if (!code) return undefined;
  return { code, clientKey, clientSecret };
}

export function createHaierCallbackHandler(options: HaierCallbackOptions): HaierCallbackHandler {
  if (!options?.clientKey || !options.clientSecret || typeof options.verifyCode !== "function") {
    throw new ConfigError("createHaierCallbackHandler needs clientKey, clientSecret and verifyCode", {
      vendor: "haier",
      operation: "createHaierCallbackHandler",
    });
  }
  const onError =
    options.onError ??
    ((error: unknown) =>
      process.stderr.write(
        `iotdock: haier callback: verifyCode failed: ${error instanceof Error ? error.name : typeof error}\n`,
      ));
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;

  const handler = (async (request: Request): Promise<Response> => {
    if (request.method !== "POST") return answer(CALLBACK_CODES.wrongMethod, "", 405, { allow: "POST" });
    // A body that breaks off (the caller hung up) is an invalid request like any other.
    const text = await readLimited(request, maxBodyBytes).catch(() => null);
    if (text === null) return answer(CALLBACK_CODES.invalidRequest, "", 400);
    if (text === undefined) return answer(CALLBACK_CODES.invalidRequest, "", 413);
    const fields = readFields(text);
    if (!fields) return answer(CALLBACK_CODES.invalidRequest);
    // Both compared in full, whatever the first gives: the time taken says nothing about which was wrong.
    const keyOk = constantTimeEqual(fields.clientKey, options.clientKey);
    const secretOk = constantTimeEqual(fields.clientSecret, options.clientSecret);
    if (!(keyOk && secretOk)) return answer(CALLBACK_CODES.wrongClient);
    let openId: string | null;
    try {
      openId = await options.verifyCode(fields.code);
    } catch (error) {
      onError(error);
      return answer(CALLBACK_CODES.internalError);
    }
    if (typeof openId !== "string" || openId === "") return answer(CALLBACK_CODES.unknownCode);
    return answer(CALLBACK_CODES.success, openId);
  }) as HaierCallbackHandler;

  handler.node = (req, res) => {
    void nodeAdapter(handler, req, res, maxBodyBytes, (status) =>
      answer(status === 413 ? CALLBACK_CODES.invalidRequest : CALLBACK_CODES.internalError, "", status),
    );
  };
  return handler;
}

/**
 * The request body as text, read chunk by chunk; undefined (and the stream cancelled) as soon as it
 * is larger than `maxBytes`, or at once when Content-Length says it will be.
 */
export async function readLimited(request: Request, maxBytes: number): Promise<string | undefined> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Serves a Fetch-API handler on node:http, with the body limit; `refusal` answers 413 and 500. */
export async function nodeAdapter(
  handler: (request: Request) => Promise<Response>,
  req: IncomingMessage,
  res: ServerResponse,
  maxBodyBytes: number,
  refusal: (status: 413 | 500) => Response,
): Promise<void> {
  let response: Response;
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers["content-length"] ?? 0) > maxBodyBytes;
    if (!tooLarge) {
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > maxBodyBytes) {
          tooLarge = true;
          break;
        }
        chunks.push(chunk as Buffer);
      }
    }
    if (tooLarge) {
      response = refusal(413);
    } else {
      const method = req.method ?? "GET";
      response = await handler(
        new Request(new URL(req.url ?? "/", "http://localhost"), {
          method,
          headers: { "content-type": req.headers["content-type"] ?? "application/json" },
          body: method === "GET" || method === "HEAD" ? null : Buffer.concat(chunks),
        }),
      );
    }
  } catch {
    response = refusal(500);
  }
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
