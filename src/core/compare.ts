import * as crypto from "node:crypto";

/** SHA-256 of the text as UTF-8: the one-shot `crypto.hash` where Node has it (20.12+). */
const digest: (text: string) => Buffer =
  typeof crypto.hash === "function"
    ? (text) => crypto.hash("sha256", text, "buffer")
    : (text) => crypto.createHash("sha256").update(text, "utf8").digest();

/**
 * Constant-time comparison of a received signature (or client secret) with the expected one.
 * Every verifier in iotdock compares through here. Both sides are hashed first, so the time
 * taken does not depend on where they differ, nor on whether their lengths do.
 */
export function constantTimeEqual(expected: string, received: string | null | undefined): boolean {
  if (typeof received !== "string") return false;
  return crypto.timingSafeEqual(digest(expected), digest(received));
}

/**
 * `constantTimeEqual` against one expected value (a credential), its digest computed once: for a
 * verifier that compares the same secret on every request.
 */
export function constantTimeMatcher(expected: string): (received: string | null | undefined) => boolean {
  const want = digest(expected);
  return (received) => typeof received === "string" && crypto.timingSafeEqual(want, digest(received));
}
