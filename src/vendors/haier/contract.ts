import { randomBytes } from "node:crypto";
import { captured } from "../../contract/answer.js";
import { type ContractCase, postJson } from "../../contract/cases.js";
import { type SpecValidator, specValidator } from "../../contract/spec.js";
import type { VendorContract } from "../../contract/types.js";
import type { CredentialVariable } from "../../sandbox/types.js";
import { createHaierClient } from "./client.js";
import { CLIENT_CREDENTIALS, EXAMPLE_CODE } from "./credentials.js";

/** The callback's success code (`x-iotdock-envelope` of specs/haier-callback.yaml). */
const SUCCESS_CODE = "00000";

export interface CallbackContractOptions {
  /** Full URL of the callback endpoint, path included. */
  server: string;
  clientKey: string;
  clientSecret: string;
  /** A code the server accepts now (codes are one-time: use a fresh one per run). */
  code: string;
  timeoutMs?: number;
}

interface Expectation {
  name: string;
  body: Record<string, string>;
  success: boolean;
  /** Values that must not appear in the answer. */
  secrets: string[];
}

/**
 * Checks a customer's Haier verification callback against specs/haier-callback.yaml, as Haier
 * would call it: a valid code, an unknown code, a wrong clientSecret, a wrong clientKey and a
 * missing field. Every answer must be HTTP 200 and valid against the spec; only the valid code may
 * be answered `00000` with an openId; no answer may echo the secret or the code.
 */
export async function checkHaierCallback(options: CallbackContractOptions): Promise<ContractCase[]> {
  const validator = specValidator("haier-callback");
  const { clientKey, clientSecret, code } = options;
  const wrongSecret = `wrong-${randomBytes(6).toString("hex")}`;
  const expectations: Expectation[] = [
    { name: "valid code", body: { code, clientKey, clientSecret }, success: true, secrets: [clientSecret] },
    {
      name: "unknown code",
      body: { code: randomBytes(32).toString("hex"), clientKey, clientSecret },
      success: false,
      secrets: [clientSecret],
    },
    {
      name: "wrong clientSecret",
      body: { code, clientKey, clientSecret: wrongSecret },
      success: false,
      secrets: [clientSecret, wrongSecret, code],
    },
    {
      name: "wrong clientKey",
      body: { code, clientKey: `${clientKey}-wrong`, clientSecret },
      success: false,
      secrets: [clientSecret, code],
    },
    { name: "missing code", body: { clientKey, clientSecret }, success: false, secrets: [clientSecret] },
  ];
  const cases: ContractCase[] = [];
  for (const e of expectations) {
    cases.push(await runCase(e, options, validator));
  }
  return cases;
}

async function runCase(
  e: Expectation,
  options: CallbackContractOptions,
  validator: SpecValidator,
): Promise<ContractCase> {
  const name = `verifyCode: ${e.name}`;
  const expected = e.success
    ? "HTTP 200, retCode 00000 with an openId"
    : "HTTP 200, a retCode other than 00000, openId empty";
  const answer = await postJson(options.server, e.body, options.timeoutMs ?? 10_000);
  if ("failure" in answer) return { name, expected, got: answer.failure, pass: false };
  const body = answer.body as { retCode?: unknown; openId?: unknown } | undefined;
  const got = `HTTP ${answer.status}, retCode ${String(body?.retCode ?? "none")}, openId ${body?.openId ? "present" : "empty"}`;
  const problems: string[] = [];
  if (answer.redirect)
    problems.push(`HTTP ${answer.status} redirect, not followed: the request carries clientSecret`);
  else if (answer.status !== 200) problems.push(`HTTP ${answer.status}`);
  if (body === undefined) problems.push("the answer is not JSON");
  else problems.push(...validator.responseErrors("verifyCode", 200, body).map((p) => `schema: ${p}`));
  const ok =
    body !== undefined &&
    body.retCode === SUCCESS_CODE &&
    typeof body.openId === "string" &&
    body.openId !== "";
  if (e.success && !ok) problems.push("not accepted");
  if (!e.success && ok) problems.push("accepted: it answered 00000 with an openId");
  if (!e.success && body?.openId) problems.push("openId is not empty");
  if (e.secrets.some((s) => answer.text.includes(s))) problems.push("the answer echoes a secret or the code");
  return {
    name,
    expected,
    got: problems.length ? `${got} (${problems.join("; ")})` : got,
    pass: !problems.length,
  };
}

const TEST_CODE = {
  variable: "HAIER_TEST_CODE",
  description: "a fresh one-time code your callback accepts (codes are single-use)",
  default: EXAMPLE_CODE,
  secret: true,
} as const satisfies CredentialVariable;

/** Haier's own endpoint: a valid code, a code the callback refuses (a wrong appKey: the generic cases). */
export const contract: VendorContract = {
  vendor: "haier",
  baseUrlVariable: "HAIER_BASE_URL",
  variables: [...Object.values(CLIENT_CREDENTIALS), TEST_CODE],
  /** A user's token: a login with the test code (the sandbox's demo callback accepts its default at any time). */
  async session({ baseUrl, values }) {
    const v = (c: CredentialVariable) => values[c.variable] ?? "";
    const { accessToken } = await createHaierClient({
      baseUrl,
      appId: v(CLIENT_CREDENTIALS.appId),
      clientId: v(CLIENT_CREDENTIALS.clientId),
      appKey: v(CLIENT_CREDENTIALS.appKey),
    }).login(v(TEST_CODE));
    return { accessToken, refreshToken: "" };
  },
  cases({ baseUrl, values }) {
    const v = (c: CredentialVariable) => values[c.variable] ?? "";
    const client = (appKey = v(CLIENT_CREDENTIALS.appKey)) =>
      createHaierClient({
        baseUrl,
        appId: v(CLIENT_CREDENTIALS.appId),
        clientId: v(CLIENT_CREDENTIALS.clientId),
        appKey,
      });
    const login = (appKey: string | undefined, code: string) => {
      const c = client(appKey);
      return captured(c, () => c.login(code));
    };
    return [
      {
        operation: "thirdpartUserLogin",
        name: "valid code",
        expect: "success",
        run: () => login(undefined, v(TEST_CODE)),
      },
      {
        operation: "thirdpartUserLogin",
        name: "a code the callback does not know",
        expect: { codes: ["D00013"] },
        run: () => login(undefined, randomBytes(32).toString("hex")),
      },
    ];
  },
};
