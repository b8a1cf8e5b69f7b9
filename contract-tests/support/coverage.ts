import { specValidator } from "./spec.js";

/**
 * Which operations of a spec were not seen answering both a success and an error, given the
 * exchanges a sandbox test recorded (each already checked against the spec's response schema).
 */
export function uncovered(
  specFile: string,
  seen: { operation: string; ok: boolean }[],
  only?: readonly string[],
): string[] {
  const missing: string[] = [];
  for (const { operationId } of specValidator(specFile).operations) {
    if (only && !only.includes(operationId)) continue;
    if (!seen.some((e) => e.operation === operationId && e.ok)) missing.push(`${operationId} success`);
    if (!seen.some((e) => e.operation === operationId && !e.ok)) missing.push(`${operationId} error`);
  }
  return missing;
}
