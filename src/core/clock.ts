import { randomBytes } from "node:crypto";

/** Current time in Unix milliseconds. Injected everywhere so tests and sandboxes control time. */
export type Clock = () => number;

/** Returns a random string of exactly `length` characters. Injected so signatures are reproducible. */
export type RandomString = (length: number) => string;

export const systemClock: Clock = () => Date.now();

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Random bytes are drawn 4 KiB at a time: one system call serves many strings. */
let pool = Buffer.alloc(0);
let offset = 0;
function nextByte(): number {
  if (offset >= pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  return pool[offset++] as number;
}

/** Cryptographically random alphanumeric string. */
export const secureRandomString: RandomString = (length) => {
  // Rejection sampling over random bytes: uniform over the 62 characters.
  let out = "";
  while (out.length < length) {
    const byte = nextByte();
    if (byte < 248) out += ALPHANUMERIC[byte % 62];
  }
  return out;
};
