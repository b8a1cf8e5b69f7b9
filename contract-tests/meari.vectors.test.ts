import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  meariQuery,
  meariSignature,
  meariStringToSign,
  percentEncode,
  signMeariRequest,
} from "../src/vendors/meari/sign.js";
import { jqMeariQuery, jqSortedPairs, jqUriAll, opensslHmacSha1Base64 } from "./support/independent.js";
import { requireTool } from "./support/tools.js";

requireTool("jq", "needed to recompute the Meari vectors independently (string to sign, query)");
requireTool("openssl", "needed to recompute the Meari vectors' HMAC-SHA1 signatures independently");

interface Vector {
  name: string;
  secret: string;
  params: Record<string, string>;
  stringToSign: string;
  signature: string;
  query: string;
}
const { vectors } = JSON.parse(readFileSync(new URL("./vectors/meari.json", import.meta.url), "utf8")) as {
  vectors: Vector[];
};

describe("Meari signature vectors (independent: jq and openssl)", () => {
  for (const v of vectors) {
    it(v.name, () => {
      // The stored values are what the independent tools give…
      expect(jqSortedPairs(v.params)).toBe(v.stringToSign);
      expect(opensslHmacSha1Base64(v.stringToSign, v.secret)).toBe(v.signature);
      expect(jqMeariQuery(v.params, v.signature)).toBe(v.query);
      // …and what iotdock gives.
      expect(meariStringToSign(v.params)).toBe(v.stringToSign);
      expect(meariSignature(v.params, v.secret)).toBe(v.signature);
      expect(meariQuery(v.params, v.signature)).toBe(v.query);
      // What a vendor server does: decode the query, verify over the decoded values.
      const decoded = new URLSearchParams(v.query);
      expect(decoded.get("signature")).toBe(v.signature);
      expect(meariSignature(decoded, v.secret)).toBe(v.signature);
    });
  }

  it("signature and partnerSecret are never signed", () => {
    const v = vectors[0] as Vector;
    expect(meariStringToSign({ ...v.params, signature: "x", partnerSecret: v.secret })).toBe(v.stringToSign);
  });

  it("signMeariRequest adds the five signing parameters and signs them with the request's own", () => {
    const v = vectors[0] as Vector;
    const signed = signMeariRequest(
      { countryCode: "US", sourceApp: "8" },
      { partnerKey: "example-partner-key", partnerSecret: v.secret },
      { clock: () => 1_700_000_000_000, nonce: () => "1700000000000" },
    );
    expect(signed.stringToSign).toBe(v.stringToSign);
    expect(signed.query).toBe(v.query);
    expect(signed.query).not.toContain(v.secret);
  });

  it("percent-encoding agrees with jq @uri on arbitrary text, and decoding gives the raw value back", () => {
    // jq 1.6 leaves the mark characters ! ' ( ) * unescaped, jq 1.7 escapes them: both are read back
    // as themselves by every decoder, so compare with them unescaped.
    const marks = (s: string) =>
      s.replace(/%(21|27|28|29|2A)/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    // One jq run per batch of 20 values (a jq process per value costs more than the rest of the file).
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", maxLength: 12 }), { minLength: 20, maxLength: 20 }),
        (values) => {
          const byJq = jqUriAll(values);
          values.forEach((value, i) => {
            expect(marks(percentEncode(value)), value).toBe(marks(byJq[i] as string));
            expect(new URLSearchParams(`v=${percentEncode(value)}`).get("v")).toBe(value);
          });
        },
      ),
      { numRuns: 5 },
    );
  });
});
