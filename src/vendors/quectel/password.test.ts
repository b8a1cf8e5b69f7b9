import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decryptPassword, encryptPassword, PasswordDecryptError } from "./password.js";

describe("Quectel password encryption properties", () => {
  it("decrypt(encrypt(p, r), r) === p for arbitrary Unicode passwords and randoms", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 64 }),
        fc.string({ minLength: 1, maxLength: 32 }),
        (p, r) => {
          expect(decryptPassword(encryptPassword(p, r), r)).toBe(p);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("also for binary strings (lone surrogates travel as U+FFFD in UTF-8)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 40 }),
        fc.string({ minLength: 16, maxLength: 16 }),
        (p, r) => {
          // binary strings may hold lone surrogates, which UTF-8 cannot carry; compare the UTF-8 round trip.
          const wellFormed = Buffer.from(p, "utf8").toString("utf8");
          expect(decryptPassword(encryptPassword(p, r), r)).toBe(wellFormed);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("ciphertext is Base64 of whole AES blocks", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 64 }), fc.string({ minLength: 1 }), (p, r) => {
        const bytes = Buffer.from(encryptPassword(p, r), "base64");
        expect(bytes.length % 16).toBe(0);
        expect(bytes.length).toBeGreaterThan(Buffer.byteLength(p, "utf8"));
      }),
    );
  });

  it("a different random does not decrypt to the password", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 32 }),
        fc.string({ minLength: 1, maxLength: 16 }),
        fc.string({ minLength: 1, maxLength: 16 }),
        (p, r1, r2) => {
          fc.pre(r1 !== r2);
          let out: string | undefined;
          try {
            out = decryptPassword(encryptPassword(p, r1), r2);
          } catch (e) {
            expect(e).toBeInstanceOf(PasswordDecryptError);
          }
          expect(out).not.toBe(p);
        },
      ),
    );
  });

  it("rejects what is not Base64", () => {
    expect(() => decryptPassword("not base64!", "abcdef")).toThrow(PasswordDecryptError);
    expect(() => decryptPassword("", "abcdef")).toThrow(PasswordDecryptError);
  });
});
