import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { batchedLog } from "./log-lines.js";

describe("batchedLog", () => {
  it("writes the lines of one turn of the event loop in one write, in order", async () => {
    const writes: string[] = [];
    const { log } = batchedLog((text) => writes.push(text));
    log("a");
    log("b");
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual(["a\nb\n"]);
    log("c");
    await nextTurn();
    expect(writes).toEqual(["a\nb\n", "c\n"]);
  });

  it("flush writes what is pending at once, and nothing twice", async () => {
    const writes: string[] = [];
    const { log, flush } = batchedLog((text) => writes.push(text));
    log("a");
    flush();
    expect(writes).toEqual(["a\n"]);
    flush();
    await nextTurn();
    expect(writes).toEqual(["a\n"]);
  });
});
