import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigError, IotdockError } from "../src/core/errors.js";
import { Secret } from "../src/core/secret.js";
import {
  AlarmDecodeError,
  decodeAlarmMessage,
  decryptAlarmData,
  deriveAlarmKey,
  meariPulsarSubscription,
} from "../src/vendors/meari/alarm.js";
import { md5sum } from "./support/independent.js";
import { requireTool } from "./support/tools.js";

requireTool("openssl", "needed to recompute the Meari alarm ciphertexts independently (openssl enc -nopad)");
requireTool(
  "md5sum",
  "needed to recompute the Meari key cut (cut) and Pulsar password (md5sum) independently",
);

interface Vector {
  name: string;
  cipher: "aes-128-ecb" | "aes-256-ecb";
  accessId?: string;
  accessKey?: string;
  key: string;
  keyHex: string;
  plaintext: string;
  ciphertextBase64: string;
  ciphertextHex: string;
  payload?: string;
  pulsarPassword?: string;
}
type DerivedVector = Vector & Required<Pick<Vector, "accessId" | "accessKey" | "payload" | "pulsarPassword">>;

const { vectors } = JSON.parse(
  readFileSync(new URL("./vectors/messages/meari-alarm.json", import.meta.url), "utf8"),
) as {
  vectors: Vector[];
};
const derived = vectors.filter((v): v is DerivedVector => v.accessKey !== undefined);

/** Zero padding to a multiple of 16 bytes, as the demo's AesUtil.encrypt pads. */
const zeroPad = (bytes: Buffer) => Buffer.concat([bytes, Buffer.alloc((16 - (bytes.length % 16)) % 16)]);

function openssl(args: string[], input: Buffer): Buffer {
  return execFileSync("openssl", args, { input, stdio: ["pipe", "pipe", "pipe"] });
}
const opensslEncrypt = (plaintext: string, cipher: string, keyHex: string) =>
  openssl(["enc", `-${cipher}`, "-nopad", "-K", keyHex], zeroPad(Buffer.from(plaintext, "utf8")));
const opensslDecrypt = (ciphertext: Buffer, cipher: string, keyHex: string) =>
  openssl(["enc", "-d", `-${cipher}`, "-nopad", "-K", keyHex], ciphertext);

/** The demo's accessKey.substring(6, 22), cut by coreutils. */
const cutKey = (accessKey: string) =>
  execFileSync("cut", ["-c7-22"], { input: accessKey }).toString().trimEnd();

