#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { formatCases } from "../contract/cases.js";
import { IotdockError } from "../core/errors.js";
import {
  DEFAULT_HOST,
  DEFAULT_PORT_BASE,
  PortInUseError,
  startSandbox,
  UnknownVendorError,
} from "../sandbox/server.js";
import { discoverVendorClis, discoverVendors } from "../sandbox/vendors.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
};

function portNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_530)
    throw new InvalidArgumentError("must be an integer from 0 to 65530");
  return n;
}

function vendorList(value: string): string[] {
  return value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

export async function buildProgram(io: CliIo = defaultIo): Promise<Command> {
  const [sandboxes, clis] = await Promise.all([discoverVendors(), discoverVendorClis()]);
  const vendorNames = sandboxes.map((v) => v.vendor).join(", ");
  const program = new Command("iotdock")
    .description(
      "Dock a customer cloud to IoT vendor clouds: signed clients, verifying sandboxes, contract tests.",
    )
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError();

  const credentialHelp = sandboxes
    .map((v) =>
      v.credentials.map((c) => `  ${c.variable.padEnd(30)} ${c.description} (${v.vendor})`).join("\n"),
    )
    .join("\n");
  program
    .command("sandbox")
    .description(
      "Start the vendor sandboxes: Prism mocks of the specs behind layers that verify signatures like the vendors.",
    )
    .option("--vendors <list>", `comma-separated vendors (default: all: ${vendorNames})`, vendorList)
    .option("--host <host>", "address to listen on", DEFAULT_HOST)
    .option("--port-base <n>", "vendor sandboxes listen on N+1…N+4", portNumber, DEFAULT_PORT_BASE)
    .addHelpText(
      "after",
      `\nPorts: ${sandboxes.map((v) => `${v.vendor} N+${v.portOffset}`).join(", ")}\n\nCredentials (environment; unset means the vendor document's example):\n${credentialHelp}\n`,
    )
    .action(async (opts: { vendors?: string[]; host: string; portBase: number }) => {
      const handle = await startSandbox({
        vendors: opts.vendors,
        host: opts.host,
        portBase: opts.portBase,
        env: io.env,
        log: (line) => io.stdout(`${line}\n`),
      });
      io.stdout("iotdock: ready\n");
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          void handle.close().then(resolve);
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      io.stdout("iotdock: stopped\n");
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
      });
      io.stdout(`${JSON.stringify(data, null, 2)}\n`);
    });
  }
  const contract = program
    .command("contract")
    .description(
      "Check a server against a spec: one line per case, then `N passed, N failed`; exit 1 on any failure.",
    );
  for (const cli of clis) {
    for (const spec of cli.contracts ?? []) {
      const command = contract
        .command(spec.name)
        .description(spec.summary)
        .requiredOption("--server <url>", "the server to check");
      spec.configure(command).action(async (opts: Record<string, string | undefined>) => {
        const cases = await spec.run(opts, {
          server: opts.server ?? "",
          env: io.env,
          note: (line) => io.stderr(`iotdock: ${line}\n`),
        });
        io.stdout(formatCases(cases));
        if (cases.some((c) => !c.pass)) throw new ContractFailed();
      });
    }
  }
  return program;
}

/** Some contract case failed: the lines are printed already; exit 1 without another message. */
class ContractFailed extends Error {}

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
