import { type ChildProcessWithoutNullStreams, execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BANNER_MARK, bannerFilter } from "../scripts/redocly.mjs";
import { main } from "../src/cli/main.js";
import { EXAMPLE_USER_DOMAIN, EXAMPLE_USER_DOMAIN_SECRET } from "../src/vendors/quectel/credentials.js";
import { createQuectelClient } from "../src/vendors/quectel/index.js";

// Budget (table in vitest.config.ts): 7–8 s alone on 2 cores; 3× that for any one test or hook.
vi.setConfig({ testTimeout: 25_000, hookTimeout: 25_000 });

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

/**
 * A port base whose ports (base … base + 5: docs and vendors, and the vendor port of a second
 * sandbox started on base + 4) were all free a moment ago. The ports under test must be fixed, so
 * they come from below the kernel's ephemeral range (where port 0 and outgoing connections take
 * theirs): only another fixed-port user could take them between this check and the sandbox's start.
 */
async function freePortBase(): Promise<number> {
  const [ephemeralLow] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8")
    .trim()
    .split(/\s+/)
    .map(Number);
  const high = Math.min(ephemeralLow ?? 32_768, 32_768) - 6;
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * (high - 20_000));
    const free = await Promise.all([0, 1, 2, 3, 4, 5].map((offset) => portFree(base + offset)));
    if (free.every(Boolean)) return base;
  }
}

/** Resolves with every stdout line so far once the output so far matches every pattern (lines may arrive in any chunks). */
function waitForOutput(child: ChildProcessWithoutNullStreams, patterns: RegExp[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (patterns.every((p) => p.test(seen))) {
        child.stdout.off("data", onData);
        resolve(seen.split("\n"));
      }
    };
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`exited ${code} before ${patterns.join(", ")}: ${`${seen}${errors}`.trim()}`)),
    );
  });
}

