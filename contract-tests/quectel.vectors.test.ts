import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decryptPassword, encryptPassword, passwordKey } from "../src/vendors/quectel/password.js";
import {
  loginSignature,
  loginStringToSign,
  smsSignature,
  smsStringToSign,
} from "../src/vendors/quectel/sign.js";
import { md5sum, opensslDecrypt, opensslEncrypt, sha256sum } from "./support/independent.js";
import { requireTool } from "./support/tools.js";

requireTool("sha256sum", "needed to recompute the Quectel vectors' signatures independently");
requireTool("md5sum", "needed to derive the Quectel password key and IV independently");
requireTool("openssl", "needed to encrypt and decrypt the Quectel password vectors independently");

interface Vectors {
  sms: {
    name: string;
    input: { phone: string; codeType: number; random: string; ts: number };
    userDomainSecret: string;
    stringToSign: string;
    signature: string;
    documentPrints?: string;
  }[];
  login: {
    name: string;
    input: { internationalCode: string; phone: string; pwd: string; random: string };
    userDomainSecret: string;
    stringToSign: string;
    signature: string;
  }[];
  password: {
    name: string;
    plaintext: string;
    random: string;
    key: string;
    iv: string;
    ciphertext: string;
  }[];
}

const vectors: Vectors = JSON.parse(readFileSync(new URL("./vectors/quectel.json", import.meta.url), "utf8"));

describe("Quectel SMS signature vectors", () => {
  for (const v of vectors.sms) {
    it(v.name, () => {
      expect(smsStringToSign(v.input)).toBe(v.stringToSign);
      expect(sha256sum(v.stringToSign + v.userDomainSecret)).toBe(v.signature);
      expect(smsSignature(v.input, v.userDomainSecret)).toBe(v.signature);
      if (v.documentPrints) {
        // The document's printed value is the hash of nothing: it must not be what we produce.
        expect(sha256sum("")).toBe(v.documentPrints);
        expect(smsSignature(v.input, v.userDomainSecret)).not.toBe(v.documentPrints);
      }
    });
  }
});

describe("Quectel login signature vectors", () => {
  for (const v of vectors.login) {
    it(v.name, () => {
      expect(loginStringToSign(v.input)).toBe(v.stringToSign);
      expect(sha256sum(v.stringToSign + v.userDomainSecret)).toBe(v.signature);
      expect(loginSignature(v.input, v.userDomainSecret)).toBe(v.signature);
    });
  }
});

describe("Quectel password encryption vectors", () => {
  for (const v of vectors.password) {
    it(v.name, () => {
      const md5 = md5sum(v.random).toUpperCase();
      expect(md5.slice(8, 24)).toBe(v.key);
      expect(passwordKey(v.random)).toEqual({ key: v.key, iv: v.iv });
      expect(opensslEncrypt(v.plaintext, v.key, v.iv)).toBe(v.ciphertext);
      expect(opensslDecrypt(v.ciphertext, v.random)).toBe(v.plaintext);
      expect(encryptPassword(v.plaintext, v.random)).toBe(v.ciphertext);
      expect(decryptPassword(v.ciphertext, v.random)).toBe(v.plaintext);
    });
  }
});