/** What the decoder must give for a plaintext: a JSON object or array parsed, any other text as is. */
const expectedData = (plaintext: string) => (/^\s*[[{]/.test(plaintext) ? JSON.parse(plaintext) : plaintext);

describe("Meari alarm vectors (independent: openssl, cut, md5sum)", () => {
  for (const v of vectors) {
    it(v.name, () => {
      // The stored ciphertext is what openssl makes of the zero-padded plaintext…
      const byOpenssl = opensslEncrypt(v.plaintext, v.cipher, v.keyHex);
      expect(byOpenssl.toString("base64")).toBe(v.ciphertextBase64);
      expect(byOpenssl.toString("hex")).toBe(v.ciphertextHex);
      expect(Buffer.from(v.key, "utf8").toString("hex")).toBe(v.keyHex);
      // …openssl decrypts it back to the plaintext and its zero padding…
      const padded = opensslDecrypt(Buffer.from(v.ciphertextHex, "hex"), v.cipher, v.keyHex);
      expect(padded).toEqual(zeroPad(Buffer.from(v.plaintext, "utf8")));
      // …and iotdock decrypts openssl's output, as Base64 text and as bytes.
      const key = Buffer.from(v.keyHex, "hex");
      expect(decryptAlarmData(byOpenssl.toString("base64"), key)).toEqual(expectedData(v.plaintext));
      expect(decryptAlarmData(new Uint8Array(byOpenssl), key)).toEqual(expectedData(v.plaintext));
    });
  }

  for (const v of derived) {
    it(`${v.name}: key, payload and Pulsar authentication`, () => {
      expect(cutKey(v.accessKey)).toBe(v.key);
      expect(deriveAlarmKey(v.accessKey).toString("hex")).toBe(v.keyHex);
      expect(deriveAlarmKey(new Secret(v.accessKey)).toString("hex")).toBe(v.keyHex);

      const body = JSON.parse(v.payload) as { data: string; msgType: string; version: string; t: number };
      expect(body.data).toBe(v.ciphertextBase64);
      const expected = {
        msgType: body.msgType,
        version: body.version,
        t: body.t,
        data: expectedData(v.plaintext),
        dataText: v.plaintext,
      };
      expect(decodeAlarmMessage(v.payload, { accessKey: v.accessKey })).toEqual(expected);
      expect(
        decodeAlarmMessage(Buffer.from(v.payload, "utf8"), { accessKey: new Secret(v.accessKey) }),
      ).toEqual(expected);

      expect(md5sum(v.accessId + md5sum(v.accessKey)).slice(6, 22)).toBe(v.pulsarPassword);
      const pulsar = meariPulsarSubscription({ accessId: v.accessId, accessKey: v.accessKey });
      expect(pulsar).toMatchObject({
        topic: `${v.accessId}-event-msg`,
        subscription: `${v.accessId}-sub`,
        subscriptionType: "Failover",
        authMethodName: "auth1",
      });
      expect(pulsar.authData.reveal()).toBe(`{"username":"${v.accessId}","password":"${v.pulsarPassword}"}`);
      expect(String(pulsar.authData)).not.toContain(v.pulsarPassword);
    });
  }

  it("round trip: whatever openssl encrypts with a derived key, decodeAlarmMessage gives back", () => {
    const printable = fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code));
    const accessKey = fc.string({ unit: printable, minLength: 22, maxLength: 40 });
    fc.assert(
      fc.property(accessKey, fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), (key, value) => {
        const text = JSON.stringify(value);
        const keyHex = Buffer.from(key.slice(6, 22), "ascii").toString("hex");
        const data = opensslEncrypt(text, "aes-128-ecb", keyHex).toString("base64");
        const alarm = decodeAlarmMessage(JSON.stringify({ data, msgType: "alarm", version: "1.0", t: 1 }), {
          accessKey: key,
        });
        expect(alarm.dataText).toBe(text);
        expect(alarm.data).toEqual(JSON.parse(text));
      }),
      { numRuns: 25 },
    );
  });
});

