import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { readSecret, type SecretInput } from "../src/cli/secrets.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";

/**
 * `iotdock login quectel` takes the password from standard input, a file or QUECTEL_PASSWORD, so
 * it never has to be in argv (which `ps` shows to every user, and the shell keeps in its history).
 * `--password VALUE` still works, with a warning on stderr.
 */
const PASSWORD = "china1234";
const SENTINEL = "SENTINEL-CLI-PW-7e11";

let sandbox: SandboxHandle;
let baseUrl: string;
let dir: string;

beforeAll(async () => {
  sandbox = await startSandbox({ portBase: 0, env: {}, log: () => {}, vendors: ["quectel"] });
  baseUrl = sandbox.sandboxes[0]?.url ?? "";
  dir = await mkdtemp(join(tmpdir(), "iotdock-password-"));
});
afterAll(async () => {
  await sandbox?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function login(
  args: string[],
  { stdin, env = {} }: { stdin?: string; env?: Record<string, string> } = {},
) {
  let stdout = "";
  let stderr = "";
  let stdinRead = false;
  const code = await main(["login", "quectel", "--base-url", baseUrl, "--phone", "17132136550", ...args], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env,
    stdin: async () => {
      stdinRead = true;
      return stdin ?? "";
    },
  });
  return { code, stdout, stderr, stdinRead };
}

const loggedIn = (run: { code: number; stdout: string }) => {
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout).accessToken.token).toMatch(/^Bearer /);
};

describe("iotdock login quectel: the password never needs to be on the command line", () => {
  it("--help names the secure sources and marks --password insecure", async () => {
    let help = "";
    await main(["login", "quectel", "--help"], {
      stdout: (t) => {
        help += t;
      },
      stderr: () => {},
      env: {},
    });
    for (const s of [
      "--password-stdin",
      "--password-file <file>",
      "QUECTEL_PASSWORD",
      "not on the command line",
    ])
      expect(help).toContain(s);
    expect(help).toMatch(/--password <password>\s+insecure/);
  });

  it("reads it from standard input (--password-stdin), one trailing line break dropped", async () => {
    for (const stdin of [PASSWORD, `${PASSWORD}\n`, `${PASSWORD}\r\n`]) {
      const run = await login(["--password-stdin"], { stdin });
      loggedIn(run);
      expect(run.stdinRead).toBe(true);
      expect(run.stderr).not.toContain("warning");
    }
  });

  it("reads it from a file (--password-file)", async () => {
    const file = join(dir, "pw");
    await writeFile(file, `${PASSWORD}\n`, { mode: 0o600 });
    const run = await login(["--password-file", file]);
    loggedIn(run);
    expect(run.stderr).not.toContain("warning");
  });

  it("reads it from QUECTEL_PASSWORD when no option is given", async () => {
    const run = await login([], { env: { QUECTEL_PASSWORD: PASSWORD } });
    loggedIn(run);
    expect(run.stdinRead).toBe(false);
  });

  it("--password still works, with a warning that names the alternatives and not the value", async () => {
    const run = await login(["--password", PASSWORD]);
    loggedIn(run);
    expect(run.stderr).toContain(
      "iotdock: warning: --password on the command line is visible to other users (ps) and stays in your shell history; use --password-stdin, --password-file FILE or QUECTEL_PASSWORD\n",
    );
    expect(run.stderr).not.toContain(PASSWORD);
  });

  it("refuses no password, two sources, an empty or multi-line one and an unreadable file, never echoing it", async () => {
    const cases: [string[], { stdin?: string; env?: Record<string, string> }, string][] = [
      [
        [],
        {},
        "iotdock: no password: pass --password-stdin or --password-file FILE, or set QUECTEL_PASSWORD\n",
      ],
      [
        ["--password-stdin", "--password-file", join(dir, "pw")],
        { stdin: SENTINEL },
        "iotdock: give only one of --password-stdin, --password-file\n",
      ],
      [["--password-stdin"], { stdin: "\n" }, "iotdock: no password: standard input is empty\n"],
      [
        ["--password-stdin"],
        { stdin: `${SENTINEL}\nsecond line\n` },
        "iotdock: the password from standard input is more than one line\n",
      ],
      [
        ["--password-file", join(dir, "missing")],
        {},
        `iotdock: cannot read --password-file ${join(dir, "missing")} (ENOENT)\n`,
      ],
    ];
    for (const [args, io, stderr] of cases) {
      const run = await login(args, io);
      expect(run.code, args.join(" ")).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(stderr);
      expect(run.stderr).not.toContain(SENTINEL);
    }
  });
});

describe("readSecret", () => {
  const input: SecretInput = {
    name: "password",
    variable: "X_PASSWORD",
    description: "the password",
    vendor: "v",
    operation: "op",
  };
  const context = (env: Record<string, string> = {}) => ({
    env,
    note: () => {},
    readStdin: async () => "from-stdin\n",
  });

  it("an option wins over the environment variable", async () => {
    const file = join(dir, "pw-precedence");
    await writeFile(file, "from-file");
    const env = { X_PASSWORD: "from-env" };
    expect(await readSecret({ passwordFile: file }, input, context(env))).toBe("from-file");
    expect(await readSecret({ passwordStdin: true }, input, context(env))).toBe("from-stdin");
    expect(await readSecret({ password: "from-argv" }, input, context(env))).toBe("from-argv");
    expect(await readSecret({}, input, context(env))).toBe("from-env");
  });
});
