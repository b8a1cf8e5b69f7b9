import { credentialValues } from "../core/credentials.js";
import { ConfigError } from "../core/errors.js";
import type { ApiFacts } from "../core/facts.js";
import { loadApi } from "../core/facts-files.js";
import { discoverDefinitions } from "../sandbox/vendors.js";
import type { ContractCase } from "./cases.js";
import { genericCases } from "./generic.js";
import { credentialsByKey } from "./requests.js";
import { specValidator } from "./spec.js";
import type { CaseState, ContractTarget, Expectation, VendorContract } from "./types.js";

export interface RunOptions {
  /** Run the cases that change vendor state (register, password update, logout). */
  allowWrites?: boolean;
  /**
   * The spec's example requests must succeed (a sandbox, which accepts any example); off for a
   * live vendor, where an example's account or device may not exist and a documented code is fine.
   */
  strict?: boolean;
}

const describe = (expect: Expectation, strict: boolean) =>
  expect === "success"
    ? "success"
    : expect === "documented"
      ? strict
        ? "success (or, for a write, a code the spec lists for it)"
        : "success or a code the spec lists for it"
      : expect === "refused"
        ? "a refusal (any code but success)"
        : `code ${expect.codes.join(" or ")}`;

/**
 * Whether a refusal of an operation's own example is acceptable: a code the spec lists for it that
 * is about the vendor's data (an unknown device, a phone registered already), never one that says
 * the request was not signed or authorised right; a code only the sandbox answers, only from a
 * sandbox (`strict`) and for an operation that answers from its state (the example's record is
 * not there).
 */
function acceptableRefusal(
  api: ApiFacts,
  operation: string,
  code: string | number,
  sandbox: boolean,
): boolean {
  const entry = api.codes.get(String(code));
  if (!entry || entry.kind === "authentication" || entry.kind === "invalid-token") return false;
  // A sandbox's own code is acceptable from a sandbox only, for an operation that reads its state.
  if (entry.sandboxOnly) return sandbox && (api.byId.get(operation)?.state.length ?? 0) > 0;
  return api.answers(code, operation);
}

/**
 * Whether a refusal of an operation's example request is a documented answer (the contract runner's
 * "documented" expectation, and the Dredd hooks'). Against a sandbox (`strict`), only an operation
 * that changes state (a second run) or answers from the sandbox's state (`x-iotdock-state`: the
 * example's device may not be this user's) may refuse its example.
 */
export function refusalAccepted(
  api: ApiFacts,
  operation: string,
  code: string | number,
  strict: boolean,
): boolean {
  const op = api.byId.get(operation);
  const stateful = !op?.idempotent || (op?.state.length ?? 0) > 0;
  return acceptableRefusal(api, operation, code, strict) && (!strict || stateful);
}

/** Problems of an answer's reading against what the case expects. */
function expectationProblems(
  reading: { ok: boolean; code: string | number },
  expect: Expectation,
  api: ApiFacts,
  operation: string,
  strict: boolean,
): string[] {
  if (expect === "success") return reading.ok ? [] : ["expected success"];
  if (expect === "refused") return reading.ok ? ["expected a refusal"] : [];
  if (expect === "documented") {
    if (reading.ok) return [];
    if (refusalAccepted(api, operation, reading.code, strict)) return [];
    return [`code ${reading.code} is not an acceptable answer to ${operation}'s example`];
  }
  return expect.codes.map(String).includes(String(reading.code))
    ? []
    : [`expected ${describe(expect, strict)}`];
}

/**
 * Runs a vendor's contract against a target: the generic cases of every operation of its specs,
 * then its own flows, in order. Every answer must be valid against the spec's response schema and
 * carry the expected result; a case's request body is never printed.
 */
export async function runContract(
  contract: VendorContract,
  target: ContractTarget,
  options: RunOptions = {},
): Promise<ContractCase[]> {
  const vendor = (await discoverDefinitions()).find((v) => v.name === contract.vendor);
  if (!vendor)
    throw new ConfigError(`no vendor definition for ${contract.vendor}`, {
      vendor: contract.vendor,
      operation: "contract",
    });
  const apis = vendor.apis.map((api) => loadApi(api.name));
  const validators = new Map(vendor.apis.map((api) => [api.name, specValidator(api.name)]));
  const strict = options.strict ?? false;
  const credentials = credentialsByKey(vendor, target.values);
  const all = [
    ...genericCases(vendor, contract, apis, { ...target, credentials }),
    ...contract.cases(target),
  ];
  const state: CaseState = {};
  const results: ContractCase[] = [];
  for (const c of all) {
    const api = apis.find((a) => a.byId.has(c.operation)) ?? (apis[0] as ApiFacts);
    const name = `${contract.vendor} ${c.operation}: ${c.name}`;
    const expected = `HTTP 200, ${describe(c.expect, strict)}, valid against ${api.name}`;
    if (c.writes && !options.allowWrites) {
      results.push({
        name,
        expected,
        got: "not run: changes vendor state (use --allow-writes)",
        pass: true,
        skipped: true,
      });
      continue;
    }
    let answer: Awaited<ReturnType<typeof c.run>>;
    try {
      answer = await c.run(state);
    } catch (error) {
      results.push({
        name,
        expected,
        got: `no answer (${error instanceof Error ? error.message : String(error)})`,
        pass: false,
      });
      continue;
    }
    if ("skip" in answer) {
      results.push({ name, expected, got: `not run: ${answer.skip}`, pass: true, skipped: true });
      continue;
    }
    const reading = api.read(answer.body);
    const got = `HTTP ${answer.status}, ${reading ? (reading.ok ? "success" : `code ${reading.code}`) : "no envelope"}`;
    const problems = (
      validators.get(api.name)?.responseErrors(c.operation, answer.status, answer.body) ?? []
    ).map((p) => `schema: ${p}`);
    if (!reading) problems.push(`not a ${contract.vendor} envelope`);
    else problems.push(...expectationProblems(reading, c.expect, api, c.operation, strict));
    results.push({
      name,
      expected,
      got: problems.length ? `${got} (${problems.join("; ")})` : got,
      pass: !problems.length,
    });
  }
  return results;
}

/** The variables a live run lacks (no defaults apply to a real vendor). */
export function missingVariables(
  contract: VendorContract,
  env: Record<string, string | undefined>,
): string[] {
  return [contract.baseUrlVariable, ...contract.variables.map((v) => v.variable)].filter(
    (name) => !env[name],
  );
}

/** Values for a run: the environment, else (for sandboxes only) each variable's default. */
export function targetValues(
  contract: VendorContract,
  env: Record<string, string | undefined>,
  defaults: boolean,
): ContractTarget["values"] {
  return credentialValues(contract.variables, env, defaults);
}

export type { ContractTarget };
