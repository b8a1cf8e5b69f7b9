import { createDecipheriv, createHash } from "node:crypto";
import { ConfigError, IotdockError } from "../../core/errors.js";
import { Secret } from "../../core/secret.js";

/*
 * Meari's alarm messages, as its Pulsar demo (`Mearitek/MeariSdk`, `Server/meari-pulsar-sdk-demo/`,
 * module `open-mq-sdk`) consumes them:
 * - the message body is UTF-8 JSON `{"data", "msgType", "version", "t"}` (`example/MessageVO.java`);
 * - `data` is Base64 (standard alphabet, `=` padding; whitespace ignored) of AES/ECB/NoPadding
 *   ciphertext, the plaintext padded with zero bytes to a multiple of 16 (`util/AesUtil.java`,
 *   `util/Base64.java`);
 * - the AES key is the UTF-8 bytes of characters 6 to 21 of the accessKey, `accessKey.substring(6, 22)`
 *   (`example/ConsumerExample.java`): 16 bytes, so AES-128;
 * - the consumer subscribes to `<accessId>-event-msg` as `<accessId>-sub` (Failover) and
 *   authenticates with method `auth1` and data `{"username":"<accessId>","password":"<p>"}`, p being
 *   characters 6 to 21 of md5hex(accessId + md5hex(accessKey)) (`mq/MqConsumer.java`,
 *   `mq/MqAuthentication.java`, `mq/MqAuthenticationDataProvider.java`).
 * The demo keeps the zero padding in the text it prints; iotdock removes it. Meari documents neither
 * the values of `msgType` nor the fields of the decrypted `data`.
 */

const VENDOR = "meari";
const DECODE = "decodeAlarmMessage";
const DECRYPT = "decryptAlarmData";
const DERIVE = "deriveAlarmKey";

/** The part of the accessKey that is the AES key, as the demo cuts it (`substring(6, 22)`). */
const KEY_START = 6;
const KEY_END = 22;
const BLOCK = 16;
const NOT_TEXT = "the decrypted data is not text (wrong key, or not Meari's data)";
const CIPHERS: Readonly<Record<number, string>> = { 16: "aes-128-ecb", 24: "aes-192-ecb", 32: "aes-256-ecb" };

/** Any value JSON can hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [name: string]: JsonValue };

/** The Pulsar message body as Meari sends it (the demo's `MessageVO`), before decryption. */
export interface MeariAlarmEnvelope {
  /** Base64 of the AES/ECB/NoPadding ciphertext of the alarm data (zero-padded UTF-8 text). */
  data: string;
  /** The kind of message (values undocumented). */
  msgType?: string;
  /** The message format's version. */
  version?: string;
  /** When Meari sent the message: Unix epoch milliseconds (a Java `Long`). */
  t?: number;
}

/** An alarm message with its `data` decrypted. */
export interface MeariAlarm {
  /** The kind of message (values undocumented); undefined when the body has none. */
  msgType: string | undefined;
  /** The message format's version; undefined when the body has none. */
  version: string | undefined;
  /** When Meari sent the message (Unix epoch milliseconds); undefined when the body has none. */
  t: number | undefined;
  /** The decrypted data: parsed when it is a JSON object or array, else the text itself. */
  data: JsonValue;
  /** The decrypted data as text, zero padding removed. */
  dataText: string;
}

/** What decrypting needs: the accessKey Meari issued with the Pulsar access (never sent). */
export interface MeariAlarmCredentials {
  accessKey: string | Secret;
}

/** What a Pulsar consumer needs to receive the alarms, as the demo connects. */
export interface MeariPulsarSubscription {
  topic: string;
  subscription: string;
  subscriptionType: "Failover";
  /** The custom authentication method's name. */
  authMethodName: "auth1";
  /** The authentication data (it holds a password derived from the accessKey). */
  authData: Secret;
}

/** A message that cannot be decoded: not Meari's format, or not decryptable with the key given. */
export class AlarmDecodeError extends IotdockError {
  constructor(message: string, operation: string = DECODE) {
    super(`${VENDOR} ${operation} failed: ${message}`, { vendor: VENDOR, operation });
  }
}

function configError(message: string, operation: string): ConfigError {
  return new ConfigError(`${VENDOR} ${operation}: ${message}`, { vendor: VENDOR, operation });
}

function revealAccessKey(accessKey: string | Secret, operation: string): string {
  const value = accessKey instanceof Secret ? accessKey.reveal() : accessKey;
  if (typeof value !== "string" || value.length === 0) {
    throw configError("the accessKey is missing", operation);
  }
  return value;
}

function alarmKey(accessKey: string | Secret, operation: string): Buffer {
  const value = revealAccessKey(accessKey, operation);
  if (value.length < KEY_END) {
    throw configError(
      `the accessKey must have at least ${KEY_END} characters, it has ${value.length}`,
      operation,
    );
  }
  return Buffer.from(value.slice(KEY_START, KEY_END), "utf8");
}

/** The AES key of the alarm data: the UTF-8 bytes of `accessKey.substring(6, 22)`, as the demo does. */
export function deriveAlarmKey(accessKey: string | Secret): Buffer {
  return alarmKey(accessKey, DERIVE);
}

