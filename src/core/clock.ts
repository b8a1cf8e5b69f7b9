import { randomBytes } from "node:crypto";

/** Current time in Unix milliseconds. Injected everywhere so tests and sandboxes control time. */
export type Clock = () => number;

/** Returns a random string of exactly `length` characters. Injected so signatures are reproducible. */
export type RandomString = (length: number) => string;

export const systemClock: Clock = () => Date.now();

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Cryptographically random alphanumeric string. */
export const secureRandomString: RandomString = (length) => {
  // Rejection sampling over random bytes: uniform over the 62 characters, one syscall per string.
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHANUMERIC[byte % 62];
    }
  }
  return out;
};
