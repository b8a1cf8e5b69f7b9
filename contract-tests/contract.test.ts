import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { runContract, targetValues } from "../src/contract/run.js";
import { loadApi } from "../src/core/facts-files.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { discoverContracts, discoverDefinitions } from "../src/sandbox/vendors.js";

const contracts = await discoverContracts();
const vendors = (await discoverDefinitions()).map((v) => v.name);

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env,
  });
  return { code, stdout, stderr };
}

describe("contract suites: every vendor's read-only and login operations, against its sandbox", () => {
  let sandbox: SandboxHandle;
  const url = (vendor: string) => sandbox.sandboxes.find((s) => s.vendor === vendor)?.url ?? "";
  let broken: Server;
  let brokenUrl: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ portBase: 0, env: {}, log: () => {} });
    // Answers every request with HTTP 200 and an envelope of the wrong types.
    broken = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({ code: "200", msg: 1, retCode: 0, resultCode: 1001, data: { accessToken: 5 } }),
      );
    });
    await new Promise<void>((r) => broken.listen(0, "127.0.0.1", r));
    brokenUrl = `http://127.0.0.1:${(broken.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await sandbox.close();
    broken.closeAllConnections();
    await new Promise((r) => broken.close(r));
  });

  it("has a suite for every vendor", () => {
    expect(contracts.map((c) => c.vendor)).toEqual(vendors);
    expect(vendors.length).toBeGreaterThanOrEqual(4);
  });

  for (const vendor of vendors) {
    it(`${vendor}: every case passes against the sandbox, writes included when allowed`, async () => {
      const contract = contracts.find((c) => c.vendor === vendor);
      if (!contract) throw new Error(`no contract for ${vendor}`);
      const cases = await runContract(
        contract,
        { baseUrl: url(vendor), values: targetValues(contract, {}, true) },
        { allowWrites: true, strict: true },
      );
      expect(cases.length).toBeGreaterThanOrEqual(3);
      // Every operation of the vendor's specs has its generic example case.
      const ops = (await discoverDefinitions())
        .find((d) => d.name === vendor)
        ?.apis.flatMap((a) => loadApi(a.name).operations.map((o) => o.operationId));
      for (const op of ops ?? [])
        expect(cases.map((c) => c.name)).toContain(
          `${vendor} ${op}: the spec's example request (from the spec)`,
        );
      expect(cases.filter((c) => !c.pass || c.skipped)).toEqual([]);
    });

    it(`${vendor}: a server answering the wrong types fails its cases, naming the schema problem`, async () => {
      const contract = contracts.find((c) => c.vendor === vendor);
      if (!contract) throw new Error(`no contract for ${vendor}`);
      const cases = await runContract(contract, {
        baseUrl: brokenUrl,
        values: targetValues(contract, {}, true),
      });
      const run = cases.filter((c) => !c.skipped);
      expect(run.length).toBeGreaterThan(0);
      for (const c of run)
        expect(c).toMatchObject({
          pass: false,
          got: expect.stringMatching(/schema: |not a .* envelope|no user session: /),
        });
    });
  }

  it("iotdock contract quectel --server: one line per case, writes skipped unless allowed, summary, exit 0", async () => {
    // A sandbox of its own: the writes register the spec's example phone, which another run did here.
    const own = await startSandbox({ portBase: 0, vendors: ["quectel"], env: {}, log: () => {} });
    try {
      await quectelCliRun(own.sandboxes[0]?.url ?? "");
    } finally {
      await own.close();
    }
  });

  async function quectelCliRun(server: string) {
    const r = await cli(["contract", "quectel", "--server", server]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    // First the generic cases of every operation in spec order, then Quectel's own flows.
    expect(lines[0]).toBe(
      "SKIP  quectel sendPhoneSmsCode: the spec's example request (from the spec): expected HTTP 200, success (or, for a write, a code the spec lists for it), valid against quectel; got not run: changes vendor state (use --allow-writes)",
    );
    expect(lines[1]).toBe(
      "PASS  quectel sendPhoneSmsCode: signed with wrong secrets (from the spec): expected HTTP 200, code 5420, valid against quectel; got HTTP 200, code 5420",
    );
    expect(lines).toContain(
      "PASS  quectel phonePwdLogin: valid login: expected HTTP 200, success, valid against quectel; got HTTP 200, success",
    );
    expect(lines).toContain(
      "SKIP  quectel userLogout: with the current access token: expected HTTP 200, success, valid against quectel; got not run: changes vendor state (use --allow-writes)",
    );
    // One example case an operation, a wrong-secret case for each signed one, a foreign-token case for
    // each that takes a token, counted from the bundled spec's security; then 5 flows and the summary.
    // Both of Quectel's APIs: the App's (124 operations) and the SaaS one (44).
    type Spec = {
      paths: Record<
        string,
        Record<
          string,
          {
            security?: Record<string, unknown>[];
            "x-iotdock-signing"?: unknown;
            "x-iotdock-idempotent"?: boolean;
            "x-iotdock-state"?: string | string[];
          }
        >
      >;
    };
    const specs = ["quectel", "quectel-saas"].map(
      (name) => JSON.parse(readFileSync(`generated/${name}.json`, "utf8")) as Spec,
    );
    const ops = specs.flatMap((spec) => Object.values(spec.paths).flatMap((item) => Object.values(item)));
    const schemes = (op: (typeof ops)[number]) => Object.keys(op.security?.[0] ?? {});
    const signed = ops.filter(
      (op) =>
        schemes(op).includes("QuectelSignature") ||
        schemes(op).includes("QuectelSaasPassword") ||
        typeof op["x-iotdock-signing"] === "object",
    );
    const withToken = ops.filter((op) =>
      schemes(op).some((s) => s === "QuectelAccessToken" || s === "QuectelSaasToken"),
    );
    expect(ops.length).toBe(124 + 44);
    expect(lines).toHaveLength(ops.length + signed.length + withToken.length + 5 + 1);
    // Skipped without --allow-writes: the examples of operations that are neither idempotent nor a
    // login (which only issues a token), and the two flows after the logout.
    const writes = ops.filter(
      (op) => !op["x-iotdock-idempotent"] && ![op["x-iotdock-state"]].flat().includes("token.issue"),
    ).length;
    const total = lines.length - 1;
    expect(lines.at(-1)).toBe(`${total - writes - 2} passed, 0 failed, ${writes + 2} skipped`);
    const all = await cli(["contract", "quectel", "--server", server, "--allow-writes"]);
    expect(all.stdout.trim().split("\n").at(-1)).toBe(`${total} passed, 0 failed`);
  }

  it("fails with exit 1 against a broken server, and writes JUnit XML for CI systems", async () => {
    const dir = await mkdtemp(join(tmpdir(), "iotdock-junit-"));
    try {
      const file = join(dir, "report.xml");
      const r = await cli([
        "contract",
        "gwell",
        "--server",
        brokenUrl,
        "--reporter",
        "junit",
        "--output",
        file,
      ]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^FAIL {2}gwell thirdCustLogin: valid login: /m);
      const xml = await readFile(file, "utf8");
      // 3 operations × (example, wrong secrets), then 3 flows.
      expect(xml).toMatch(/<testsuite name="gwell" tests="9" failures="\d+" skipped="\d+">/);
      expect(xml).toContain(
        '<testcase classname="gwell" name="gwell thirdCustLogin: valid login"><failure message="expected HTTP 200, success',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("--live skips each vendor whose variables are missing with one line naming them, never a value; a run that checked nothing exits 1 unless --allow-skip", async () => {
    const env = { QUECTEL_USER_DOMAIN_SECRET: "SENTINEL-LIVE-1" };
    const [r, allowed] = await Promise.all([
      cli(["contract", "all", "--live"], env),
      cli(["contract", "all", "--live", "--allow-skip"], env),
    ]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(
      /^SKIP {2}gwell: live run needs GWELL_BASE_URL, GWELL_APP_ID, GWELL_APP_TOKEN, GWELL_APP_KEY, GWELL_TEST_/,
    );
    expect(lines[3]).toMatch(
      /^SKIP {2}quectel: live run needs QUECTEL_BASE_URL, QUECTEL_USER_DOMAIN, QUECTEL_ACCESS_KEY, QUECTEL_ACCESS_SECRET, QUECTEL_TEST_PHONE/,
    );
    expect(lines[3]).not.toContain("QUECTEL_USER_DOMAIN_SECRET");
    expect(lines[4]).toBe("0 passed, 0 failed");
    expect(r.stderr).toBe(
      "iotdock: --live checked nothing: every vendor was skipped (variables missing); set the variables named above, or pass --allow-skip to accept a run that checks nothing\n",
    );
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toBe(r.stdout);
    expect(allowed.stderr).toBe("");
    for (const out of [r.stdout, r.stderr, allowed.stdout]) expect(out).not.toContain("SENTINEL-LIVE-1");
  });

  it("--live JUnit: each skipped vendor is a skipped testcase naming the missing variables, written even when the run exits 1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "iotdock-junit-live-"));
    try {
      const file = join(dir, "live.xml");
      const r = await cli(["contract", "all", "--live", "--reporter", "junit", "--output", file], {
        QUECTEL_USER_DOMAIN_SECRET: "SENTINEL-LIVE-2",
      });
      expect(r.code).toBe(1);
      const xml = await readFile(file, "utf8");
      expect(xml).toContain(
        `<testsuite name="iotdock" tests="${vendors.length}" failures="0" skipped="${vendors.length}">`,
      );
      for (const vendor of vendors)
        expect(xml).toMatch(
          new RegExp(
            `<testcase classname="iotdock" name="${vendor}: live run"><skipped message="not run: live run needs ${vendor.toUpperCase()}_BASE_URL, [A-Z0-9_, ]+"/></testcase>`,
          ),
        );
      expect(xml).not.toContain("QUECTEL_USER_DOMAIN_SECRET");
      expect(xml).not.toContain("SENTINEL-LIVE-2");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("--live runs against the vendor named by <VENDOR>_BASE_URL with the environment's credentials", async () => {
    const contract = contracts.find((c) => c.vendor === "meari");
    const env = Object.fromEntries((contract?.variables ?? []).map((v) => [v.variable, v.default])) as Record<
      string,
      string
    >;
    const r = await cli(["contract", "meari", "--live"], { ...env, MEARI_BASE_URL: url("meari") });
    // 9 operations: 9 examples (redirect and the two activation reads run; login is only a login;
    // the 5 that change state are writes) and 9 wrong-secret cases; then 3 flows (one a write).
    expect(r.stdout.trim().split("\n").at(-1)).toBe("14 passed, 0 failed, 7 skipped");
    expect(r.code).toBe(0);
    // Other vendors skipped: the run still checked something, so it passes without --allow-skip.
    const all = await cli(["contract", "all", "--live"], { ...env, MEARI_BASE_URL: url("meari") });
    expect(all.stdout).toMatch(/^SKIP {2}gwell: live run needs /m);
    expect(all.stdout.trim().split("\n").at(-1)).toBe("14 passed, 0 failed, 7 skipped");
    expect(all.code).toBe(0);
  });
});
