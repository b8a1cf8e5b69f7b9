import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type GwellSigningInput,
  gwellSignature,
  gwellStringToSign,
  payloadHash,
} from "../src/vendors/gwell/sign.js";
import { opensslHmacSha1Base64, sha256sum } from "./support/independent.js";
import { requireTool } from "./support/tools.js";

requireTool("sha256sum", "needed to recompute the Gwell vectors' Payload hashes independently");
requireTool("openssl", "needed to recompute the Gwell vectors' HMAC-SHA1 signatures independently");

interface Vector {
  name: string;
  appKey: string;
  input: GwellSigningInput & { query?: [string, string][] };
  payload?: string;
  stringToSign: string;
  signature: string;
}
const { vectors } = JSON.parse(readFileSync(new URL("./vectors/gwell.json", import.meta.url), "utf8")) as {
  vectors: Vector[];
};

describe("Gwell signature vectors (independent: sha256sum, openssl)", () => {
  for (const v of vectors) {
    it(v.name, () => {
      if (v.payload) {
        expect(sha256sum(String(v.input.body))).toBe(v.payload);
        expect(payloadHash(v.input.body)).toBe(v.payload);
      }
      expect(opensslHmacSha1Base64(v.stringToSign, v.appKey)).toBe(v.signature);
      expect(gwellStringToSign(v.input)).toBe(v.stringToSign);
      expect(gwellSignature(v.input, v.appKey)).toBe(v.signature);
    });
  }

  it("the signature covers every signed part", () => {
    const base = vectors[0] as Vector;
    const changed: Partial<GwellSigningInput>[] = [
      { host: "localhost:12043" },
      { host: "localhost" },
      { body: `${base.input.body} ` },
      { accessId: "x" },
      { nonce: "1213" },
      { timestamp: "1696757961" },
    ];
    for (const change of changed) {
      expect(gwellSignature({ ...base.input, ...change }, base.appKey)).not.toBe(base.signature);
    }
    expect(gwellSignature(base.input, `${base.appKey}x`)).not.toBe(base.signature);
  });
});
