import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type HaierSigningInput,
  haierSign,
  haierStringToSign,
  normaliseBody,
  SEQUENCE_ID_PATTERN,
  sequenceCounter,
} from "../src/vendors/haier/sign.js";
import { sha256sum } from "./support/independent.js";
import { requireTool } from "./support/tools.js";

requireTool("sha256sum", "needed to recompute the Haier vectors' signs independently");

interface Vector {
  name: string;
  appKey: string;
  input: HaierSigningInput;
  stringToSign: string;
  sign: string;
}
const { vectors } = JSON.parse(readFileSync(new URL("./vectors/haier.json", import.meta.url), "utf8")) as {
  vectors: Vector[];
};

describe("Haier sign vectors (independent: sha256sum; the first is Haier's published example)", () => {
  for (const v of vectors) {
    it(v.name, () => {
      expect(sha256sum(v.stringToSign)).toBe(v.sign);
      expect(haierStringToSign(v.input, v.appKey)).toBe(v.stringToSign);
      expect(haierSign(v.input, v.appKey)).toBe(v.sign);
    });
  }

  it("the sign covers path, body, appId, appKey and timestamp", () => {
    const base = vectors[1] as Vector;
    for (const change of [
      { path: `${base.input.path}x` },
      { body: String(base.input.body).replace("8d96", "8d97") },
      { appId: "MB-TEST-0001" },
      { timestamp: "1533882163014" },
    ]) {
      expect(haierSign({ ...base.input, ...change }, base.appKey)).not.toBe(base.sign);
    }
    expect(haierSign(base.input, `${base.appKey}x`)).not.toBe(base.sign);
  });

  it("whitespace anywhere in the body never changes the sign; any other character does", () => {
    const base = vectors[1] as Vector;
    const body = String(base.input.body);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: body.length }), fc.constantFrom(" ", "\t", "\r", "\n")), {
          maxLength: 8,
        }),
        (inserts) => {
          let spaced = body;
          for (const [at, ws] of inserts) spaced = spaced.slice(0, at) + ws + spaced.slice(at);
          expect(haierSign({ ...base.input, body: spaced }, base.appKey)).toBe(base.sign);
        },
      ),
    );
    expect(normaliseBody(body.replace("8d", "8 d"))).toBe(body);
    expect(haierSign({ ...base.input, body: body.replace("8d", "8.d") }, base.appKey)).not.toBe(base.sign);
  });

  it("sequenceId: 20 digits, UTC yyyyMMddHHmmss then a counter that wraps at 999999", () => {
    const next = sequenceCounter(999_998);
    // 2016-10-20T15:34:28Z, the seed's example sequenceId's time (20161020153428000015).
    const at = Date.UTC(2016, 9, 20, 15, 34, 28);
    expect(next(at)).toBe("20161020153428999999");
    expect(next(at)).toBe("20161020153428000000");
    expect(next(at + 1000)).toBe("20161020153429000001");
    expect(next(at)).toMatch(SEQUENCE_ID_PATTERN);
  });
});
