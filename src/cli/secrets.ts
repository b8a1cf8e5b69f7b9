import { readFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import { IotdockError } from "../core/errors.js";

/**
 * A secret a CLI command needs from the user (a password): read from standard input, a file or
 * the environment, never wanted on the command line, where `ps` shows it to every user of the
 * machine and the shell keeps it in its history.
 */
export interface SecretInput {
  /** Option stem: `password` gives `--password-stdin`, `--password-file` and `--password`. */
  name: string;
  /** Environment variable read when no option is given, e.g. QUECTEL_PASSWORD. */
  variable: string;
  /** What the secret is, for --help: "the user's plaintext password". */
  description: string;
  /** For errors: which vendor and operation asked. */
  vendor: string;
  operation: string;
}

export interface SecretContext {
  env: Record<string, string | undefined>;
  /** All of standard input as text. */
  readStdin: () => Promise<string>;
  /** One line on stderr. */
  note: (line: string) => void;
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Adds `--NAME-stdin`, `--NAME-file <file>` and the warned-about `--NAME <value>`, with help. */
export function addSecretOptions(command: Command, input: SecretInput): Command {
  const { name, variable, description } = input;
  return command
    .option(`--${name}-stdin`, `read ${description} from standard input (one line)`)
    .option(`--${name}-file <file>`, `read ${description} from a file (one line)`)
    .addOption(
      new Option(
        `--${name} <${name}>`,
        `insecure, prints a warning: the value shows in \`ps\` and in shell history; use --${name}-stdin, --${name}-file or ${variable}`,
      ),
    )
    .addHelpText(
      "after",
      `\n${description[0]?.toUpperCase()}${description.slice(1)}: --${name}-stdin, --${name}-file FILE, or the environment variable ${variable}; not on the command line.`,
    );
}

/** Standard input of this process, to its end. */
export async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The secret from the option the user chose (at most one), else from the environment variable.
 * One trailing line break is dropped (`echo`, files); anything else multi-line, or nothing at all,
 * is refused. Error texts never hold the secret.
 */
export async function readSecret(
  options: Record<string, unknown>,
  input: SecretInput,
  context: SecretContext,
): Promise<string> {
  const { name, variable } = input;
  const fail = (message: string, cause?: unknown) =>
    new IotdockError(message, { vendor: input.vendor, operation: input.operation, cause });
  const inline = options[camel(name)];
  const fromStdin = options[`${camel(name)}Stdin`] === true;
  const file = options[`${camel(name)}File`];
  const given = [
    inline !== undefined && `--${name}`,
    fromStdin && `--${name}-stdin`,
    file !== undefined && `--${name}-file`,
  ].filter((g): g is string => typeof g === "string");
  if (given.length > 1) throw fail(`give only one of ${given.join(", ")}`);

  let value: string | undefined;
  let source: string;
  if (inline !== undefined) {
    context.note(
      `warning: --${name} on the command line is visible to other users (ps) and stays in your shell history; use --${name}-stdin, --${name}-file FILE or ${variable}`,
    );
    value = String(inline);
    source = `--${name}`;
  } else if (fromStdin) {
    value = await context.readStdin();
    source = "standard input";
  } else if (file !== undefined) {
    try {
      value = await readFile(String(file), "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
      throw fail(`cannot read --${name}-file ${String(file)} (${code})`, error);
    }
    source = `--${name}-file`;
  } else {
    value = context.env[variable];
    source = variable;
  }
  value = value?.replace(/\r?\n$/, "");
  if (!value) {
    throw fail(
      source === variable
        ? `no ${name}: pass --${name}-stdin or --${name}-file FILE, or set ${variable}`
        : `no ${name}: ${source} is empty`,
    );
  }
  if (/[\r\n]/.test(value)) throw fail(`the ${name} from ${source} is more than one line`);
  return value;
}
