import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { loadApi } from "../core/facts-files.js";

export type SpecValidator = ReturnType<typeof buildValidator>;

/**
 * Validates bodies against one of the package's OpenAPI 3.0 APIs (its name, e.g. `quectel`; a
 * `.yaml` suffix is ignored) with Ajv, an implementation independent of Prism: the response schema
 * of an operation, or any component schema. Reads the bundled spec in generated/.
 */
export function specValidator(name: string, dir?: URL): SpecValidatorOf {
  const key = `${dir?.href ?? ""}${name.replace(/\.yaml$/, "")}`;
  let validator = validators.get(key);
  if (!validator) {
    validator = buildValidator(name, dir);
    validators.set(key, validator);
  }
  return validator;
}

/** One validator per API and process: building one clones the spec and compiles schemas afresh. */
const validators = new Map<string, SpecValidatorOf>();
type SpecValidatorOf = ReturnType<typeof buildValidator>;

function buildValidator(name: string, dir?: URL) {
  const facts = loadApi(name.replace(/\.yaml$/, ""), dir);
  // biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document walked by pointer, not typed here.
  const spec = structuredClone(facts.spec) as Record<string, any>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const int = (bits: number) => ({
    type: "number" as const,
    validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** (bits - 1),
  });
  ajv.addFormat("int32", int(32));
  ajv.addFormat("int64", int(64));
  ajv.addSchema(spec, "spec");
  const cache = new Map<string, ValidateFunction>();
  const compile = (pointer: string) => {
    let v = cache.get(pointer);
    if (!v) {
      v = ajv.compile({ $ref: `spec#${pointer}` });
      cache.set(pointer, v);
    }
    return v;
  };
  const pointerEscape = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");

  const operations = facts.operations.map(({ operationId, method, path }) => ({ operationId, method, path }));

  return {
    spec,
    operations,
    /** Errors (empty when valid) of `body` against the operation's `status` JSON response schema. */
    responseErrors(operationId: string, status: number, body: unknown): string[] {
      const op = operations.find((o) => o.operationId === operationId);
      if (!op) return [`no operation ${operationId} in the spec`];
      const responses = spec.paths[op.path][op.method.toLowerCase()].responses;
      if (!responses[String(status)])
        return [`HTTP ${status} is not a documented response of ${operationId}`];
      const pointer = `/paths/${pointerEscape(op.path)}/${op.method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
      const validate = compile(pointer);
      return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    },
    /** Errors of `body` against a component schema. */
    schemaErrors(name: string, body: unknown): string[] {
      const validate = compile(`/components/schemas/${pointerEscape(name)}`);
      return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    },
  };
}
