import type { Middleware } from "openapi-fetch";
import type { CaseAnswer } from "./types.js";

/** An openapi-fetch result as a contract answer: the status and whatever body came back. */
export const answerOf = (result: { data?: unknown; error?: unknown; response: Response }): CaseAnswer => ({
  status: result.response.status,
  body: result.data ?? result.error,
});

/**
 * Runs a flow helper (which throws on a vendor error) and returns the last raw answer it got, so
 * a case can check the answer itself, error or not. A network failure is rethrown.
 */
export async function captured(
  client: { use(...middleware: Middleware[]): void },
  call: () => Promise<unknown>,
): Promise<CaseAnswer> {
  let answer: CaseAnswer | undefined;
  client.use({
    async onResponse({ response }) {
      const text = await response.clone().text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: the case reports it
      }
      answer = { status: response.status, body };
      return undefined;
    },
  });
  try {
    await call();
  } catch (error) {
    if (!answer) throw error;
  }
  if (!answer) throw new Error("no answer");
  return answer;
}
