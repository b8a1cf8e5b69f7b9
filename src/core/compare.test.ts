import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { constantTimeEqual, signatureEqual } from "./compare.js";

describe("constantTimeEqual", () => {
  it("is string equality, for any strings (different lengths, non-ASCII, empty)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
        expect(constantTimeEqual(a, b)).toBe(a === b);
        expect(constantTimeEqual(a, a)).toBe(true);
      }),
    );
    expect(constantTimeEqual("", "")).toBe(true);
    expect(constantTimeEqual("abc", "abd")).toBe(false);
    expect(constantTimeEqual("abc", "abcd")).toBe(false);
  });

  it("refuses a missing value", () => {
    expect(constantTimeEqual("", undefined)).toBe(false);
    expect(constantTimeEqual("", null)).toBe(false);
  });
});

describe("signatureEqual", () => {
  it("is string equality, for any strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
        expect(signatureEqual(a, b)).toBe(a === b);
        expect(signatureEqual(a, a)).toBe(true);
      }),
    );
    const hex = "a".repeat(64);
    expect(signatureEqual(hex, `b${hex.slice(1)}`)).toBe(false);
    expect(signatureEqual(hex, `${hex.slice(1)}b`)).toBe(false);
    expect(signatureEqual(hex, hex.slice(1))).toBe(false);
  });

  it("refuses a missing value", () => {
    expect(signatureEqual("", undefined)).toBe(false);
    expect(signatureEqual("", null)).toBe(false);
  });
});
