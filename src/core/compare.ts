import { timingSafeEqual } from "node:crypto";
import { digest } from "./sign-steps.js";

/** SHA-256 of the text as UTF-8. */
const sha256 = (text: string): Buffer => digest("sha256", text, "buffer");

/**
 * Constant-time comparison of a received secret (a password, a code, a client secret) with the
 * expected one. Both sides are hashed first, so the time taken does not depend on where they
 * differ, nor on whether their lengths do. Signatures, whose length is public, compare through
 * `signatureEqual`.
 */
export function constantTimeEqual(expected: string, received: string | null | undefined): boolean {
  return constantTimeMatcher(expected)(received);
}

/**
 * `constantTimeEqual` against one expected value (a credential), its digest computed once: for a
 * verifier that compares the same secret on every request.
 */
export function constantTimeMatcher(expected: string): (received: string | null | undefined) => boolean {
  const want = sha256(expected);
  return (received) => typeof received === "string" && timingSafeEqual(want, sha256(received));
}

/**
 * Constant-time comparison of a received signature with the expected one, for signatures whose
 * length the algorithm fixes (hex or Base64 of a digest: the length is public). Unequal lengths
 * are unequal at once; equal lengths are compared in full, every character, whatever differs.
 * Costs no hashing, unlike `constantTimeEqual`, which secrets of any length need.
 */
export function signatureEqual(expected: string, received: string | null | undefined): boolean {
  if (typeof received !== "string" || received.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= expected.charCodeAt(i) ^ received.charCodeAt(i);
  return difference === 0;
}
