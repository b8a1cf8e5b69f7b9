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

interface RunFlags {
  server?: string;
  live?: boolean;
  allowWrites?: boolean;
  allowSkip?: boolean;
}

/** One vendor's run: its cases, or (a live run without its variables) the skip that replaced them. */
interface VendorRun {
  cases: ContractCase[];
  skipped?: ContractCase;
}

const reporterOptions = (command: Command) =>
  command
    .addOption(
      new Option("--reporter <name>", "lines (default) or junit (with --output)")
        .choices(["lines", "junit"])
        .default("lines"),
    )
    .option("--output <file>", "write the JUnit XML report here (with --reporter junit)");

/** Why a live run checked nothing, and what to do: its error line. */
function nothingChecked(runs: VendorRun[]): string {
  const skipped = runs.filter((r) => r.skipped).length;
  const accept = "or pass --allow-skip to accept a run that checks nothing";
  if (!skipped) return `no case ran (every case was skipped: see the SKIP lines); ${accept}`;
  const which =
    skipped < runs.length
      ? `${skipped} of ${runs.length} vendors were skipped (variables missing) and the others ran no case`
      : runs.length === 1
        ? "the vendor was skipped (variables missing)"
        : "every vendor was skipped (variables missing)";
  return `${which}; set the variables named above, ${accept}`;
}

/**
 * Prints one line per case and the summary; writes JUnit XML when asked (a skipped vendor is a
 * skipped testcase); fails on any failure, and (with --live, unless --allow-skip) when no case ran.
 */
async function report(
  suite: string,
  runs: VendorRun[],
  options: ReportOptions & Pick<RunFlags, "live" | "allowSkip">,
  io: CliIo,
) {
  const cases = runs.flatMap((r) => r.cases);
  io.stdout(formatCases(cases));
  if (options.reporter === "junit") {
    if (!options.output)
      throw new IotdockError("--reporter junit needs --output FILE", {
        vendor: "iotdock",
        operation: "contract",
      });
    await writeFile(
      options.output,
      junitXml(
        suite,
        runs.flatMap((r) => (r.skipped ? [r.skipped] : r.cases)),
      ),
    );
    io.stdout(`iotdock: wrote ${options.output}\n`);
  }
  if (cases.some((c) => !c.pass)) throw new ContractFailed();
  if (options.live && !options.allowSkip && cases.every((c) => c.skipped))
    throw new IotdockError(`--live checked nothing: ${nothingChecked(runs)}`, {
      vendor: "iotdock",
      operation: "contract",
    });
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

  const runVendor = async (c: VendorContract, opts: RunFlags): Promise<VendorRun> => {
    if (opts.live) {
      const missing = missingVariables(c, io.env);
      if (missing.length) {
        // Names only: a variable's value may be a secret.
        const reason = `live run needs ${missing.join(", ")}`;
        io.stdout(`SKIP  ${c.vendor}: ${reason}\n`);
        return {
          cases: [],
          skipped: {
            name: `${c.vendor}: live run`,
            expected: `every variable of a live run of ${c.vendor} set`,
            got: `not run: ${reason}`,
            pass: true,
            skipped: true,
          },
        };
      }
    }
    const baseUrl = opts.server ?? io.env[c.baseUrlVariable];
    if (!baseUrl)
      throw new IotdockError(`no server: pass --server URL (or --live with ${c.baseUrlVariable} set)`, {
        vendor: c.vendor,
        operation: "contract",
      });
    return {
      cases: await runContract(
        c,
        { baseUrl, values: targetValues(c, io.env, !opts.live) },
        { allowWrites: opts.allowWrites, strict: !opts.live },
      ),
    };
  };

  const common = (command: Command) =>
    reporterOptions(
      command
        .option(
          "--live",
          "the real vendor: base URL and every credential from the environment, no defaults; skips a vendor with one line when any is missing; exit 1 when no case ran",
        )
        .option("--allow-skip", "with --live: exit 0 even when no case ran (every vendor skipped)")
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
    ).action(async (opts: RunFlags & ReportOptions) => {
      await report(c.vendor, [await runVendor(c, opts)], opts, io);
    });
  }

  common(
    contract
      .command("all")
      .description("every vendor's contract suite (with --live: each vendor whose variables are set)"),
  ).action(async (opts: RunFlags & ReportOptions) => {
    const runs: VendorRun[] = [];
    for (const c of contracts) runs.push(await runVendor(c, opts));
    await report("iotdock", runs, opts, io);
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
        await report(spec.name, [{ cases }], opts, io);
      });
    }
  }
}