describe("Meari alarm decoder: malformed input is an IotdockError, never a crash nor a leak", () => {
  const v = derived[0] as DerivedVector;
  const other = derived.find((w) => w.accessKey !== v.accessKey) as DerivedVector;
  const secrets = [v.accessKey, v.key, v.keyHex, Buffer.from(v.key).toString("base64"), v.pulsarPassword];
  const decode = (payload: string | Uint8Array, accessKey: string = v.accessKey) =>
    decodeAlarmMessage(payload, { accessKey });
  const withData = (data: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ ...JSON.parse(v.payload), data, ...extra });

  type ErrorClass = abstract new (...args: never[]) => IotdockError;
  function expectError(run: () => unknown, type: ErrorClass = AlarmDecodeError): IotdockError {
    let caught: unknown;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(type);
    const error = caught as IotdockError;
    expect(error.vendor).toBe("meari");
    expect(error.operation).toMatch(/^(decodeAlarmMessage|decryptAlarmData|deriveAlarmKey)$/);
    const printed = [error.message, error.stack, inspect(error), JSON.stringify(error)].join("\n");
    for (const secret of secrets) expect(printed).not.toContain(secret);
    return error;
  }

  it.each([
    ["not JSON", "{data:"],
    ["a JSON array", "[]"],
    ["JSON null", "null"],
    ["no data", JSON.stringify({ msgType: "alarm" })],
    ["data not a string", withData(123)],
    ["empty data", withData("")],
    ["msgType an object", withData(v.ciphertextBase64, { msgType: {} })],
    ["t not an integer", withData(v.ciphertextBase64, { t: "soon" })],
    ["data not Base64", withData("not base64!")],
    ["data in URL-safe Base64", withData("-_-_")],
    ["data without its = padding", withData(v.ciphertextBase64.replace(/=+$/, ""))],
    ["data of 15 bytes", withData(Buffer.alloc(15).toString("base64"))],
    ["data of 17 bytes", withData(Buffer.alloc(17).toString("base64"))],
    ["data one byte short", withData(Buffer.from(v.ciphertextHex, "hex").subarray(1).toString("base64"))],
  ])("payload: %s", (_, payload) => {
    expect(expectError(() => decode(payload)).operation).toBe("decodeAlarmMessage");
  });

  it("a body that is not UTF-8 is an error", () => {
    expectError(() => decode(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])));
  });

  it("whitespace inside the Base64 is ignored, as the demo's decoder does", () => {
    const wrapped = v.ciphertextBase64.replace(/(.{76})/g, "$1\r\n");
    expect(decode(withData(wrapped)).dataText).toBe(v.plaintext);
  });

  it("a wrong accessKey is an error, not garbage", () => {
    expectError(() => decode(v.payload, other.accessKey));
    expectError(() => decryptAlarmData(v.ciphertextBase64, Buffer.from(other.keyHex, "hex")));
    // Any other 16-character key: 160 bytes of random-looking output are never clean UTF-8 text.
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (key) => {
        fc.pre(Buffer.from(key).toString("hex") !== v.keyHex);
        expectError(() => decryptAlarmData(v.ciphertextBase64, key));
      }),
      { numRuns: 200 },
    );
  });

  it("a wrong key whose output happens to be valid UTF-8 is still an error (control characters)", () => {
    // Found by trying keys: the first block of the "not JSON" vector under the key "0000000000003023".
    const block = Buffer.from((derived[3] as DerivedVector).ciphertextHex, "hex").subarray(0, 16);
    const keyHex = Buffer.from("0000000000003023", "ascii").toString("hex");
    const plain = opensslDecrypt(block, "aes-128-ecb", keyHex);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(plain)).not.toThrow();
    expect(
      [...plain].filter((b) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f),
    ).not.toEqual([]);
    expectError(() => decryptAlarmData(block, Buffer.from(keyHex, "hex")));
    expectError(() => decode(withData(block.toString("base64")), "wrong-0000000000003023"));
  });

  it("an unusable accessKey or key is a ConfigError that does not show it", () => {
    const short = v.accessKey.slice(0, 21);
    const error = expectError(() => deriveAlarmKey(short), ConfigError);
    expect(error.message).not.toContain(short);
    expect(expectError(() => decode(v.payload, short), ConfigError).operation).toBe("decodeAlarmMessage");
    expectError(() => decode(v.payload, ""), ConfigError);
    expectError(
      () => decryptAlarmData(v.ciphertextBase64, Buffer.from(v.keyHex, "hex").subarray(1)),
      ConfigError,
    );
    expectError(() => decryptAlarmData(new Uint8Array(0), Buffer.from(v.keyHex, "hex")));
  });

  it("arbitrary bodies and bytes give an alarm or an IotdockError, never anything else", () => {
    const body = fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc
        .record({ data: fc.oneof(fc.base64String(), fc.string()), t: fc.jsonValue() })
        .map((r) => JSON.stringify(r)),
    );
    fc.assert(
      fc.property(fc.oneof(body, fc.uint8Array()), (payload) => {
        try {
          decode(payload);
        } catch (error) {
          expect(error).toBeInstanceOf(IotdockError);
          const printed = `${(error as Error).message}\n${inspect(error)}`;
          for (const secret of secrets) expect(printed).not.toContain(secret);
        }
      }),
      { numRuns: 300 },
    );
  });
});
