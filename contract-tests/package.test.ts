import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { discoverDefinitions } from "../src/sandbox/vendors.js";
import { specValidator } from "./support/spec.js";

const apiNames = (await discoverDefinitions()).flatMap((v) => [...v.apis, ...v.callbacks].map((a) => a.name));

// Budget (table in vitest.config.ts): 3 s alone on 2 cores, 5–6 s without dist/docs (every spec
// rendered); 3× the latter for any one test or hook.
vi.setConfig({ testTimeout: 25_000, hookTimeout: 25_000 });

const run = promisify(execFile);
const root = fileURLToPath(new URL("../", import.meta.url));

describe("package", () => {
  it('`import "iotdock/quectel"` and `import "iotdock"` work in plain Node from the built package', async () => {
    const script = `
      const q = await import("iotdock/quectel");
      const root = await import("iotdock");
      const g = await import("iotdock/gwell");
      const h = await import("iotdock/haier");
      const m = await import("iotdock/meari");
      const hc = h.createHaierClient({ baseUrl: "http://127.0.0.1:9", appId: "a", appKey: "k", clientId: "c" });
      const mc = m.createMeariClient({ baseUrl: "http://127.0.0.1:9", partnerKey: "p", partnerSecret: "s", sourceApp: 8 });
      const cb = h.createHaierCallbackHandler({ clientKey: "k", clientSecret: "s", verifyCode: () => "o" });
      const gc = g.createGwellClient({ baseUrl: "http://127.0.0.1:9", appId: "a", appToken: "t", appKey: "k" });
      const c = q.createQuectelClient({ baseUrl: "http://127.0.0.1:9", userDomain: "d", userDomainSecret: "s3cret" });
      console.log(JSON.stringify({
        client: typeof c.POST, login: typeof c.login, gwell: [typeof gc.POST, typeof gc.token], haier: [typeof hc.login, typeof cb, typeof cb.node], meari: [typeof mc.GET, typeof mc.login, typeof m.CountryMismatchError], sign: q.smsSignature({ phone: "1", codeType: 3, random: "r", ts: 1 }, "s"),
        errors: [typeof root.VendorError, typeof root.TransportError, typeof root.TimeoutError, typeof root.IotdockError],
      }));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: root });
    const out = JSON.parse(stdout);
    expect(out.client).toBe("function");
    expect(out.login).toBe("function");
    expect(out.gwell).toEqual(["function", "function"]);
    expect(out.haier).toEqual(["function", "function", "function"]);
    expect(out.meari).toEqual(["function", "function", "function"]);
    // SMS signature of phone 1, codeType 3, random r, ts 1, secret s: `printf 13r1s | sha256sum`.
    expect(out.sign).toBe("66ad97613fede27d8c583457c564466832dcc1dd568cf8150e3077f9294922f7");
    expect(out.errors).toEqual(["function", "function", "function", "function"]);
  });

  it("generated/quectel.d.ts is fresh, and the freshness check fails on a changed spec", async () => {
    const dir = await mkdtemp(join(tmpdir(), "iotdock-gen-"));
    const staleCheck = async () => {
      await cp(join(root, "specs"), join(dir, "specs"), { recursive: true });
      await cp(join(root, "generated"), join(dir, "generated"), { recursive: true });
      await cp(join(root, "redocly.yaml"), join(dir, "redocly.yaml"));
      const spec = join(dir, "specs", "quectel.yaml");
      const text = await readFile(spec, "utf8");
      expect(text).toContain("name: deviceId");
      await writeFile(spec, text.replace("name: deviceId", "name: deviceIdRenamed"));
      return run(process.execPath, ["scripts/generate.mjs", "--check", "--root", dir], {
        cwd: root,
      }).catch((e: { code: number; stderr: string }) => e);
    };
    try {
      // Two independent generator runs (this tree as it is, a changed copy): side by side.
      const [, stale] = await Promise.all([
        run(process.execPath, ["scripts/generate.mjs", "--check"], { cwd: root }),
        staleCheck(),
      ]);
      expect(stale).toMatchObject({ code: 1 });
      expect((stale as { stderr: string }).stderr).toContain("stale");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("npm run docs writes one self-contained HTML page per spec, with every operation in it", async () => {
    const out = await mkdtemp(join(tmpdir(), "iotdock-docs-"));
    try {
      // Start from the pages `npm run build` rendered into dist/docs with the same script: the
      // build's cache renders again exactly the pages whose spec (or Redocly, or recipe) changed
      // since, so what is checked below is what `npm run docs` writes today. Rendering every spec
      // from nothing is portal.test.ts's cold build.
      const built = join(root, "dist", "docs");
      if (existsSync(join(built, ".cache.json"))) await cp(built, out, { recursive: true });
      await run(process.execPath, ["scripts/docs.mjs", "--out", out], { cwd: root });
      for (const name of apiNames) {
        const html = await readFile(join(out, `${name}.html`), "utf8");
        // Redoc inlined: no script or stylesheet is loaded from anywhere.
        expect(html).not.toMatch(/<script[^>]+src=/i);
        expect(html).not.toMatch(/<link[^>]+rel="?stylesheet[^>]+href="?https?:/i);
        expect(html.length).toBeGreaterThan(1_000_000);
        const ids = specValidator(name).operations.map((o) => o.operationId);
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) expect(html).toContain(`"operationId":"${id}"`);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
