import { describe, expect, it } from "vitest";
import { secureRandomString } from "./clock.js";

describe("secureRandomString", () => {
  it("gives exactly the asked length from the 62 alphanumerics", () => {
    for (const n of [0, 1, 6, 16, 200]) {
      const s = secureRandomString(n);
      expect(s).toHaveLength(n);
      expect(s).toMatch(/^[A-Za-z0-9]*$/);
    }
  });

  it("uses every character about equally often (no modulo bias beyond noise)", () => {
    const counts = new Map<string, number>();
    const text = secureRandomString(62 * 2000);
    for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // Expected 2000 each; 5 standard deviations (~220) is far beyond chance.
    for (const n of counts.values()) expect(Math.abs(n - 2000)).toBeLessThan(250);
  });
});
