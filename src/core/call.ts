import type { Client } from "openapi-fetch";
import { ConfigError } from "./errors.js";
import type { ApiFacts } from "./facts.js";

/**
 * Any operation of an API by its operationId, typed from the spec (`Ops`: the generated
 * `operations` of openapi-typescript): the path parameters, query and JSON body the spec
 * documents, the access token where it takes one, a plaintext password where it carries an
 * encrypted one (`x-iotdock-password`: encrypted with a fresh random), and the envelope's data back
 * (a vendor code other than success throws the package's VendorError). The caller passes a user's
 * token, or the client gets its own (see `CallOptions.withToken`).
 */

/** The operationIds of an API's generated `operations`. */
export type OperationId<Ops> = keyof Ops & string;

export type PathOf<I extends keyof Ops, Ops> = Ops[I] extends { parameters: { path?: infer P } }
  ? NonNullable<P>
  : never;
export type QueryOf<I extends keyof Ops, Ops> = Ops[I] extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : never;
export type BodyOf<I extends keyof Ops, Ops> = Ops[I] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;
/** The answer's data: the envelope's data field, or (an envelope without one) the whole answer. */
export type DataOf<I extends keyof Ops, Ops> = Ops[I] extends {
  responses: { 200: { content: { "application/json": infer R } } };
}
  ? R extends { data?: infer D }
    ? NonNullable<D>
    : R
  : never;

export interface CallInput<I extends keyof Ops, Ops> {
  path?: PathOf<I, Ops>;
  query?: Partial<QueryOf<I, Ops>>;
  body?: BodyOf<I, Ops>;
  /** The user's access token (login's `accessToken.token`), for operations that take one. */
  accessToken?: string;
  /** A plaintext password, for operations that carry an encrypted one. */
  password?: string;
}

export type Call<Ops> = <I extends OperationId<Ops>>(
  operationId: I,
  input?: CallInput<I, Ops>,
) => Promise<DataOf<I, Ops>>;

type Unwrap = (operation: string, result: { data?: unknown; error?: unknown; response: Response }) => unknown;

export interface CallOptions {
  vendor: string;
  /** Human name of the API, for errors ("Quectel App"). */
  title: string;
  encrypted?: (password: string) => { random: string; pwd: string };
  /**
   * Runs a send of a token operation with the client's own token (renewed once when the vendor
   * calls it invalid). Absent: the caller's `accessToken` is used.
   */
  withToken?: <R>(send: (token: string) => Promise<R>) => Promise<R>;
}

export function createCall<Ops>(
  api: ApiFacts,
  // biome-ignore lint/suspicious/noExplicitAny: any of the vendor's generated path maps
  client: Client<any>,
  unwrap: Unwrap,
  options: CallOptions,
): Call<Ops> {
  return (async (operationId: string, input: CallInput<never, never> = {}) => {
    const op = api.byId.get(operationId);
    if (!op)
      throw new ConfigError(`no operation ${operationId} in the ${options.title} spec`, {
        vendor: options.vendor,
        operation: operationId,
      });
    let query = { ...((input.query as object | undefined) ?? {}) } as Record<string, unknown>;
    let body = input.body as unknown;
    if (op.password && input.password !== undefined && options.encrypted) {
      const { random, pwd } = options.encrypted(input.password);
      const fields = { [op.password.field]: pwd, [op.password.random]: random };
      if (op.password.in === "query") query = { ...query, ...fields };
      else body = { ...((body as object | undefined) ?? {}), ...fields };
    }
    const method = op.method as "GET" | "POST" | "PUT" | "DELETE";
    const send = async (token: string | undefined) => {
      const init = {
        params: { query, ...(input.path ? { path: input.path } : {}) },
        ...(body === undefined ? {} : { body }),
        ...(op.auth.token && token ? { headers: { [op.auth.token.name]: token } } : {}),
      };
      const request = client[method] as unknown as (
        path: string,
        init: unknown,
      ) => Promise<{ data?: unknown; response: Response }>;
      return unwrap(operationId, await request(op.path, init));
    };
    if (op.auth.token && options.withToken && input.accessToken === undefined) return options.withToken(send);
    return send(input.accessToken);
  }) as Call<Ops>;
}
