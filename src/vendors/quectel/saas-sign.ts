import { createHash } from "node:crypto";

/**
 * Quectel's SaaS credentials rule (spec quectel-saas: "The login rule"), used by the AccessKey login
 * and, unchanged, by the AMQP connection of the device-message queues: a username that names the
 * AccessKey and a millisecond timestamp, and a password that is the lower-case hex SHA-256 of that
 * username followed by the AccessSecret. Pure functions: the time is given.
 */

export interface SaasCredentials {
  accessKey: string;
  accessSecret: string;
}

/** The timestamp in the username may differ from the server's clock by at most this much (10 minutes). */
export const SAAS_TIMESTAMP_WINDOW_MS = 10 * 60 * 1000;

/** `ver=1&auth_mode=accessKey&sign_method=sha256&access_key=<AccessKey>&timestamp=<ms>`. */
export function saasUsername(accessKey: string, timestampMs: number): string {
  return `ver=1&auth_mode=accessKey&sign_method=sha256&access_key=${accessKey}&timestamp=${timestampMs}`;
}

/** hex(SHA-256(username + AccessSecret)), over the username before any percent-encoding. */
export function saasPassword(username: string, accessSecret: string): string {
  return createHash("sha256")
    .update(username + accessSecret, "utf8")
    .digest("hex");
}

/** The username and password of a login or AMQP connection at `timestampMs`. */
export function saasLogin(
  credentials: SaasCredentials,
  timestampMs: number,
): { username: string; password: string } {
  const username = saasUsername(credentials.accessKey, timestampMs);
  return { username, password: saasPassword(username, credentials.accessSecret) };
}

export interface SaasUsernameFields {
  accessKey: string;
  timestampMs: number;
}

/**
 * The AccessKey and timestamp a username names, or why it is not one of the rule (fields in any
 * order, as the page allows; `ver=1`, `auth_mode=accessKey`, `sign_method=sha256`).
 */
export function parseSaasUsername(username: string): SaasUsernameFields | string {
  const fields = new URLSearchParams(username);
  const fixed = { ver: "1", auth_mode: "accessKey", sign_method: "sha256" } as const;
  for (const [name, value] of Object.entries(fixed))
    if (fields.get(name) !== value) return `username: ${name} must be ${value}`;
  const accessKey = fields.get("access_key");
  if (!accessKey) return "username: access_key missing";
  const timestamp = fields.get("timestamp") ?? "";
  if (!/^\d{1,16}$/.test(timestamp)) return "username: timestamp missing or not milliseconds";
  return { accessKey, timestampMs: Number(timestamp) };
}
