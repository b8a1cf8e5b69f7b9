import { Ajv, type ValidateFunction } from "ajv";
import spec from "../../../generated/quectel-saas.facts.js";
import type { components } from "../../../generated/quectel-saas.js";
import { IotdockError } from "../../core/errors.js";
import { deref } from "../../core/facts.js";
import { jsonSchema } from "../../sandbox/mock-schema.js";

/**
 * Quectel's AMQP device messages (spec quectel-saas, `x-iotdock-messages`): typed, and a parser
 * that checks a message against the schema of its `type`/`subtype` and returns it as one member of
 * a union a `switch` on `type` (and `subtype`) narrows.
 */

type Schemas = components["schemas"];
/** One message of a Quectel queue: a union told apart by `type` and `subtype`. */
export type QuectelMessage = Schemas["QuectelMessage"];
export type QuectelMessageType = QuectelMessage["type"];
export type QuectelMessageOf<T extends QuectelMessageType> = Extract<QuectelMessage, { type: T }>;

/** A message that is not JSON, or not one of the documented types, or not valid for its type. */
export class MessageFormatError extends IotdockError {
  constructor(
    message: string,
    /** What was wrong, one line per problem (never the message's content). */
    readonly problems: string[] = [],
  ) {
    super(message, { vendor: "quectel", operation: "message" });
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

interface Branch {
  name: string;
  types: string[];
  subtypes: string[] | undefined;
  validate: ValidateFunction;
}

let branches: Branch[] | undefined;

/** OpenAPI's formats: int32 checked, the other numbers any number (JSON has no wider type), byte as Base64. */
export const OPENAPI_FORMATS = {
  byte: /^[A-Za-z0-9+/]*={0,2}$/,
  int32: { type: "number", validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 },
  int64: { type: "number", validate: (n: number) => Number.isInteger(n) },
  float: true,
  double: true,
} as const;

/** One validator per message schema, with the `type`/`subtype` values that select it. */
function messageBranches(): Branch[] {
  if (branches) return branches;
  const doc = spec as Json;
  const union = deref(doc, doc["x-iotdock-messages"]) as { oneOf?: { $ref?: string }[] };
  const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, formats: OPENAPI_FORMATS });
  branches = (union.oneOf ?? []).map((ref) => {
    const schema = deref(doc, ref) as { properties?: Record<string, { enum?: string[] }> };
    return {
      name:
        String(ref.$ref ?? "")
          .split("/")
          .pop() ?? "",
      types: schema.properties?.type?.enum ?? [],
      subtypes: schema.properties?.subtype?.enum,
      validate: ajv.compile(jsonSchema(doc, ref)),
    };
  });
  return branches;
}

/** The schema name of a message's `type`/`subtype`, or undefined when no documented type has them. */
export function messageSchemaOf(message: { type?: unknown; subtype?: unknown }): string | undefined {
  return branchOf(message)?.name;
}

function branchOf(message: { type?: unknown; subtype?: unknown }): Branch | undefined {
  return messageBranches().find(
    (b) =>
      b.types.includes(String(message.type)) &&
      (b.subtypes === undefined || b.subtypes.includes(String(message.subtype))),
  );
}

/**
 * Parses one message body (bytes or text of a JSON object, or the object) and checks it against
 * the schema of its `type`/`subtype`; throws MessageFormatError otherwise.
 */
export function parseQuectelMessage(body: Uint8Array | string | object): QuectelMessage {
  let value: unknown = body;
  if (typeof body === "string" || body instanceof Uint8Array) {
    const text = typeof body === "string" ? body : Buffer.from(body).toString("utf8");
    try {
      value = JSON.parse(text);
    } catch {
      throw new MessageFormatError("message is not JSON");
    }
  }
  if (!isObject(value)) throw new MessageFormatError("message is not a JSON object");
  const branch = branchOf(value);
  if (!branch) {
    const subtype = value.subtype === undefined ? "" : `/${String(value.subtype)}`;
    throw new MessageFormatError(
      `no documented message type ${JSON.stringify(`${String(value.type)}${subtype}`)}`,
    );
  }
  if (!branch.validate(value)) {
    const problems = (branch.validate.errors ?? []).map(
      (e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`,
    );
    throw new MessageFormatError(`not a valid ${branch.name}: ${problems.join("; ")}`, problems);
  }
  return value as QuectelMessage;
}
