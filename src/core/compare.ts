import { createHash, timingSafeEqual } from "node:crypto";

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/**
 * Constant-time comparison of a received signature (or client secret) with the expected one.
 * Every verifier in iotdock compares through here. Both sides are hashed first, so the time
 * taken does not depend on where they differ, nor on whether their lengths do.
 */
export function constantTimeEqual(expected: string, received: string | null | undefined): boolean {
  if (typeof received !== "string") return false;
  return timingSafeEqual(digest(expected), digest(received));
}
