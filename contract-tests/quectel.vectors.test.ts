import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadApi } from "../src/core/facts-files.js";
import { decryptPassword, encryptPassword, passwordKey } from "../src/vendors/quectel/password.js";
import { parseSaasUsername, saasLogin } from "../src/vendors/quectel/saas-sign.js";
import {
  createQuectelSigner,
  fieldsStringToSign,
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
  fields: {
    name: string;
    operationId: string;
    /** The page's rule, as the vector's author read it (the spec must say the same). */
    recipe: string[];
    input: Record<string, string>;
    userDomainSecret: string;
    stringToSign: string;
    signature: string;
  }[];
  saas: {
    name: string;
    accessKey: string;
    accessSecret: string;
    timestampMs: number;
    username: string;
    usernameEncoded: string;
    password: string;
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

describe("Quectel sha256 recipes of the spec (x-iotdock-signing: {sha256: [...]}), vectors by sha256sum", () => {
  const api = loadApi("quectel");
  const signer = createQuectelSigner({ clock: () => 0 });
  const credentials = { userDomain: "C.DM.10271.5" };
  for (const v of vectors.fields) {
    it(`${v.operationId}: ${v.name}`, () => {
      const op = api.byId.get(v.operationId);
      const recipe = op?.auth.sha256;
      expect(recipe?.fields, "the spec's recipe is the page's rule").toEqual(v.recipe);
      if (!op || !recipe) return;
      const inBody = recipe.in === "body";
      const query = new URLSearchParams(inBody ? {} : v.input);
      expect(fieldsStringToSign(recipe.fields, query, inBody ? v.input : undefined)).toBe(v.stringToSign);
      expect(sha256sum(v.stringToSign + v.userDomainSecret)).toBe(v.signature);
      const url = new URL(`https://iot-api.quectelcn.com${op.path}?${query}`);
      const parts = {
        method: op.method,
        url,
        headers: new Headers(),
        body: inBody ? JSON.stringify(v.input) : undefined,
      };
      const signed = signer(parts, op, { ...credentials, userDomainSecret: v.userDomainSecret });
      if (inBody) expect(JSON.parse(signed.body ?? "{}")).toEqual({ ...v.input, signature: v.signature });
      else {
        expect(signed.url.searchParams.get("signature")).toBe(v.signature);
        expect(signed.url.searchParams.get("userDomain")).toBe(credentials.userDomain);
      }
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

describe("Quectel SaaS login rule (username, password = sha256(username + AccessSecret)): vectors", () => {
  const saas = loadApi("quectel-saas");
  const login = saas.byId.get("accessKeyLogin");
  for (const v of vectors.saas) {
    it(v.name, () => {
      // The vector's own figures agree with sha256sum, whatever iotdock computes.
      expect(sha256sum(v.username + v.accessSecret)).toBe(v.password);
      expect(saasLogin({ accessKey: v.accessKey, accessSecret: v.accessSecret }, v.timestampMs)).toEqual({
        username: v.username,
        password: v.password,
      });
      expect(parseSaasUsername(v.username)).toEqual({ accessKey: v.accessKey, timestampMs: v.timestampMs });
    });
    it(`${v.name}: the signer puts them in the login's query, encoded as the page prints`, () => {
      if (!login) throw new Error("accessKeyLogin is not in the SaaS spec");
      const sign = createQuectelSigner({ clock: () => v.timestampMs });
      const url = new URL(
        "https://iot-api.quectelcn.com/v2/quecauth/accessKeyAuthrize/accessKeyLogin?grant_type=password",
      );
      const signed = sign({ method: "GET", url, headers: new Headers(), body: undefined }, login, {
        accessKey: v.accessKey,
        accessSecret: v.accessSecret,
      });
      expect(signed.url.search).toContain(`username=${v.usernameEncoded}`);
      expect(signed.url.searchParams.get("password")).toBe(v.password);
    });
  }
  it("a username off the rule is refused with the reason", () => {
    expect(
      parseSaasUsername("ver=2&auth_mode=accessKey&sign_method=sha256&access_key=k&timestamp=1"),
    ).toMatch(/ver/);
    expect(parseSaasUsername("ver=1&auth_mode=accessKey&sign_method=sha256&timestamp=1")).toMatch(
      /access_key/,
    );
    expect(
      parseSaasUsername("ver=1&auth_mode=accessKey&sign_method=sha256&access_key=k&timestamp=now"),
    ).toMatch(/timestamp/);
  });
});
