import { randomInt } from "node:crypto";

/** Current time in Unix milliseconds. Injected everywhere so tests and sandboxes control time. */
export type Clock = () => number;

/** Returns a random string of exactly `length` characters. Injected so signatures are reproducible. */
export type RandomString = (length: number) => string;

export const systemClock: Clock = () => Date.now();

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Cryptographically random alphanumeric string. */
export const secureRandomString: RandomString = (length) => {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return out;
};
