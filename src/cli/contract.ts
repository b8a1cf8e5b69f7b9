import { writeFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import { type ContractCase, formatCases } from "../contract/cases.js";
import { junitXml } from "../contract/junit.js";
import { missingVariables, runContract, targetValues } from "../contract/run.js";
import type { VendorContract } from "../contract/types.js";
import { IotdockError } from "../core/errors.js";
import type { CliIo } from "./main.js";
import type { VendorCli } from "./types.js";

/** Some contract case failed: the lines are printed already; exit 1 without another message. */
export class ContractFailed extends Error {}

interface ReportOptions {
  reporter: "lines" | "junit";
  output?: string;
}

const reporterOptions = (command: Command) =>
  command
    .addOption(
      new Option("--reporter <name>", "lines (default) or junit (with --output)")
        .choices(["lines", "junit"])
        .default("lines"),
    )
    .option("--output <file>", "write the JUnit XML report here (with --reporter junit)");

/** Prints one line per case and the summary; writes JUnit XML when asked; fails on any failure. */
async function report(suite: string, cases: ContractCase[], options: ReportOptions, io: CliIo) {
  io.stdout(formatCases(cases));
  if (options.reporter === "junit") {
    if (!options.output)
      throw new IotdockError("--reporter junit needs --output FILE", {
        vendor: "iotdock",
        operation: "contract",
      });
    await writeFile(options.output, junitXml(suite, cases));
    io.stdout(`iotdock: wrote ${options.output}\n`);
  }
  if (cases.some((c) => !c.pass)) throw new ContractFailed();
}

/**
 * `iotdock contract <vendor>` for every vendor with a contract suite, `iotdock contract all`, and
 * the vendors' own contract commands (e.g. `haier-callback`).
 */
export function addContractCommands(
  program: Command,
  { clis, contracts, io }: { clis: VendorCli[]; contracts: VendorContract[]; io: CliIo },
) {
  const contract = program
    .command("contract")
    .description(
      "Check a server against a vendor's spec: one line per case, then `N passed, N failed`; exit 1 on any failure.",
    );

  const runVendor = async (
    c: VendorContract,
    opts: { server?: string; live?: boolean; allowWrites?: boolean },
  ): Promise<ContractCase[]> => {
    if (opts.live) {
      const missing = missingVariables(c, io.env);
      if (missing.length) {
        io.stdout(`SKIP  ${c.vendor}: live run needs ${missing.join(", ")}\n`);
        return [];
      }
    }
    const baseUrl = opts.server ?? io.env[c.baseUrlVariable];
    if (!baseUrl)
      throw new IotdockError(`no server: pass --server URL (or --live with ${c.baseUrlVariable} set)`, {
        vendor: c.vendor,
        operation: "contract",
      });
    return runContract(
      c,
      { baseUrl, values: targetValues(c, io.env, !opts.live) },
      { allowWrites: opts.allowWrites, strict: !opts.live },
    );
  };

  const common = (command: Command) =>
    reporterOptions(
      command
        .option(
          "--live",
          "the real vendor: base URL and every credential from the environment, no defaults; skips with one line when any is missing",
        )
        .option(
          "--allow-writes",
          "also run the cases that change vendor state (register, password update, logout)",
        ),
    );

  for (const c of contracts) {
    common(
      contract
        .command(c.vendor)
        .description(
          `every operation of ${c.vendor}'s specs (its example, a wrong signature, a foreign token) and ${c.vendor}'s flows`,
        )
        .option("--server <url>", `the server to check (default with --live: $${c.baseUrlVariable})`)
        .addHelpText(
          "after",
          `\nVariables (unset: the sandbox's defaults; --live needs them all):\n  ${c.baseUrlVariable}\n${c.variables
            .map((v) => `  ${v.variable.padEnd(34)} ${v.description}`)
            .join("\n")}\n`,
        ),
    ).action(async (opts: { server?: string; live?: boolean; allowWrites?: boolean } & ReportOptions) => {
      await report(c.vendor, await runVendor(c, opts), opts, io);
    });
  }

  common(
    contract
      .command("all")
      .description("every vendor's contract suite (with --live: each vendor whose variables are set)"),
  ).action(async (opts: { live?: boolean; allowWrites?: boolean } & ReportOptions) => {
    const cases: ContractCase[] = [];
    for (const c of contracts) cases.push(...(await runVendor(c, opts)));
    await report("iotdock", cases, opts, io);
  });

  for (const cli of clis) {
    for (const spec of cli.contracts ?? []) {
      const command = reporterOptions(
        contract
          .command(spec.name)
          .description(spec.summary)
          .requiredOption("--server <url>", "the server to check"),
      );
      spec.configure(command).action(async (opts: Record<string, string | undefined> & ReportOptions) => {
        const cases = await spec.run(opts, {
          server: opts.server ?? "",
          env: io.env,
          note: (line) => io.stderr(`iotdock: ${line}\n`),
        });
        await report(spec.name, cases, opts, io);
      });
    }
  }
}
