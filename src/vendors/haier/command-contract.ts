import { randomBytes } from "node:crypto";
import { type ContractCase, postJson } from "../../contract/cases.js";
import { specValidator } from "../../contract/spec.js";

/** The batch-result endpoint's success code (`x-iotdock-envelope` of specs/haier-callback.yaml). */
const SUCCESS_CODE = "00000";

/** A batch result as Haier sends it (the spec's `HaierBatchResult`), for a sn of this run. */
export function sampleBatchResult(now = Date.now()) {
  const cmdSn = `iotdock${randomBytes(6).toString("hex")}`;
  return {
    cmdSn,
    batchResult: true,
    batchResultInfo: "",
    detailInfo: [
      {
        oid: 1,
        cmdSn,
        cmdSubSn: `${cmdSn}:_:000`,
        deviceId: "DC330D01FBF1",
        execStep: 2,
        execResult: true,
        execResultCode: "A00000",
        execResultInfo: "成功",
        resultTime: now,
      },
    ],
  };
}

/**
 * Checks a customer's batch-result endpoint (the `backUrl` of sendbatchCmd) against
 * specs/haier-callback.yaml, as Haier would call it: a batch result must be acknowledged with
 * `00000`, a body that is not one refused with another code; every answer HTTP 200 and valid
 * against the spec.
 */
export async function checkHaierCommandCallback(options: {
  server: string;
  timeoutMs?: number;
}): Promise<ContractCase[]> {
  const validator = specValidator("haier-callback");
  const cases = [
    { name: "a batch result", body: sampleBatchResult() as unknown, success: true },
    { name: "a body that is not a batch result", body: { hello: "iotdock" }, success: false },
  ];
  const out: ContractCase[] = [];
  for (const c of cases) {
    const name = `commandResult: ${c.name}`;
    const expected = c.success ? "HTTP 200, retCode 00000" : "HTTP 200, a retCode other than 00000";
    const answer = await postJson(options.server, c.body, options.timeoutMs ?? 10_000);
    if ("failure" in answer) {
      out.push({ name, expected, got: answer.failure, pass: false });
      continue;
    }
    const body = answer.body as { retCode?: unknown } | undefined;
    const got = `HTTP ${answer.status}, retCode ${String(body?.retCode ?? "none")}`;
    const problems: string[] = [];
    if (answer.status !== 200) problems.push(`HTTP ${answer.status}`);
    if (body === undefined) problems.push("the answer is not JSON");
    else problems.push(...validator.responseErrors("commandResult", 200, body).map((p) => `schema: ${p}`));
    const acknowledged = body?.retCode === SUCCESS_CODE;
    if (c.success && !acknowledged) problems.push("not acknowledged");
    if (!c.success && acknowledged) problems.push("acknowledged a body that is not a batch result");
    out.push({
      name,
      expected,
      got: problems.length ? `${got} (${problems.join("; ")})` : got,
      pass: !problems.length,
    });
  }
  return out;
}
