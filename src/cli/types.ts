import type { Command } from "commander";
import type { ContractCase } from "../contract/cases.js";

export interface LoginCommand {
  /** One line for `iotdock login --help`. */
  summary: string;
  /** Environment variable for the base URL (used when --base-url is not given). */
  baseUrlVariable: string;
  /** Adds the vendor's own options to `iotdock login <vendor>`. */
  configure(command: Command): Command;
  /**
   * Runs the login against `baseUrl` and returns the vendor's `data`.
   * `note` prints a line on stderr (never a secret); `readStdin` reads all of standard input (for
   * secrets: see secrets.ts).
   */
  run(
    options: Record<string, string | undefined>,
    context: {
      baseUrl: string;
      env: Record<string, string | undefined>;
      note: (line: string) => void;
      readStdin: () => Promise<string>;
    },
  ): Promise<unknown>;
}

export interface ContractCommand {
  /** `iotdock contract <name>`, e.g. `haier-callback`. */
  name: string;
  summary: string;
  /** Adds the command's own options (besides --server). */
  configure(command: Command): Command;
  run(
    options: Record<string, string | undefined>,
    context: { server: string; env: Record<string, string | undefined>; note: (line: string) => void },
  ): Promise<ContractCase[]>;
}

/**
 * An optional companion of a vendor's sandbox that `iotdock sandbox --<flag>` starts (Quectel's
 * `--messages`: a local RabbitMQ): settings for the sandbox before it starts, the companion after.
 */
export interface SandboxCompanion {
  /** The option, e.g. `--messages`. */
  flag: string;
  description: string;
  /** Environment the sandboxes start with (e.g. the broker's URL). */
  prepare(): Promise<{ env: Record<string, string> }>;
  /** Starts the companion once the sandboxes listen; its lines are printed, `stop` ends it. */
  start(
    sandboxes: { vendor: string; url: string }[],
    progress: (line: string) => void,
  ): Promise<{ lines: string[]; stop(): Promise<void> }>;
}

/** What a vendor folder exports as `cli` from its cli.ts. */
export interface VendorCli {
  vendor: string;
  login?: LoginCommand;
  contracts?: ContractCommand[];
  sandbox?: SandboxCompanion[];
}