describe("iotdock CLI", () => {
  it("--help on every command", async () => {
    // Independent processes: run them side by side.
    const [top, sandbox, meari, haier, contract, login] = await Promise.all([
      iotdock(["--help"]),
      iotdock(["sandbox", "--help"]),
      iotdock(["login", "meari", "--help"]),
      iotdock(["login", "haier", "--help"]),
      iotdock(["contract", "haier-callback", "--help"]),
      iotdock(["login", "quectel", "--help"]),
    ]);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("sandbox");
    expect(top.stdout).toContain("login");
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
      "quectel on N+4",
      "gwell on N+1",
      "haier on N+2",
      "meari on N+3",
    ]) {
      expect(sandbox.stdout).toContain(s);
    }
    expect(meari.code).toBe(0);
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
    expect(haier.code).toBe(0);
    for (const s of ["--code", "HAIER_BASE_URL", "HAIER_APP_ID, HAIER_APP_KEY, HAIER_CLIENT_ID"])
      expect(haier.stdout).toContain(s);
    expect(contract.code).toBe(0);
    for (const s of ["--server", "--code", "HAIER_CLIENT_KEY, HAIER_CLIENT_SECRET"])
      expect(contract.stdout).toContain(s);
    expect(login.code).toBe(0);
    for (const s of [
      "--phone",
      "--password-stdin",
      "--password-file",
      "QUECTEL_PASSWORD",
      "--international-code",
      "--base-url",
      "QUECTEL_BASE_URL",
    ]) {
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
    const [unknown, noUrl] = await Promise.all([
      iotdock(["sandbox", "--vendors", "nope", "--port-base", "0"]),
      iotdock(["login", "quectel", "--phone", "1"], { ...baseEnv(), QUECTEL_PASSWORD: SENTINEL_PASSWORD }),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('iotdock: unknown vendor "nope"; known: gwell, haier, meari, quectel\n');
    expect(noUrl.code).toBe(1);
    expect(noUrl.stderr).toBe("iotdock: no base URL: pass --base-url or set QUECTEL_BASE_URL\n");
  });

  it("--version and -V print the package's version, from dist and from src", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    const [long, short] = await Promise.all([iotdock(["--version"]), iotdock(["-V"])]);
    expect(long).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    expect(short).toEqual(long);
    let out = "";
    const io = {
      stdout: (t: string) => {
        out += t;
      },
      stderr: () => {},
      env: {},
    };
    expect(await main(["--version"], io)).toBe(0);
    expect(out).toBe(`${version}\n`);
  });

  it("refuses a --port-base that is not an integer from 0 to 65530 with one line", async () => {
    const values = ["", "abc", "0x10", "65531"];
    // --vendors nope: were a value accepted, the run would stop at the vendor instead of serving.
    const runs = await Promise.all(
      values.map((v) => iotdock(["sandbox", "--vendors", "nope", "--port-base", v])),
    );
    for (const [i, v] of values.entries())
      expect(runs[i]).toEqual({
        code: 1,
        stdout: "",
        stderr: `iotdock: --port-base must be an integer from 0 to 65530; got ${JSON.stringify(v)}\n`,
      });
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
      // The ready line, the table after it and the clock-control note (one write each, any chunking).
      const lines = await waitForOutput(child, [/^iotdock: ready$/m, /^iotdock: clock control on: /m]);
      url = (lines.find((l) => l.includes("quectel sandbox ready at")) ?? "").replace(/^.* at /, "");
      gwellUrl = (lines.find((l) => l.includes("gwell sandbox ready at")) ?? "").replace(/^.* at /, "");
      haierUrl = (lines.find((l) => l.includes("haier sandbox ready at")) ?? "").replace(/^.* at /, "");
      meariUrl = (lines.find((l) => l.includes("meari sandbox ready at")) ?? "").replace(/^.* at /, "");
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

    it("says that Quectel's device messages are off without RabbitMQ, and how to turn them on", () => {
      const all = output.join("");
      expect(all).toMatch(
        /^iotdock: quectel messages off: start with --messages .* or set QUECTEL_AMQP_URL /m,
      );
      // The note follows the quectel ready line.
      expect(all.indexOf("quectel messages off")).toBeGreaterThan(all.indexOf("quectel sandbox ready at"));
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
        [
          "quectel",
          u(4),
          "QUECTEL_USER_DOMAIN, QUECTEL_USER_DOMAIN_SECRET, QUECTEL_ACCESS_KEY, QUECTEL_ACCESS_SECRET",
        ],
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
      const json = { "content-type": "application/json" };
      const moved = await fetch(`${gwellUrl}/_iotdock/clock`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ advanceSeconds: 7201 }),
      });
      const movedBody = await moved.text();
      expect((JSON.parse(movedBody) as { offsetMs: number }).offsetMs, movedBody).toBe(7_201_000);
      const after = (await (await fetch(`${url}/_iotdock/clock`)).json()) as { now: number };
      expect(after.now - before.now).toBeGreaterThanOrEqual(7_201_000);
      await expect(quectel.userDeviceList(tokens.accessToken.token, { page: 1 })).rejects.toMatchObject({
        code: 5032,
      });
      const refused = await fetch(`${url}/_iotdock/clock`, { method: "POST", headers: json, body: "{}" });
      expect(refused.status).toBe(400);
      const reset = await fetch(`${haierUrl}/_iotdock/clock`, {
        method: "POST",
        headers: json,
        body: '{"reset": true}',
      });
      expect(((await reset.json()) as { offsetMs: number }).offsetMs).toBe(0);
    });

    // Each of these runs its own CLI processes against the sandbox and changes no shared state the
    // others read (the clock test above has reset the clock): they run side by side.
    describe.concurrent("logins and contract runs, side by side", () => {
      it("login haier runs the round trip through the sandbox's demo callback", async ({ expect }) => {
        const [ok, refused] = await Promise.all([
          iotdock([
            "login",
            "haier",
            "--base-url",
            haierUrl,
            "--code",
            "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92",
          ]),
          iotdock(["login", "haier", "--base-url", haierUrl, "--code", "unknown"], {
            ...baseEnv(),
            HAIER_APP_KEY: SENTINEL_SECRET,
          }),
        ]);
        expect(ok.code).toBe(0);
        expect(JSON.parse(ok.stdout)).toMatchObject({
          retCode: "00000",
          scope: "auth_app",
          expire: "2160000",
        });
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(
          /iotdock: haier thirdpartUserLogin failed: vendor code D00001 \(sign签名错误 \(iotdock sandbox: .*\)\), HTTP 200\n$/,
        );
      });

      it("login meari runs redirect, then login on the region server it names", async ({ expect }) => {
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

      it("contract haier-callback passes the sandbox's own demo callback", async ({ expect }) => {
        const run = await iotdock([
          "contract",
          "haier-callback",
          "--server",
          `${haierUrl}/haier/verify-code`,
        ]);
        expect(run.stdout).toContain("5 passed, 0 failed");
        expect(run.code).toBe(0);
      });

      it("login quectel prints the vendor's data as JSON (password on standard input)", async ({
        expect,
      }) => {
        const child = spawn(
          process.execPath,
          [BIN, "login", "quectel", "--base-url", url, "--phone", "17132136550", "--password-stdin"],
          { env: baseEnv() },
        );
        const run = { stdout: "", stderr: "" };
        child.stdout.on("data", (c: Buffer) => {
          run.stdout += c.toString();
        });
        child.stderr.on("data", (c: Buffer) => {
          run.stderr += c.toString();
        });
        const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
        child.stdin.end("china1234\n");
        expect(await exited, run.stderr).toBe(0);
        expect(run.stderr).not.toContain("warning");
        const data = JSON.parse(run.stdout);
        expect(data.accessToken.token).toMatch(/^Bearer /);
        // Issued by the sandbox now: refresh token 30 days, as in the vendor's example.
        const nowS = Date.now() / 1000;
        expect(data.refreshToken.expirationTime).toBeGreaterThan(nowS + 30 * 24 * 3600 - 60);
        expect(data.refreshToken.expirationTime).toBeLessThanOrEqual(nowS + 30 * 24 * 3600 + 1);
      });

      it("QUECTEL_BASE_URL works like --base-url", async ({ expect }) => {
        const run = await iotdock(["login", "quectel", "--phone", "1"], {
          ...baseEnv(),
          QUECTEL_BASE_URL: url,
          QUECTEL_PASSWORD: "p",
        });
        expect(run.code).toBe(0);
        // An access token this sandbox issued just now: 2 hours.
        const { accessToken } = JSON.parse(run.stdout);
        expect(accessToken.token).toMatch(/^Bearer /);
        const nowS = Date.now() / 1000;
        expect(accessToken.expirationTime).toBeGreaterThan(nowS + 7200 - 60);
        expect(accessToken.expirationTime).toBeLessThanOrEqual(nowS + 7200 + 1);
      });

      it("a vendor failure is one line naming vendor, operation and code, exit 1, no secret", async ({
        expect,
      }) => {
        const run = await iotdock(["login", "quectel", "--phone", "1", "--base-url", url], {
          ...baseEnv(),
          QUECTEL_PASSWORD: SENTINEL_PASSWORD,
          QUECTEL_USER_DOMAIN: "C.DM.10271.5",
          QUECTEL_USER_DOMAIN_SECRET: SENTINEL_SECRET,
        });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe("");
        expect(run.stderr).toBe(
          "iotdock: quectel phonePwdLogin failed: vendor code 5420 (签名验证失败), HTTP 200\n",
        );
      });

      it("login gwell prints data with expand parsed", async ({ expect }) => {
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
        // Prism answers the spec's thirdCustLogin example (specs/gwell.yaml).
        expect(data).toMatchObject({
          accessToken:
            "0181E107E47822653B267A000900000064A7A9BF1E9B9CE9EE50512B7C9C455E597E9AFFB155AB04073F80FDA18C6E9A74E1446BCBACA29E3C04FAF0CA15EE52",
          accessId: "-9223371996052586423",
        });
        expect(data.expand).toEqual({ area: "cn", regRegion: "CN" });
        expect(run.stderr).toContain("GWELL_APP_ID, GWELL_APP_TOKEN, GWELL_APP_KEY unset");
      });

      it("a gwell failure names vendor, operation and code", async ({ expect }) => {
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
        // The sandbox's request id ends the line (it differs per request).
        expect(run.stderr).toMatch(
          /^iotdock: GWELL_APP_ID, GWELL_APP_TOKEN unset: using the documented default\niotdock: gwell thirdCustLogin failed: vendor code 10007 \(signature validate fail:-3\), HTTP 200 \[request iotdock-sandbox-[0-9a-z]+\]\n$/,
        );
      });
    });

    it("a second sandbox on the same ports names the port and the option", async () => {
      const [run, docs] = await Promise.all([
        iotdock(["sandbox", "--vendors", "quectel", "--port-base", String(portBase)]),
        // The docs portal's port taken (by the running quectel sandbox), the vendor's (base + 5) free.
        iotdock(["sandbox", "--vendors", "gwell", "--port-base", String(portBase + 4)]),
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`port ${portBase + 4} on 127.0.0.1 (quectel sandbox) is already in use`);
      expect(run.stderr).toContain("--port-base");
      expect(docs.code).toBe(1);
      expect(docs.stderr).toContain(`port ${portBase + 4} on 127.0.0.1 (docs portal) is already in use`);
    });

    it("stops cleanly on SIGINT, even with a request in progress, and never printed a secret", async () => {
      // A request whose body never comes: the sandbox has read its headers (it says 100 Continue) and
      // waits for the body, so it only exits if stopping ends busy connections too; otherwise this
      // test runs into its timeout (Node's own request timeout is 300 s).
      const { hostname, port } = new URL(url);
      const socket = connect(Number(port), hostname);
      socket.on("error", () => {}); // a reset is one way to be closed
      const closed = new Promise((r) => socket.once("close", r));
      await new Promise((r) => socket.once("connect", r));
      socket.write(
        `POST /v2/enduser/enduserapi/phonePwdLogin HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\nExpect: 100-continue\r\n\r\n`,
      );
      expect(String(await new Promise<Buffer>((r) => socket.once("data", r)))).toMatch(/^HTTP\/1\.1 100 /);
      const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      await closed;
      const all = output.join("");
      expect(all).toContain("iotdock: stopped");
      expect(all).toMatch(/iotdock: quectel POST \/v2\/enduser\/enduserapi\/phonePwdLogin -> 200 code=5420/);
      for (const s of [SENTINEL_SECRET, SENTINEL_PASSWORD, "china1234", "signature=", "pwd="])
        expect(all).not.toContain(s);
    });
  });
});

