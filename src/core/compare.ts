import { timingSafeEqual } from "node:crypto";

/**
 * Constant-time comparison of a received signature (or client secret) with the expected one.
 * Every verifier in iotdock compares through here.
 */
export function constantTimeEqual(expected: string, received: string | null | undefined): boolean {
  if (typeof received !== "string") return false;
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(received, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
