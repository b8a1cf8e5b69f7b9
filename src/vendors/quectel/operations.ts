import type { Client } from "openapi-fetch";
import type { operations, paths } from "../../../generated/quectel.js";
import { ConfigError } from "../../core/errors.js";
import type { ApiFacts } from "../../core/facts.js";

/**
 * Any Quectel App operation by its operationId, typed from the spec: the query and JSON body the
 * spec documents, the access token where it takes one, a plaintext password where it carries an
 * encrypted one (`x-iotdock-password`: encrypted here with a fresh random), and the envelope's
 * `data` back (a vendor code other than success throws the package's VendorError).
 */

export type OperationId = keyof operations;

type Op<I extends OperationId> = operations[I];
export type QueryOf<I extends OperationId> =
  Op<I> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
export type BodyOf<I extends OperationId> =
  Op<I> extends {
    requestBody?: { content: { "application/json": infer B } };
  }
    ? B
    : never;
export type DataOf<I extends OperationId> =
  Op<I> extends {
    responses: { 200: { content: { "application/json": infer R } } };
  }
    ? R extends { data?: infer D }
      ? NonNullable<D>
      : never
    : never;

export interface CallInput<I extends OperationId> {
  query?: Partial<QueryOf<I>>;
  body?: BodyOf<I>;
  /** The user's access token (login's `accessToken.token`), for operations that take one. */
  accessToken?: string;
  /** A plaintext password, for operations that carry an encrypted one. */
  password?: string;
}

export type Call = <I extends OperationId>(operationId: I, input?: CallInput<I>) => Promise<DataOf<I>>;

type Unwrap = (operation: string, result: { data?: unknown; error?: unknown; response: Response }) => unknown;

export function createCall(
  api: ApiFacts,
  client: Client<paths>,
  unwrap: Unwrap,
  encrypted: (password: string) => { random: string; pwd: string },
): Call {
  return (async (operationId: string, input: CallInput<OperationId> = {}) => {
    const op = api.byId.get(operationId);
    if (!op)
      throw new ConfigError(`no operation ${operationId} in the Quectel App spec`, {
        vendor: "quectel",
        operation: operationId,
      });
    let query = { ...(input.query ?? {}) } as Record<string, unknown>;
    let body = input.body as unknown;
    if (op.password && input.password !== undefined) {
      const { random, pwd } = encrypted(input.password);
      const fields = { [op.password.field]: pwd, [op.password.random]: random };
      if (op.password.in === "query") query = { ...query, ...fields };
      else body = { ...((body as object | undefined) ?? {}), ...fields };
    }
    const init = {
      params: { query },
      ...(body === undefined ? {} : { body }),
      ...(op.auth.token && input.accessToken ? { headers: { [op.auth.token.name]: input.accessToken } } : {}),
    };
    const method = op.method as "GET" | "POST" | "PUT" | "DELETE";
    const send = client[method] as unknown as (
      path: string,
      init: unknown,
    ) => Promise<{ data?: unknown; response: Response }>;
    return unwrap(operationId, await send(op.path, init));
  }) as Call;
}
