import { specValidator } from "../../src/contract/spec.js";
import { loadApi } from "../../src/core/facts-files.js";

export { specValidator };

/**
 * A fetch for a client under test that checks every answer against the API's spec as it arrives:
 * each answer off its operation's response schema goes into `problems` (a test's afterAll expects
 * none). `seen`, when given, also receives every request's path.
 */
export function specCheckingFetch(api: string, problems: unknown[], seen?: string[]) {
  const facts = loadApi(api);
  const spec = specValidator(api);
  return async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    seen?.push(path);
    const response = await fetch(request);
    const op = facts.find(request.method, path);
    const errors = spec.responseErrors(
      op?.operationId ?? "?",
      response.status,
      await response.clone().json(),
    );
    if (errors.length) problems.push({ operation: op?.operationId, errors });
    return response;
  };
}