describe("scripts/redocly.mjs: Redocly CLI without its Node 20 end-of-life box", () => {
  // As Redocly CLI 2.x prints it on stderr under Node 20 (node_modules/@redocly/cli/lib/index.js).
  const box = [
    "    ╔═════════════════════════════════════════════════════════════════╗",
    "    ║                                                                 ║",
    "    ║  Deprecation warning: Node.js 20 support is ending              ║",
    "    ║                                                                 ║",
    "    ║  Node.js 20 reached end-of-life on April 30, 2026.              ║",
    "    ║  Future Redocly CLI releases require Node.js 22.12.0 or later.  ║",
    "    ║  You are using Node.js v20.20.2.                                ║",
    "    ║                                                                 ║",
    "    ║  Update Node.js: https://nodejs.org/en/download                 ║",
    "    ║                                                                 ║",
    "    ╚═════════════════════════════════════════════════════════════════╝",
  ].join("\n");
  const lint = "validating specs/gwell.yaml...\nspecs/gwell.yaml: validated in 9ms\n\n";
  const otherBox = "  ╔════╗\n  ║ hi ║\n  ╚════╝\n";

  it("drops that box and the blank line on either side, keeps everything else, however the text is split", () => {
    expect(box).toContain(BANNER_MARK);
    const input = `\n${box}\n\n${lint}\n${otherBox}\nError: something real\n`;
    const expected = `${lint}\n${otherBox}\nError: something real\n`;
    for (const size of [input.length, 7, 1]) {
      const filter = bannerFilter();
      let out = "";
      for (let i = 0; i < input.length; i += size) out += filter.push(input.slice(i, i + size));
      expect(out + filter.end()).toBe(expected);
    }
    // Unchanged without the banner, an unfinished last line included.
    const plain = bannerFilter();
    expect(plain.push(`${otherBox}\n\nno newline`) + plain.end()).toBe(`${otherBox}\n\nno newline`);
  });

  it("passes a real lint's problems and exit code through", async () => {
    const dir = await mkdtemp(join(tmpdir(), "iotdock-redocly-"));
    try {
      const spec = join(dir, "bad.yaml");
      await writeFile(spec, "openapi: 3.1.0\ninfo: {}\npaths: {}\n");
      const script = fileURLToPath(new URL("../scripts/redocly.mjs", import.meta.url));
      const r = await promisify(execFile)(process.execPath, [script, "lint", spec], {
        cwd: fileURLToPath(new URL("..", import.meta.url)),
      }).then(
        (ok) => ({ code: 0, ...ok }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      expect(r.code).toBe(1);
      const all = r.stdout + r.stderr;
      expect(all).toContain("The field `title` must be present on this level.");
      expect(r.stderr).toMatch(/Validation failed with \d+ errors?/);
      expect(all).not.toContain(BANNER_MARK);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
