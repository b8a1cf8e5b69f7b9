import { type ChildProcessWithoutNullStreams, execFile, spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_USER_DOMAIN, EXAMPLE_USER_DOMAIN_SECRET } from "../src/vendors/quectel/credentials.js";
import { createQuectelClient } from "../src/vendors/quectel/index.js";

// The built CLI, as users run it (`npm test` builds first).
const BIN = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
const SENTINEL_SECRET = "SENTINEL-CLI-SECRET-51fa";
const SENTINEL_PASSWORD = "SENTINEL-CLI-PASSWORD-c3d2";

const baseEnv = () => {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(QUECTEL|GWELL|HAIER|MEARI)_/.test(k)) delete env[k];
  return env;
};

async function iotdock(args: string[], env: NodeJS.ProcessEnv = baseEnv()) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Binds 127.0.0.1:port and releases it; false when it is taken. */
function portFree(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A port base whose ports (base … base + 4: docs and vendors) were all free a moment ago. */
async function freePortBase(): Promise<number> {
  for (;;) {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = (server.address() as { port: number }).port - 4;
    await new Promise((r) => server.close(r));
    const free = await Promise.all([0, 1, 2, 3, 4].map((offset) => portFree(base + offset)));
    if (free.every(Boolean)) return base;
  }
}

/** Resolves with every stdout line so far once one matches `pattern` (lines may arrive in one chunk). */
function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const lines = seen.split("\n");
      if (lines.some((l) => pattern.test(l))) {
        child.stdout.off("data", onData);
        resolve(lines);
      }
    };
    child.stdout.on("data", onData);
    child.once("exit", (code) => reject(new Error(`exited ${code} before ${pattern}: ${seen}`)));
  });
}

