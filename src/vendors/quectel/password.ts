import { createCipheriv, createDecipheriv, createHash } from "node:crypto";
import { IotdockError } from "../../core/errors.js";

/**
 * Quectel's password encryption (spec: "Password encryption"):
 * key = characters 8..24 of the upper-case hex MD5 of `random`, as 16 ASCII bytes;
 * IV = the key's two 8-character halves swapped; AES-128-CBC, PKCS#5 padding, UTF-8 in, Base64 out.
 */
export function passwordKey(random: string): { key: string; iv: string } {
  const md5 = createHash("md5").update(random, "utf8").digest("hex").toUpperCase();
  const key = md5.slice(8, 24);
  return { key, iv: key.slice(8) + key.slice(0, 8) };
}

export function encryptPassword(password: string, random: string): string {
  const { key, iv } = passwordKey(random);
  const cipher = createCipheriv("aes-128-cbc", Buffer.from(key, "ascii"), Buffer.from(iv, "ascii"));
  return Buffer.concat([cipher.update(password, "utf8"), cipher.final()]).toString("base64");
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})+$|^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)$/;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Inverse of `encryptPassword`. Throws `PasswordDecryptError` when the ciphertext cannot be a password. */
export function decryptPassword(ciphertext: string, random: string): string {
  if (!BASE64.test(ciphertext)) throw new PasswordDecryptError("not Base64");
  const { key, iv } = passwordKey(random);
  const decipher = createDecipheriv("aes-128-cbc", Buffer.from(key, "ascii"), Buffer.from(iv, "ascii"));
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]);
  } catch {
    throw new PasswordDecryptError("wrong key or padding");
  }
  try {
    return utf8.decode(plain);
  } catch {
    throw new PasswordDecryptError("not UTF-8");
  }
}

export class PasswordDecryptError extends IotdockError {
  constructor(reason: string) {
    super(`password cannot be decrypted: ${reason}`, { vendor: "quectel", operation: "decryptPassword" });
  }
}
