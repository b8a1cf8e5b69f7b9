import type { EventEmitter } from "node:events";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * Dredd (14.1.0) through its JS API, with iotdock's hooks (contract-tests/dredd/hooks.cjs): several
 * runs in one process cost one load of Dredd instead of one per run (a Dredd process takes over a
 * second of CPU before it sends anything). Its log goes to memory (`dreddLog`).
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const HOOKS = "contract-tests/dredd/hooks.cjs";

export interface DreddStats {
  tests: number;
  passes: number;
  failures: number;
  errors: number;
  skipped: number;
}
interface DreddTest {
  title: string;
  message?: string;
}
interface DreddInstance {
  configuration: { emitter: EventEmitter };
  run(done: (error: Error | null | undefined, stats: DreddStats) => void): void;
}
export type DreddConstructor = new (config: Record<string, unknown>) => DreddInstance;
interface WinstonLogger extends EventEmitter {
  transports: { console: { silent: boolean } };
}

/** Dredd's warnings and errors (hook-file errors, connection errors, …) from every run. */
export const dreddLog: string[] = [];

export function loadDredd(): DreddConstructor {
  const require = createRequire(import.meta.url);
  // Loading winston 2 (Dredd's logger) makes Node warn about a circular require: not ours to fix.
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    const Dredd = require("dredd") as DreddConstructor;
    // Dredd logs through two process-wide winston loggers writing to the console. Keep their
    // lines in memory instead (a silent transport still emits "logging").
    for (const id of ["dredd/build/logger", "dredd/build/reporters/reporterOutputLogger"]) {
      const logger = (require(id) as { default: WinstonLogger }).default;
      logger.transports.console.silent = true;
      logger.on("logging", (_transport: unknown, level: string, message: string) => {
        // Parser warnings are about OpenAPI keys Dredd does not support: many, and expected.
        const parserWarning = message.startsWith("API description parser warning");
        if ((level === "warn" || level === "error") && !parserWarning) dreddLog.push(`${level}: ${message}`);
      });
    }
    return Dredd;
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** What the hooks record per transaction (contract-tests/dredd/hooks.cjs, afterEach). */
export interface HookRecord {
  name: string;
  vendor?: string;
  operationId?: string;
  signed?: boolean;
  schema?: boolean;
  skipped?: string;
  envelope?: unknown;
  valid: boolean | null;
  /** What gavel found, `field: message`. */
  errors: string[];
  fail?: string;
  error?: string;
}

export interface DreddRun {
  label: string;
  error: string | undefined;
  stats: DreddStats;
  /** Transaction titles by outcome, from Dredd's events, with the failure messages. */
  passed: string[];
  failed: { title: string; message: string }[];
  skipped: string[];
  errors: string[];
  records: HookRecord[];
  ms: number;
}

export function runDredd(
  Dredd: DreddConstructor,
  label: string,
  specPaths: string[],
  endpoint: string,
  options: { schema?: boolean; sessions?: Record<string, string> },
): Promise<DreddRun> {
  const started = performance.now();
  const run: Omit<DreddRun, "error" | "stats" | "ms"> = {
    label,
    passed: [],
    failed: [],
    skipped: [],
    errors: [],
    records: [],
  };
  const dredd = new Dredd({
    endpoint,
    path: specPaths,
    hookfiles: [HOOKS],
    language: "nodejs",
    reporter: [],
    color: false,
    loglevel: "warning",
    custom: {
      cwd: ROOT,
      iotdockSchema: options.schema === false ? "off" : "on",
      // Logins for user tokens go to the sandboxes themselves, not through a proxy that breaks answers.
      iotdockSessions: options.sessions ?? {},
      iotdockRecord: (record: HookRecord) => run.records.push(record),
    },
  });
  const events = dredd.configuration.emitter;
  events.on("test pass", (test: DreddTest) => run.passed.push(test.title));
  events.on("test fail", (test: DreddTest) =>
    run.failed.push({ title: test.title, message: test.message ?? "" }),
  );
  events.on("test skip", (test: DreddTest) => run.skipped.push(test.title));
  events.on("test error", (error: Error, test: DreddTest) =>
    run.errors.push(`${test.title}: ${error.message}`),
  );
  return new Promise((resolve) => {
    dredd.run((error, stats) =>
      resolve({
        ...run,
        error: error ? String(error.message ?? error) : undefined,
        stats: {
          tests: stats.tests,
          passes: stats.passes,
          failures: stats.failures,
          errors: stats.errors,
          skipped: stats.skipped,
        },
        ms: performance.now() - started,
      }),
    );
  });
}

let loaded: DreddConstructor | undefined;

/** One Dredd run of `specPaths` against `endpoint`, with the hooks and the schema check on. */
export function runDreddOnce(specPaths: string[], endpoint: string): Promise<DreddRun> {
  loaded ??= loadDredd();
  return runDredd(loaded, "once", specPaths, endpoint, {});
}
