import { credentialValues } from "../core/credentials.js";
import type { ContractCase } from "./cases.js";
import { specValidator } from "./spec.js";
import type { CaseState, ContractTarget, VendorContract } from "./types.js";

export interface RunOptions {
  /** Run the cases that change vendor state (register, password update, logout). */
  allowWrites?: boolean;
}

const describe = (expect: "success" | { codes: (string | number)[] }) =>
  expect === "success" ? "success" : `code ${expect.codes.join(" or ")}`;

/**
 * Runs a vendor's contract cases in order against a target. Every answer must be valid against
 * the spec's response schema and carry the expected result; a case's request body is never printed.
 */
export async function runContract(
  contract: VendorContract,
  target: ContractTarget,
  options: RunOptions = {},
): Promise<ContractCase[]> {
  const validator = specValidator(contract.specFile);
  const state: CaseState = {};
  const results: ContractCase[] = [];
  for (const c of contract.cases(target)) {
    const name = `${contract.vendor} ${c.operation}: ${c.name}`;
    const expected = `HTTP 200, ${describe(c.expect)}, valid against ${contract.specFile}`;
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
    const reading = contract.read(answer.body);
    const got = `HTTP ${answer.status}, ${reading ? (reading.ok ? "success" : `code ${reading.code}`) : "no envelope"}`;
    const problems = validator
      .responseErrors(c.operation, answer.status, answer.body)
      .map((p) => `schema: ${p}`);
    if (!reading) problems.push(`not a ${contract.vendor} envelope`);
    else if (c.expect === "success" && !reading.ok) problems.push("expected success");
    else if (c.expect !== "success" && !c.expect.codes.map(String).includes(String(reading.code)))
      problems.push(`expected ${describe(c.expect)}`);
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
