import { execFileSync } from "node:child_process";
import { MissingToolError, type Tool } from "./tools.js";

/**
 * Independent implementations (coreutils, OpenSSL, jq) to check our node:crypto code against. A
 * test file using them should `requireTool` each at its top (contract-tests/support/tools.ts);
 * without that, a missing tool still fails each test with one line, never a spawn stack trace.
 */
function run(tool: Tool, args: string[], input: string): Buffer {
  try {
    return execFileSync(tool, args, { input, stdio: ["pipe", "pipe", "pipe"] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new MissingToolError(
        tool,
        "needed by contract-tests/support/independent.ts to check iotdock's crypto independently",
      );
    throw error;
  }
}

export const sha256sum = (text: string) => run("sha256sum", [], text).toString().slice(0, 64);
export const md5sum = (text: string) => run("md5sum", [], text).toString().slice(0, 32);

const hex = (ascii: string) => Buffer.from(ascii, "ascii").toString("hex");

/** Quectel's key/IV derivation done with md5sum, then AES with `openssl enc`. */
export function opensslQuectelKey(random: string) {
  const key = md5sum(random).toUpperCase().slice(8, 24);
  return { key, iv: key.slice(8) + key.slice(0, 8) };
}

export function opensslEncrypt(plain: string, key: string, iv: string): string {
  return run("openssl", ["enc", "-aes-128-cbc", "-base64", "-A", "-K", hex(key), "-iv", hex(iv)], plain)
    .toString()
    .trim();
}

export function opensslDecrypt(base64: string, random: string): string {
  const { key, iv } = opensslQuectelKey(random);
  return run(
    "openssl",
    ["enc", "-d", "-aes-128-cbc", "-base64", "-A", "-K", hex(key), "-iv", hex(iv)],
    base64,
  ).toString("utf8");
}

/** Base64(HMAC-SHA1(key, text)) computed by `openssl dgst`. */
export function opensslHmacSha1Base64(text: string, key: string): string {
  return run("openssl", ["dgst", "-sha1", "-hmac", key, "-binary"], text).toString("base64");
}

/**
 * Gwell's signature of a POST as the vendor document describes it, without iotdock's code: the
 * five `Name:value` lines in ASCII order of their names (`Host` < `Payload` < `X-IotVideo-AccessID`
 * < `X-IotVideo-Nonce` < `X-IotVideo-Timestamp`), `Payload` the sha256sum of the exact body, then
 * Base64(HMAC-SHA1(appKey)) by openssl.
 */
export function opensslGwellPostSignature(
  request: { host: string; body: string; accessId: string; nonce: string; timestamp: string },
  appKey: string,
): string {
  const stringToSign = [
    `Host:${request.host}`,
    `Payload:${sha256sum(request.body)}`,
    `X-IotVideo-AccessID:${request.accessId}`,
    `X-IotVideo-Nonce:${request.nonce}`,
    `X-IotVideo-Timestamp:${request.timestamp}`,
  ].join("\n");
  return opensslHmacSha1Base64(stringToSign, appKey);
}

/** Meari's string to sign built by jq: `name=value` sorted by name (byte order), joined with `&`. */
export function jqSortedPairs(params: Record<string, string>): string {
  return run(
    "jq",
    ["-j", 'to_entries|sort_by(.key)|map("\\(.key)=\\(.value)")|join("&")'],
    JSON.stringify(params),
  ).toString("utf8");
}

/**
 * Meari's query string as sent, built by jq: the parameters sorted by name, then `signature`, every
 * name and value through jq's `@uri` (RFC 3986 percent-encoding of the UTF-8 bytes).
 */
export function jqMeariQuery(params: Record<string, string>, signature: string): string {
  return run(
    "jq",
    [
      "-j",
      '(.params|to_entries|sort_by(.key)) + [{key: "signature", value: .signature}] | map("\\(.key|@uri)=\\(.value|@uri)") | join("&")',
    ],
    JSON.stringify({ params, signature }),
  ).toString("utf8");
}

/** RFC 3986 percent-encoding by jq's `@uri`. */
export function jqUri(value: string): string {
  return run("jq", ["-j", "@uri"], JSON.stringify(value)).toString("utf8");
}

/** jq's `@uri` of each value, in one jq run. */
export function jqUriAll(values: string[]): string[] {
  return JSON.parse(run("jq", ["-c", "map(@uri)"], JSON.stringify(values)).toString("utf8")) as string[];
}
