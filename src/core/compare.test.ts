import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { constantTimeEqual } from "./compare.js";

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