describe("iotdock CLI", () => {
  it("--help on every command", async () => {
    const top = await iotdock(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("sandbox");
    expect(top.stdout).toContain("login");
    const sandbox = await iotdock(["sandbox", "--help"]);
    expect(sandbox.code).toBe(0);
    for (const s of [
      "--vendors",
      "--host",
      "--port-base",
      "QUECTEL_USER_DOMAIN_SECRET",
      "GWELL_APP_KEY",
      "HAIER_APP_KEY",
      "HAIER_CALLBACK_URL",
      "MEARI_PARTNER_SECRET",
      "quectel N+4",
      "gwell N+1",
      "haier N+2",
      "meari N+3",
    ]) {
      expect(sandbox.stdout).toContain(s);
    }
    const meari = await iotdock(["login", "meari", "--help"]);
    for (const s of [
      "--user-account",
      "--country-code",
      "--phone-code",
      "--lng-type",
      "--phone-type",
      "--iot-type",
      "MEARI_BASE_URL",
    ])
      expect(meari.stdout).toContain(s);
    const haier = await iotdock(["login", "haier", "--help"]);
    for (const s of ["--code", "HAIER_BASE_URL", "HAIER_APP_ID, HAIER_APP_KEY, HAIER_CLIENT_ID"])
      expect(haier.stdout).toContain(s);
    const contract = await iotdock(["contract", "haier-callback", "--help"]);
    expect(contract.code).toBe(0);
    for (const s of ["--server", "--code", "HAIER_CLIENT_KEY, HAIER_CLIENT_SECRET"])
      expect(contract.stdout).toContain(s);
    const login = await iotdock(["login", "quectel", "--help"]);
    expect(login.code).toBe(0);
    for (const s of ["--phone", "--password", "--international-code", "--base-url", "QUECTEL_BASE_URL"]) {
      expect(login.stdout).toContain(s);
    }
  });

  it("docs --out writes the docs portal as static files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "iotdock-docs-cli-"));
    try {
      const run = await iotdock(["docs", "--out", dir]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^iotdock: wrote \d+ files of the docs portal to /);
      const files = await readdir(dir);
      for (const f of [
        "index.html",
        "gwell.html",
        "haier.html",
        "haier-callback.html",
        "meari.html",
        "quectel.html",
        "signing-meari.html",
      ])
        expect(files).toContain(f);
      expect(files.filter((f) => f.startsWith("."))).toEqual([]);
      expect(await readFile(join(dir, "index.html"), "utf8")).toContain("signing-quectel.html");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses an unknown vendor and a missing base URL with one clear line", async () => {
    const unknown = await iotdock(["sandbox", "--vendors", "nope", "--port-base", "0"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('iotdock: unknown vendor "nope"; known: gwell, haier, meari, quectel\n');
    const noUrl = await iotdock(["login", "quectel", "--phone", "1", "--password", SENTINEL_PASSWORD]);
    expect(noUrl.code).toBe(1);
    expect(noUrl.stderr).toBe("iotdock: no base URL: pass --base-url or set QUECTEL_BASE_URL\n");
  });

  describe("against a running sandbox", () => {
    let child: ChildProcessWithoutNullStreams;
    let portBase: number;
    let url: string;
    let gwellUrl: string;
    let haierUrl: string;
    let meariUrl: string;
    const output: string[] = [];

    beforeAll(async () => {
      portBase = await freePortBase();
      child = spawn(process.execPath, [BIN, "sandbox", "--port-base", String(portBase), "--clock-control"], {
        env: baseEnv(),
      });
      child.stdout.on("data", (c: Buffer) => output.push(c.toString()));
      child.stderr.on("data", (c: Buffer) => output.push(c.toString()));
      const lines = await waitForLine(child, /^iotdock: ready$/);
      url = (lines.find((l) => l.includes("quectel sandbox ready at")) ?? "").replace(/^.* at /, "");
      gwellUrl = (lines.find((l) => l.includes("gwell sandbox ready at")) ?? "").replace(/^.* at /, "");
      haierUrl = (lines.find((l) => l.includes("haier sandbox ready at")) ?? "").replace(/^.* at /, "");
      meariUrl = (lines.find((l) => l.includes("meari sandbox ready at")) ?? "").replace(/^.* at /, "");
      // The table follows the ready line in the same write; give a split chunk a moment.
      for (let i = 0; i < 50 && !output.join("").includes("clock control on"); i++)
        await new Promise((r) => setTimeout(r, 20));
    });
    afterAll(() => {
      if (child.exitCode === null) child.kill("SIGKILL");
    });

    it("starts every vendor by default: ready lines on port base + 1 (gwell), + 2 (haier), + 3 (meari), + 4 (quectel)", () => {
      expect(url).toBe(`http://127.0.0.1:${portBase + 4}`);
      expect(gwellUrl).toBe(`http://127.0.0.1:${portBase + 1}`);
      expect(haierUrl).toBe(`http://127.0.0.1:${portBase + 2}`);
      expect(meariUrl).toBe(`http://127.0.0.1:${portBase + 3}`);
    });

    it("prints a table after ready: the docs portal and each sandbox with its URL and credential variables (names only)", () => {
      const all = output.join("");
      const table = all
        .slice(all.indexOf("iotdock: ready\n") + "iotdock: ready\n".length)
        .split("\n")
        .slice(0, 5);
      const u = (offset: number) => `http://127.0.0.1:${portBase + offset}`;
      expect(table.map((l) => l.trim().split(/\s{2,}/))).toEqual([
        ["docs", u(0), "API docs, signing walkthroughs, errata"],
        ["gwell", u(1), "GWELL_APP_ID, GWELL_APP_TOKEN, GWELL_APP_KEY"],
        [
          "haier",
          u(2),
          "HAIER_APP_ID, HAIER_APP_KEY, HAIER_CLIENT_ID, HAIER_CLIENT_KEY, HAIER_CLIENT_SECRET, HAIER_CALLBACK_URL",
        ],
        ["meari", u(3), "MEARI_PARTNER_KEY, MEARI_PARTNER_SECRET, MEARI_SOURCE_APP"],
        ["quectel", u(4), "QUECTEL_USER_DOMAIN, QUECTEL_USER_DOMAIN_SECRET"],
      ]);
      expect(all).toContain(`iotdock: docs portal ready at ${u(0)}`);
    });

    it("serves the docs portal on the port base", async () => {
      const index = await fetch(`http://127.0.0.1:${portBase}/`);
      expect(index.status).toBe(200);
      expect(await index.text()).toContain("quectel.html");
    });

    it("--clock-control moves every sandbox's clock: a Quectel access token expires after 2 hours", async () => {
      const quectel = createQuectelClient({
        baseUrl: url,
        userDomain: EXAMPLE_USER_DOMAIN,
        userDomainSecret: EXAMPLE_USER_DOMAIN_SECRET,
      });
      const tokens = await quectel.login({
        phone: "17132136550",
        password: "china1234",
        internationalCode: "86",
      });
      await quectel.userDeviceList(tokens.accessToken.token, { page: 1 });
      const before = (await (await fetch(`${url}/_iotdock/clock`)).json()) as { now: number };
      const moved = await fetch(`${gwellUrl}/_iotdock/clock`, {
        method: "POST",
        body: JSON.stringify({ advanceSeconds: 7201 }),
      });
      const movedBody = await moved.text();
      expect((JSON.parse(movedBody) as { offsetMs: number }).offsetMs, movedBody).toBe(7_201_000);
      const after = (await (await fetch(`${url}/_iotdock/clock`)).json()) as { now: number };
      expect(after.now - before.now).toBeGreaterThanOrEqual(7_201_000);
      await expect(quectel.userDeviceList(tokens.accessToken.token, { page: 1 })).rejects.toMatchObject({
        code: 5032,
      });
      const refused = await fetch(`${url}/_iotdock/clock`, { method: "POST", body: "{}" });
      expect(refused.status).toBe(400);
      const reset = await fetch(`${haierUrl}/_iotdock/clock`, { method: "POST", body: '{"reset": true}' });
      expect(((await reset.json()) as { offsetMs: number }).offsetMs).toBe(0);
    });

    it("login haier runs the round trip through the sandbox's demo callback", async () => {
      const ok = await iotdock([
        "login",
        "haier",
        "--base-url",
        haierUrl,
        "--code",
        "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92",
      ]);
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout)).toMatchObject({ retCode: "00000", scope: "auth_app", expire: "2160000" });
      const refused = await iotdock(["login", "haier", "--base-url", haierUrl, "--code", "unknown"], {
        ...baseEnv(),
        HAIER_APP_KEY: SENTINEL_SECRET,
      });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /iotdock: haier thirdpartUserLogin failed: vendor code D00001 \(sign签名错误 \(iotdock sandbox: .*\)\), HTTP 200\n$/,
      );
    });

    it("login meari runs redirect, then login on the region server it names", async () => {
      const run = await iotdock([
        "login",
        "meari",
        "--base-url",
        meariUrl,
        "--user-account",
        "cli-user",
        "--country-code",
        "US",
        "--phone-code",
        "1",
      ]);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ userAccount: "cli-user", countryCode: "US" });
      expect(run.stderr).toContain("MEARI_PARTNER_KEY, MEARI_PARTNER_SECRET, MEARI_SOURCE_APP unset");
    });

    it("contract haier-callback passes the sandbox's own demo callback", async () => {
      const run = await iotdock(["contract", "haier-callback", "--server", `${haierUrl}/haier/verify-code`]);
      expect(run.stdout).toContain("5 passed, 0 failed");
      expect(run.code).toBe(0);
    });

    it("login quectel prints the vendor's data as JSON", async () => {
      const run = await iotdock([
        "login",
        "quectel",
        "--base-url",
        url,
        "--phone",
        "17132136550",
        "--password",
        "china1234",
      ]);
      expect(run.code).toBe(0);
      const data = JSON.parse(run.stdout);
      expect(data.accessToken.token).toMatch(/^Bearer /);
      // Issued by the sandbox now: refresh token 30 days, as in the vendor's example.
      expect(data.refreshToken.expirationTime).toBeGreaterThan(Date.now() / 1000 + 30 * 24 * 3600 - 60);
    });

    it("QUECTEL_BASE_URL works like --base-url", async () => {
      const run = await iotdock(["login", "quectel", "--phone", "1", "--password", "p"], {
        ...baseEnv(),
        QUECTEL_BASE_URL: url,
      });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).accessToken).toBeDefined();
    });

    it("a vendor failure is one line naming vendor, operation and code, exit 1, no secret", async () => {
      const run = await iotdock(
        ["login", "quectel", "--phone", "1", "--password", SENTINEL_PASSWORD, "--base-url", url],
        {
          ...baseEnv(),
          QUECTEL_USER_DOMAIN: "C.DM.10271.5",
          QUECTEL_USER_DOMAIN_SECRET: SENTINEL_SECRET,
        },
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(
        "iotdock: quectel phonePwdLogin failed: vendor code 5420 (签名验证失败), HTTP 200\n",
      );
    });

    it("login gwell prints data with expand parsed", async () => {
      const run = await iotdock([
        "login",
        "gwell",
        "--base-url",
        gwellUrl,
        "--union-id",
        "0001",
        "--unique-id",
        "t-1",
        "--reg-region",
        "CN",
      ]);
      expect(run.code).toBe(0);
      const data = JSON.parse(run.stdout);
      expect(data.accessToken).toBeTruthy();
      expect(data.expand).toEqual({ area: "cn", regRegion: "CN" });
      expect(run.stderr).toContain("GWELL_APP_ID, GWELL_APP_TOKEN, GWELL_APP_KEY unset");
    });

    it("a gwell failure names vendor, operation and code", async () => {
      const run = await iotdock(
        [
          "login",
          "gwell",
          "--base-url",
          gwellUrl,
          "--union-id",
          "u",
          "--unique-id",
          "t",
          "--reg-region",
          "CN",
        ],
        { ...baseEnv(), GWELL_APP_KEY: SENTINEL_SECRET },
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        "iotdock: GWELL_APP_ID, GWELL_APP_TOKEN unset: using the documented default\niotdock: gwell thirdCustLogin failed: vendor code 10007 (signature validate fail:-3), HTTP 200\n",
      );
    });

    it("a second sandbox on the same ports names the port and the option", async () => {
      const run = await iotdock(["sandbox", "--vendors", "quectel", "--port-base", String(portBase)]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`port ${portBase + 4} on 127.0.0.1 (quectel sandbox) is already in use`);
      expect(run.stderr).toContain("--port-base");
      // The docs portal's port taken (by the running quectel sandbox), the vendor's free.
      const docs = await iotdock(["sandbox", "--vendors", "gwell", "--port-base", String(portBase + 4)]);
      expect(docs.code).toBe(1);
      expect(docs.stderr).toContain(`port ${portBase + 4} on 127.0.0.1 (docs portal) is already in use`);
    });

    it("stops cleanly on SIGINT, and never printed a secret", async () => {
      const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      const t = performance.now();
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(performance.now() - t).toBeLessThan(2_000);
      const all = output.join("");
      expect(all).toContain("iotdock: stopped");
      expect(all).toMatch(/iotdock: quectel POST \/v2\/enduser\/enduserapi\/phonePwdLogin -> 200 code=5420/);
      for (const s of [SENTINEL_SECRET, SENTINEL_PASSWORD, "china1234", "signature=", "pwd="])
        expect(all).not.toContain(s);
    });
  });
});
