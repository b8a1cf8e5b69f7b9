import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  /** The request target exactly as it arrived on the wire. */
  rawUrl: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A local server on 127.0.0.1 (free port) that records every request byte-for-byte and answers
 * with `answer(recorded)` (default: Quectel's success envelope).
 */
export async function startRecorder(
  answer: (r: Recorded) => { status?: number; type?: string; body: string } | "hang" = () => ({
    body: JSON.stringify({ code: 200, msg: "", data: null, extMsg: null }),
  }),
) {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const recorded = {
        method: req.method ?? "",
        rawUrl: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const a = answer(recorded);
      if (a === "hang") return;
      res.writeHead(a.status ?? 200, { "content-type": a.type ?? "application/json" });
      res.end(a.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
