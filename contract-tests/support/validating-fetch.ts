import { loadApi } from "../../src/core/facts-files.js";
import { createPrismMock } from "../../src/sandbox/prism.js";

export interface Violation {
  method: string;
  path: string;
  status: number;
  detail: string;
}

/**
 * A fetch for clients under test: before a request goes on to the real server, Prism (in-process,
 * the same engine as `prism proxy --errors`) validates it against the spec; every request the spec
 * forbids is recorded as a violation, so a client that sends one fails its test.
 */
export async function validatingFetch(api: string) {
  const mock = await createPrismMock([loadApi(api.replace(/\.yaml$/, "")).spec]);
  const violations: Violation[] = [];
  const fetchValidated = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const text = request.body ? await request.clone().text() : "";
    let body: unknown = text || undefined;
    if (text && request.headers.get("content-type")?.includes("json")) {
      try {
        body = JSON.parse(text);
      } catch {
        // left as text: Prism reports it
      }
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const checked = await mock({
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers,
      body,
    });
    if (checked.status >= 400) {
      const detail = (checked.body as { detail?: string; title?: string }).detail ?? "";
      violations.push({ method: request.method, path: url.pathname, status: checked.status, detail });
    }
    return fetch(request);
  };
  return { fetch: fetchValidated, violations };
}
