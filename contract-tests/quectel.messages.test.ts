import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { loadApi } from "../src/core/facts-files.js";
import { jsonSchema } from "../src/sandbox/mock-schema.js";
import { MessageFormatError, messageSchemaOf, parseQuectelMessage } from "../src/vendors/quectel/index.js";
import { OPENAPI_FORMATS } from "../src/vendors/quectel/messages.js";

/**
 * Quectel's AMQP messages: every example of the vendor's data-format page parses into the schema
 * the vector names, and matches exactly one branch of the spec's `QuectelMessage` union (checked
 * with Ajv over the whole `oneOf`, independently of the parser's type/subtype dispatch).
 */

interface Vector {
  name: string;
  schema: string;
  message: Record<string, unknown>;
  departure?: string;
}
const vectors: { messages: Vector[] } = JSON.parse(
  readFileSync(new URL("./vectors/messages/quectel-saas.json", import.meta.url), "utf8"),
);

const spec = loadApi("quectel-saas").spec;
const union = (spec.components as { schemas: Record<string, { oneOf: { $ref: string }[] }> }).schemas
  .QuectelMessage;
// Formats as the parser declares them, so that no "unknown format" warning is printed.
const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, formats: OPENAPI_FORMATS });
const branches = (union?.oneOf ?? []).map((ref) => ({
  name: ref.$ref.split("/").pop(),
  validate: ajv.compile(jsonSchema(spec, ref)),
}));

describe("Quectel AMQP messages: the page's examples against the spec and the parser", () => {
  it("has every documented message type", () => {
    expect(new Set(vectors.messages.map((v) => v.schema)).size).toBe(24);
    expect(branches).toHaveLength(24);
  });

  for (const v of vectors.messages.filter((m) => !m.departure)) {
    it(`${v.name}: matches ${v.schema} and only it; the parser returns it typed`, () => {
      const matching = branches.filter((b) => b.validate(v.message)).map((b) => b.name);
      expect(matching).toEqual([v.schema]);
      const parsed = parseQuectelMessage(Buffer.from(JSON.stringify(v.message)));
      expect(parsed).toEqual(v.message);
      expect(messageSchemaOf(parsed)).toBe(v.schema);
    });
  }

  for (const v of vectors.messages.filter((m) => m.departure)) {
    it(`${v.name}: the page's example breaks its own table (${v.departure}) and is refused`, () => {
      expect(branches.filter((b) => b.validate(v.message))).toEqual([]);
      expect(() => parseQuectelMessage(JSON.stringify(v.message))).toThrow(MessageFormatError);
    });
  }

  it("refuses what is not a message, saying why, as MessageFormatError naming vendor and operation", () => {
    const cases: [string, RegExp][] = [
      ["not json", /not JSON/],
      ["[1,2]", /not a JSON object/],
      [JSON.stringify({ type: "TELEPORT" }), /no documented message type "TELEPORT"/],
      [JSON.stringify({ type: "MATTR", subtype: "GUESS" }), /no documented message type "MATTR\/GUESS"/],
      [
        JSON.stringify({ type: "ONLINE", productKey: "p1", deviceKey: "d1" }),
        /QuectelMessageOnline.*createdAt/,
      ],
    ];
    for (const [body, reason] of cases) {
      const error = (() => {
        try {
          parseQuectelMessage(body);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(MessageFormatError);
      expect(error).toMatchObject({ vendor: "quectel", operation: "message" });
      expect(String((error as Error).message)).toMatch(reason);
    }
  });
});
