import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { secureNonce as gwellNonce, nonceCounter } from "../vendors/gwell/sign.js";
import type { OperationFacts } from "./facts.js";
import { digest, filledObject, hmac, queryPairs, secureRandomInt, withSearch } from "./sign-steps.js";
import { fillBodyCredentials } from "./signing.js";

// The cheap steps give exactly what the plain calls give (the speed is measured by `npm run bench`).
describe("signing steps", () => {
  it("digest and hmac equal createHash and createHmac, for any text and key", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (text, key) => {
        expect(digest("sha256", text, "hex")).toBe(createHash("sha256").update(text).digest("hex"));
        expect(hmac("sha1", key, text, "base64")).toBe(createHmac("sha1", key).update(text).digest("base64"));
      }),
    );
  });

  it("hmac equals createHmac for ASCII keys of every length around the block, SHA-1 and SHA-256", () => {
    for (const algorithm of ["sha1", "sha256"]) {
      for (const length of [0, 1, 20, 63, 64, 65, 100]) {
        const key = "k~\u007f".repeat(40).slice(0, length);
        for (const text of ["", "a=1&b=2", "中文 ü \ud800"]) {
          const expected = createHmac(algorithm, key).update(text).digest("base64");
          expect(hmac(algorithm, key, text, "base64")).toBe(expected);
          // Prepared once, used again.
          expect(hmac(algorithm, key, text, "base64")).toBe(expected);
        }
      }
    }
  });

  it("queryPairs reads a query as URLSearchParams does, malformed percent-encoding included", () => {
    const piece = fc.stringMatching(/^[a-zA-Z0-9%+=&~ü .-]{0,12}$/);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), (pieces) => {
        const url = new URL(`http://h/p?${pieces.join("&")}`);
        expect(queryPairs(url)).toEqual([...url.searchParams]);
      }),
    );
    for (const q of ["?", "?a=%E4%B8%AD", "?a=%zz&b=%ED%A0%80", "?a+b=c+d", "?=x&y=", "?a=1&a=2"]) {
      const url = new URL(`http://h/p${q}`);
      expect(queryPairs(url)).toEqual([...url.searchParams]);
    }
  });

  it("withSearch gives what setting url.search gives", () => {
    for (const href of ["http://h:81/p?x=1#f", "http://u:p@h/p?", "http://h/p", "http://h/p#f?g"]) {
      for (const search of ["", "a=1&b='%20'", "s=a b<c"]) {
        const expected = new URL(href);
        expected.search = search;
        expect(withSearch(new URL(href), search).href).toBe(expected.href);
      }
    }
  });

  it("filledObject serialises to what fillBodyCredentials gives for the body's JSON", () => {
    const operation = {
      bodyCredentials: { appId: "appId", appToken: "appToken" },
    } as unknown as OperationFacts;
    const credentials = { appId: "a1", appToken: "t1" };
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string(),
      fc.integer(),
      fc.boolean(),
    );
    const body = fc.record(
      { x: value, appId: value, y: fc.string(), appToken: value, 2: fc.string() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(body, (b) => {
        const filled = filledObject(b, operation.bodyCredentials, credentials);
        expect(filled).toBeDefined();
        expect(JSON.stringify(filled)).toBe(fillBodyCredentials(JSON.stringify(b), operation, credentials));
      }),
    );
    for (const other of [[1], new Date(0), { appId: Number.NaN }, { appId: {} }, { toJSON: () => 1 }])
      expect(filledObject(other, operation.bodyCredentials, credentials)).toBeUndefined();
  });

  it("secureRandomInt stays in [min, max)", () => {
    for (const [min, max] of [
      [1, 2 ** 31 - 1],
      [1, 2 ** 48 - 1],
      [0, 3],
    ] as const) {
      for (let i = 0; i < 2000; i++) {
        const n = secureRandomInt(min, max);
        expect(Number.isInteger(n) && n >= min && n < max).toBe(true);
      }
    }
  });

  it("Gwell's nonces: 300,000 drawn (a heavy client's 5-minute window) never repeat, all in 1…2^31−1", () => {
    const drawn = Array.from({ length: 300_000 }, () => gwellNonce());
    expect(new Set(drawn).size).toBe(300_000);
    expect(drawn.every((n) => Number.isInteger(n) && n >= 1 && n < 2 ** 31)).toBe(true);
  });

  it("Gwell's nonce count goes from the largest positive Integer back to 1", () => {
    const next = nonceCounter(2 ** 31 - 2);
    expect([next(), next(), next(), next()]).toEqual([2147483646, 2147483647, 1, 2]);
  });
});