/** Standard Base64 exactly as the demo's decoder takes it (whitespace ignored, canonical only). */
function decodeBase64(text: string, operation: string): Buffer {
  const compact = text.replace(/[ \t\r\n]/g, "");
  const bytes = Buffer.from(compact, "base64");
  if (compact.length === 0 || bytes.toString("base64") !== compact) {
    throw new AlarmDecodeError("the data is not standard Base64", operation);
  }
  return bytes;
}

/** True when the text has a control character that no alarm text holds (tab, LF, CR allowed). */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

function decryptText(ciphertext: string | Uint8Array, key: Uint8Array, operation: string): string {
  const cipher = CIPHERS[key.length];
  if (!cipher) throw configError(`the AES key must have 16, 24 or 32 bytes, it has ${key.length}`, operation);
  const bytes =
    typeof ciphertext === "string" ? decodeBase64(ciphertext, operation) : Buffer.from(ciphertext);
  if (bytes.length === 0 || bytes.length % BLOCK !== 0) {
    throw new AlarmDecodeError(
      `the ciphertext has ${bytes.length} bytes, not a multiple of ${BLOCK}`,
      operation,
    );
  }
  const decipher = createDecipheriv(cipher, key, null).setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(bytes), decipher.final()]);
  let end = plain.length;
  while (end > 0 && plain[end - 1] === 0) end--;
  // AES-ECB has no integrity check: a wrong key shows as bytes that are not text.
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(plain.subarray(0, end));
  } catch {
    throw new AlarmDecodeError(NOT_TEXT, operation);
  }
  if (hasControlCharacter(text)) throw new AlarmDecodeError(NOT_TEXT, operation);
  return text;
}

/** A JSON object or array is parsed; any other text (or text that does not parse) stays text. */
function parseData(text: string): JsonValue {
  const start = text.trimStart()[0];
  if (start !== "{" && start !== "[") return text;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

/**
 * Decrypts an alarm's `data` (Base64 text as sent, or the raw ciphertext bytes) with AES-ECB without
 * padding, removes the trailing zero bytes and decodes UTF-8; a JSON object or array is parsed.
 */
export function decryptAlarmData(ciphertext: string | Uint8Array, key: Uint8Array): JsonValue {
  return parseData(decryptText(ciphertext, key, DECRYPT));
}

function parseBody(payload: string | Uint8Array): Record<string, unknown> {
  let text: string;
  try {
    text = typeof payload === "string" ? payload : new TextDecoder("utf-8", { fatal: true }).decode(payload);
  } catch {
    throw new AlarmDecodeError("the payload is not UTF-8 text");
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AlarmDecodeError("the payload is not JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AlarmDecodeError("the payload is not a JSON object");
  }
  return body as Record<string, unknown>;
}

/** A String field of the demo's `MessageVO`: fastjson takes a number as its decimal text. */
function optionalText(body: Record<string, unknown>, name: "msgType" | "version"): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new AlarmDecodeError(`the payload's ${name} is not a string`);
}

/** The demo's `Long t`: an integer, or a string of digits. */
function optionalTime(body: Record<string, unknown>): number | undefined {
  const value = body.t;
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  if (typeof value === "string" && /^-?\d{1,16}$/.test(value)) return Number(value);
  throw new AlarmDecodeError("the payload's t is not an integer");
}

/**
 * Decodes a Pulsar message body as Meari sends it (JSON text or its UTF-8 bytes) and decrypts its
 * `data` with the key derived from `credentials.accessKey`. Pure: no I/O, no clock.
 * Throws `AlarmDecodeError` for a body that is not Meari's or not decryptable with that key, and
 * `ConfigError` for an unusable accessKey; no message holds the accessKey or the key.
 */
export function decodeAlarmMessage(
  payload: string | Uint8Array,
  credentials: MeariAlarmCredentials,
): MeariAlarm {
  const body = parseBody(payload);
  if (typeof body.data !== "string" || body.data.length === 0) {
    throw new AlarmDecodeError("the payload has no data string");
  }
  const msgType = optionalText(body, "msgType");
  const version = optionalText(body, "version");
  const t = optionalTime(body);
  const dataText = decryptText(body.data, alarmKey(credentials?.accessKey, DECODE), DECODE);
  return { msgType, version, t, data: parseData(dataText), dataText };
}

const md5Hex = (text: string) => createHash("md5").update(text, "utf8").digest("hex");

/**
 * The topic, subscription and authentication a Pulsar consumer uses for the alarms, as the demo
 * connects (the `auth1` method needs a client that takes a custom authentication method).
 */
export function meariPulsarSubscription(credentials: {
  accessId: string;
  accessKey: string | Secret;
}): MeariPulsarSubscription {
  const operation = "meariPulsarSubscription";
  const { accessId } = credentials;
  if (typeof accessId !== "string" || accessId.length === 0)
    throw configError("the accessId is missing", operation);
  const password = md5Hex(accessId + md5Hex(revealAccessKey(credentials.accessKey, operation))).slice(
    KEY_START,
    KEY_END,
  );
  return {
    topic: `${accessId}-event-msg`,
    subscription: `${accessId}-sub`,
    subscriptionType: "Failover",
    authMethodName: "auth1",
    // Built as the demo's String.format does: the accessId is not JSON-escaped.
    authData: new Secret(`{"username":"${accessId}","password":"${password}"}`),
  };
}
