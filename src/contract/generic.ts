import type { ApiFacts, CodeKind, OperationFacts } from "../core/facts.js";
import type { Credentials } from "../core/signing.js";
import type { VendorDefinition } from "../core/vendor.js";
import { send, signedExample, wrongSecrets } from "./requests.js";
import type { CaseAnswer, CaseDefinition, Expectation, VendorContract } from "./types.js";

/**
 * The cases every operation of a spec gets without any code: its example request signed as the
 * client signs it (a write only with --allow-writes), the same signed with wrong secrets, and, where
 * it takes a user token, one the vendor never issued. Written from the facts alone, so an
 * operation added to a spec is in the contract run at once.
 */

async function answer(response: Response): Promise<CaseAnswer> {
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
}

/** The codes of `kind` the spec lists for the operation; none listed: any refusal. */
function refusedWith(api: ApiFacts, op: OperationFacts, kind: CodeKind): Expectation {
  const codes = [...api.codesOf(kind)].filter((code) => api.answers(code, op.operationId));
  return codes.length ? { codes } : "refused";
}

/** Operations that end or rotate a session run last, each with a session of its own. */
const endsSession = (op: OperationFacts) =>
  op.state.some((s) => s === "token.revoke" || s === "token.refresh");

export function genericCases(
  vendor: VendorDefinition,
  contract: VendorContract,
  apis: ApiFacts[],
  target: { baseUrl: string; credentials: Credentials; values: Record<string, string> },
): CaseDefinition[] {
  const shared = new Map<string, ReturnType<NonNullable<VendorContract["session"]>>>();
  const session = (fresh: boolean, api: string) => {
    if (!contract.session) return undefined;
    const open = () => contract.session?.({ baseUrl: target.baseUrl, values: target.values }, api);
    if (fresh) return open();
    if (!shared.has(api)) shared.set(api, open() as ReturnType<NonNullable<VendorContract["session"]>>);
    return shared.get(api);
  };
  const ordered = apis
    .flatMap((api) => api.operations.map((op) => ({ api, op })))
    .sort((a, b) => Number(endsSession(a.op)) - Number(endsSession(b.op)));
  const cases: CaseDefinition[] = [];
  for (const { api, op } of ordered) {
    const name = (what: string) => `${what} (from the spec)`;
    const needsSession = op.auth.token !== undefined || op.refreshTokenParam !== undefined;
    cases.push({
      operation: op.operationId,
      name: name("the spec's example request"),
      // A login only issues a token; anything else that is not idempotent changes the vendor's state.
      writes: !op.idempotent && !op.state.includes("token.issue"),
      expect: "documented",
      run: async () => {
        let tokens: { accessToken: string; refreshToken: string } | undefined;
        if (needsSession) {
          const pending = session(endsSession(op), api.name);
          if (!pending) return { skip: "needs a user session, which this vendor's contract cannot make" };
          tokens = await pending.catch((error: unknown) => {
            throw new Error(`no user session: ${error instanceof Error ? error.message : String(error)}`);
          });
        }
        const parts = signedExample(vendor, api, op, target.baseUrl, target.credentials, tokens ?? {});
        return answer(await send(parts));
      },
    });
    if (op.auth.signed) {
      cases.push({
        operation: op.operationId,
        name: name("signed with wrong secrets"),
        expect: refusedWith(api, op, "authentication"),
        run: async () => {
          const wrong = wrongSecrets(vendor, target.credentials);
          return answer(await send(signedExample(vendor, api, op, target.baseUrl, wrong)));
        },
      });
    }
    if (op.auth.token) {
      cases.push({
        operation: op.operationId,
        name: name("with a user token the vendor never issued"),
        expect: refusedWith(api, op, "invalid-token"),
        run: async () => {
          const parts = signedExample(vendor, api, op, target.baseUrl, target.credentials, {
            accessToken: "Bearer iotdock-contract-not-a-token",
          });
          return answer(await send(parts));
        },
      });
    }
  }
  return cases;
}
