/** One checked expectation of a contract run: what was sent, what the spec expects, what came back. */
export interface ContractCase {
  /** operationId and situation, e.g. `verifyCode: unknown code`. */
  name: string;
  expected: string;
  got: string;
  pass: boolean;
  /** Not run (a write without --allow-writes, or a prerequisite missing); counts as neither. */
  skipped?: boolean;
}

/** One line per case, then the summary line. Never prints request bodies (they carry secrets). */
export function formatCases(cases: ContractCase[]): string {
  const lines = cases.map(
    (c) =>
      `${c.skipped ? "SKIP" : c.pass ? "PASS" : "FAIL"}  ${c.name}: expected ${c.expected}; got ${c.got}`,
  );
  const skipped = cases.filter((c) => c.skipped).length;
  const failed = cases.filter((c) => !c.pass).length;
  lines.push(
    `${cases.length - failed - skipped} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`,
  );
  return `${lines.join("\n")}\n`;
}

/**
 * POSTs JSON and reads the answer; network failures become a text (`unreachable (…)`, `no answer
 * within … ms`) instead of throwing. `body` is undefined when the answer is not JSON.
 *
 * A redirect is never followed: the bodies posted here carry secrets (Haier's `clientSecret`), and
 * fetch would send them again to wherever `Location` points (307/308 keep the body). The 3xx
 * answer itself comes back, with `redirect` set, for the caller to report.
 */
export async function postJson(
  url: string,
  body: unknown,
  timeoutMs: number,
  // "follow" is deliberately not allowed.
  init: { redirect?: "manual" | "error" } = {},
): Promise<{ status: number; body: unknown; text: string; redirect?: boolean } | { failure: string }> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json;charset=UTF-8" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: init.redirect === "error" ? "error" : "manual",
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined);
      return { status: response.status, body: undefined, text: "", redirect: true };
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed, text };
  } catch (error) {
    if (error instanceof Error && error.name === "TimeoutError")
      return { failure: `no answer within ${timeoutMs} ms` };
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return { failure: `unreachable (${cause})` };
  }
}
