import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { MockRequest, MockResponse } from "../src/sandbox/mock.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";

/**
 * One reply with a header Node refuses must not stop the sandbox. The spec mock is replaced by a stub
 * whose answers the Meari sandbox passes through for paths that are not Meari operations, so the
 * vendor layer hands `serve` exactly the headers below (and, for /_test/throw, an exception).
 */
const EVIL = "a\r\nset-cookie: stolen=1 中文";

vi.mock("../src/sandbox/mock.js", () => ({
  createSpecMock:
    async () =>
    async (request: MockRequest): Promise<MockResponse> => {
      const json = { "content-type": "application/json" };
      if (request.path === "/_test/detail")
        return { status: 200, headers: { ...json, "x-iotdock-detail": EVIL }, body: { ok: 1 } };
      if (request.path === "/_test/other-header")
        return { status: 200, headers: { ...json, "x-other": EVIL }, body: { ok: 2 } };
      if (request.path === "/_test/status") return { status: 1000, headers: json, body: { ok: 3 } };
      if (request.path === "/_test/throw") throw new Error(`boom\r\n${EVIL}`);
      return { status: 200, headers: json, body: { ok: "next" } };
    },
}));

describe("sandbox serve: no reply stops the sandbox", () => {
  let handle: SandboxHandle;
  let url: string;
  const lines: string[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on("unhandledRejection", onUnhandled);
    handle = await startSandbox({
      portBase: 0,
      env: {},
      log: (line) => lines.push(line),
      vendors: ["meari"],
    });
    url = handle.sandboxes[0]?.url ?? "";
  });
  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    await handle?.close();
  });

  it("percent-encodes a diagnostic header with CR, LF and CJK text instead of dying on it", async () => {
    const res = await fetch(`${url}/_test/detail`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-iotdock-detail")).toBe("a%0D%0Aset-cookie: stolen=1 %E4%B8%AD%E6%96%87");
    expect(decodeURIComponent(res.headers.get("x-iotdock-detail") ?? "")).toBe(EVIL);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(await res.json()).toEqual({ ok: 1 });
  });

  it("answers 500 in the vendor's envelope when another header or the status cannot be sent", async () => {
    for (const path of ["/_test/other-header", "/_test/status"]) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(500);
      expect(res.headers.get("x-iotdock-detail"), path).toBe("sandbox error: the reply could not be sent");
      expect(res.headers.get("x-other"), path).toBeNull();
      expect(await res.json(), path).toHaveProperty("resultCode");
    }
  });

  it("answers 500 with the encoded reason when the vendor layer throws", async () => {
    const res = await fetch(`${url}/_test/throw`);
    expect(res.status).toBe(500);
    expect(decodeURIComponent(res.headers.get("x-iotdock-detail") ?? "")).toBe(
      `sandbox error: boom\r\n${EVIL}`,
    );
  });

  it("keeps serving: the next request is answered, every request was logged, nothing went unhandled", async () => {
    const res = await fetch(`${url}/_test/next`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: "next" });
    for (const path of [
      "/_test/detail",
      "/_test/other-header",
      "/_test/status",
      "/_test/throw",
      "/_test/next",
    ])
      expect(lines.some((l) => l.includes(` GET ${path} -> `))).toBe(true);
    expect(lines.find((l) => l.includes("/_test/other-header"))).toContain("-> 500");
    expect(unhandled).toEqual([]);
  });
});
