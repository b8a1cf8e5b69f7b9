import { execFileSync } from "node:child_process";

/** Independent implementations (coreutils, OpenSSL) to check our node:crypto code against. */
export const sha256sum = (text: string) => execFileSync("sha256sum", { input: text }).toString().slice(0, 64);
export const md5sum = (text: string) => execFileSync("md5sum", { input: text }).toString().slice(0, 32);

const hex = (ascii: string) => Buffer.from(ascii, "ascii").toString("hex");

/** Quectel's key/IV derivation done with md5sum, then AES with `openssl enc`. */
export function opensslQuectelKey(random: string) {
  const key = md5sum(random).toUpperCase().slice(8, 24);
  return { key, iv: key.slice(8) + key.slice(0, 8) };
}

export function opensslEncrypt(plain: string, key: string, iv: string): string {
  return execFileSync("openssl", ["enc", "-aes-128-cbc", "-base64", "-A", "-K", hex(key), "-iv", hex(iv)], {
    input: plain,
  })
    .toString()
    .trim();
}

export function opensslDecrypt(base64: string, random: string): string {
  const { key, iv } = opensslQuectelKey(random);
  return execFileSync(
    "openssl",
    ["enc", "-d", "-aes-128-cbc", "-base64", "-A", "-K", hex(key), "-iv", hex(iv)],
    {
      input: base64,
    },
  ).toString("utf8");
}

/** Base64(HMAC-SHA1(key, text)) computed by `openssl dgst`. */
export function opensslHmacSha1Base64(text: string, key: string): string {
  const mac = execFileSync("openssl", ["dgst", "-sha1", "-hmac", key, "-binary"], { input: text });
  return mac.toString("base64");
}

/** Meari's string to sign built by jq: `name=value` sorted by name (byte order), joined with `&`. */
export function jqSortedPairs(params: Record<string, string>): string {
  return execFileSync("jq", ["-j", 'to_entries|sort_by(.key)|map("\\(.key)=\\(.value)")|join("&")'], {
    input: JSON.stringify(params),
  }).toString("utf8");
}

/** RFC 3986 percent-encoding by jq's `@uri`. */
export function jqUri(value: string): string {
  return execFileSync("jq", ["-j", "@uri"], { input: JSON.stringify(value) }).toString("utf8");
}
