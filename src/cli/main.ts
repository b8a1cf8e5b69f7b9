#!/usr/bin/env node
import { spawn } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { cp, mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Option } from "commander";
import { IotdockError } from "../core/errors.js";
import { servePortal } from "../portal/serve.js";
import { batchedLog } from "../sandbox/log-lines.js";
import {
  CLOCK_PATH,
  DEFAULT_HOST,
  DEFAULT_PORT_BASE,
  PortInUseError,
  portTable,
  type RunningSandbox,
  startSandbox,
  UnknownVendorError,
} from "../sandbox/server.js";
import { discoverContracts, discoverVendorClis, discoverVendors } from "../sandbox/vendors.js";
import { addContractCommands, ContractFailed } from "./contract.js";
import { readProcessStdin } from "./secrets.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** All of standard input (for `--password-stdin`); default: the process's. */
  stdin?: () => Promise<string>;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
};

/** `--port-base`: decimal digits only (`Number` reads "" as 0 and "0x10" as 16), 0 to 65530. */
function portNumber(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_530)
    throw new IotdockError(`--port-base must be an integer from 0 to 65530; got ${JSON.stringify(value)}`, {
      vendor: "iotdock",
      operation: "sandbox",
    });
  return Number(value);
}

/** The package's version, from package.json (two levels up from both src/cli and dist/cli). */
function packageVersion(): string {
  const file = new URL("../../package.json", import.meta.url);
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

function vendorList(value: string): string[] {
  return value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

export async function buildProgram(io: CliIo = defaultIo): Promise<Command> {
  const [sandboxes, clis, contracts] = await Promise.all([
    discoverVendors().then((all) => all.map((v) => v.definition)),
    discoverVendorClis(),
    discoverContracts(),
  ]);
  const vendorNames = sandboxes.map((v) => v.name).join(", ");
  const program = new Command("iotdock")
    .description(
      "Dock a customer cloud to IoT vendor clouds: signed clients, verifying sandboxes, contract tests.",
    )
    .version(packageVersion(), "-V, --version", "print the version of iotdock")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError();

  const credentialHelp = sandboxes
    .map((v) =>
      Object.values(v.credentials)
        .map((c) => `  ${c.variable.padEnd(30)} ${c.description} (${v.name})`)
        .join("\n"),
    )
    .join("\n");
  const sandboxCommand = program
    .command("sandbox")
    .description(
      "Start the vendor sandboxes: mocks of the specs behind layers that verify signatures and keep state like the vendors.",
    )
    .option("--vendors <list>", `comma-separated vendors (default: all: ${vendorNames})`, vendorList)
    .option("--host <host>", "address to listen on", DEFAULT_HOST)
    .option("--port-base <n>", `ports: ${portTable(sandboxes)}`, portNumber, DEFAULT_PORT_BASE)
    .option("--no-docs", "do not serve the docs portal")
    .option(
      "--clock-control",
      `test only: serve ${CLOCK_PATH} (loopback clients only) to move the sandboxes' clock forward`,
    )
    .addHelpText(
      "after",
      `\nPorts: ${portTable(sandboxes)}\n\nCredentials (environment; unset means the vendor document's example):\n${credentialHelp}\n`,
    );
  const companions = clis.flatMap((c) => c.sandbox ?? []);
  for (const companion of companions) sandboxCommand.option(companion.flag, companion.description);
  sandboxCommand.action(
    async (opts: {
      vendors?: string[];
      host: string;
      portBase: number;
      docs: boolean;
      clockControl?: boolean;
      [flag: string]: unknown;
    }) => {
      const wanted = companions.filter((c) => opts[camelCase(c.flag)] === true);
      const prepared = await Promise.all(wanted.map((c) => c.prepare()));
      // One write per turn of the event loop for the request lines, flushed before anything else is said.
      const requests = batchedLog((text) => io.stdout(text));
      const handle = await startSandbox({
        vendors: opts.vendors,
        host: opts.host,
        portBase: opts.portBase,
        env: Object.assign({}, io.env, ...prepared.map((p) => p.env)),
        clockControl: opts.clockControl,
        log: requests.log,
      });
      const started: { lines: string[]; stop(): Promise<void> }[] = [];
      for (const companion of wanted) {
        const one = await companion
          .start(handle.sandboxes, (line) => io.stdout(`${line}\n`))
          .catch(async (error: unknown) => {
            await Promise.all([handle.close(), ...started.map((s) => s.stop())]);
            throw error;
          });
        started.push(one);
      }
      let portal: { url: string; close(): Promise<void> } | undefined;
      if (opts.docs) {
        portal = await startPortal(opts.host, opts.portBase, portTable(sandboxes), io).catch(
          async (error: unknown) => {
            await Promise.all([handle.close(), ...started.map((c) => c.stop())]);
            throw error;
          },
        );
      }
      io.stdout(`iotdock: ready\n${readyTable(handle.sandboxes, portal?.url)}`);
      for (const line of started.flatMap((c) => c.lines)) io.stdout(`${line}\n`);
      if (opts.clockControl)
        io.stdout(
          `iotdock: clock control on: POST {"advanceSeconds": n} or {"reset": true} to ${CLOCK_PATH} on any sandbox\n`,
        );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          void Promise.all([handle.close(), portal?.close(), ...started.map((c) => c.stop())]).then(() =>
            resolve(),
          );
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      requests.flush();
      io.stdout("iotdock: stopped\n");
    },
  );

  program
    .command("docs")
    .description("Write the docs portal (every spec rendered, signing walkthroughs, errata) as static files.")
    .requiredOption("--out <dir>", "directory to write (created if missing)")
    .action(async (opts: { out: string }) => {
      const files = await copyPortal(opts.out);
      io.stdout(`iotdock: wrote ${files} files of the docs portal to ${opts.out}\n`);
    });

  const login = program
    .command("login")
    .description("Log in to a vendor and print the vendor's data as JSON.");
  for (const cli of clis) {
    if (!cli.login) continue;
    const spec = cli.login;
    const command = login
      .command(cli.vendor)
      .description(spec.summary)
      .addOption(
        new Option("--base-url <url>", `vendor or sandbox base URL (default: $${spec.baseUrlVariable})`),
      );
    spec.configure(command).action(async (opts: Record<string, string | undefined>) => {
      const baseUrl = opts.baseUrl ?? io.env[spec.baseUrlVariable];
      if (!baseUrl) {
        throw new IotdockError(`no base URL: pass --base-url or set ${spec.baseUrlVariable}`, {
          vendor: cli.vendor,
          operation: "login",
        });
      }
      const data = await spec.run(opts, {
        baseUrl,
        env: io.env,
        note: (line) => io.stderr(`iotdock: ${line}\n`),
        readStdin: io.stdin ?? readProcessStdin,
      });
      io.stdout(`${JSON.stringify(data, null, 2)}\n`);
    });
  }
  addContractCommands(program, { clis, contracts, io });
  return program;
}

/** The table after `iotdock: ready`: what runs where, and which variables set its credentials (names only). */
/** Commander's property name of a `--flag-name` option. */
const camelCase = (flag: string) =>
  flag.replace(/^--/, "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

function readyTable(sandboxes: RunningSandbox[], docsUrl: string | undefined): string {
  const rows: [string, string, string][] = [];
  if (docsUrl) rows.push(["docs", docsUrl, "API docs, signing walkthroughs, errata"]);
  for (const s of sandboxes) rows.push([s.vendor, s.url, s.variables.join(", ")]);
  const width = (i: 0 | 1) => Math.max(...rows.map((r) => r[i].length));
  return rows.map((r) => `  ${r[0].padEnd(width(0))}  ${r[1].padEnd(width(1))}  ${r[2]}\n`).join("");
}

/** The docs portal built by `npm run build` (dist/docs), from both src/cli and dist/cli. */
const portalDir = fileURLToPath(new URL("../../dist/docs/", import.meta.url));

/** Builds the docs portal (a clone has scripts/docs.mjs; an installed package does not). */
const portalBuilder = fileURLToPath(new URL("../../scripts/docs.mjs", import.meta.url));

/**
 * Serves the docs portal on the port base. When it is not built yet but can be (a clone), it is
 * built in the background and served as soon as it is: the sandboxes do not wait for Redoc.
 */
async function startPortal(host: string, portBase: number, table: string, io: CliIo) {
  const built = existsSync(join(portalDir, "index.html"));
  if (!built && !existsSync(portalBuilder)) {
    io.stderr(
      "iotdock: docs portal not in this install (build it in a clone: npm run docs); starting without it\n",
    );
    return undefined;
  }
  await mkdir(portalDir, { recursive: true });
  const portal = await servePortal({ dir: portalDir, host, port: portBase }).catch(
    (error: NodeJS.ErrnoException) => {
      throw error.code === "EADDRINUSE" ? new PortInUseError("docs portal", host, portBase, table) : error;
    },
  );
  const url = portal.url.replace(/\/$/, "");
  if (built) {
    io.stdout(`iotdock: docs portal ready at ${url}\n`);
    return { url, close: portal.close };
  }
  io.stdout(`iotdock: docs portal building in the background, at ${url} when done\n`);
  const build = spawn(process.execPath, [portalBuilder, "--out", portalDir], { stdio: "ignore" });
  build.on("exit", (code) =>
    io.stdout(
      code === 0
        ? `iotdock: docs portal ready at ${url}\n`
        : `iotdock: docs portal build failed (exit ${code}); run npm run docs to see why\n`,
    ),
  );
  return {
    url,
    close: async () => {
      build.kill();
      await portal.close();
    },
  };
}

async function copyPortal(out: string): Promise<number> {
  if (!existsSync(join(portalDir, "index.html"))) {
    throw new IotdockError("docs portal not built: run `npm run build` first", {
      vendor: "iotdock",
      operation: "docs",
    });
  }
  await mkdir(out, { recursive: true });
  const names = (await readdir(portalDir)).filter((n) => !n.startsWith("."));
  for (const name of names) await cp(join(portalDir, name), join(out, name), { recursive: true });
  return names.length;
}

/** Runs the CLI; returns the exit code. Errors become one line on stderr. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const program = await buildProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof ContractFailed) return 1;
    if (
      error instanceof IotdockError ||
      error instanceof PortInUseError ||
      error instanceof UnknownVendorError
    ) {
      io.stderr(`iotdock: ${error.message}\n`);
      return 1;
    }
    io.stderr(`iotdock: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  process.exitCode = await main(process.argv.slice(2));
}
