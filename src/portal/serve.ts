/**
 * A tiny static file server for the built portal (node:http only): GET and HEAD, `/` is
 * index.html, nothing outside `dir` and no dot files, `cache-control: no-cache` on every answer.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { notFoundPage } from "./page.js";

export interface ServePortalOptions {
  dir: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
}

export interface PortalServer {
  /** e.g. `http://127.0.0.1:4010/` */
  url: string;
  port: number;
  /** Stops listening and ends every open connection. */
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

const COMMON_HEADERS = { "cache-control": "no-cache", "x-content-type-options": "nosniff" };

function sendHtml(req: IncomingMessage, res: ServerResponse, status: number, html: string, extra = {}) {
  const body = Buffer.from(html);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    ...extra,
    "content-type": CONTENT_TYPES[".html"],
    "content-length": body.length,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * The file a request path names inside `root`, or undefined when the path is malformed, leaves
 * `root` (`..`, encoded or not) or names a dot file.
 */
function resolveInside(root: string, rawPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (path.includes("\0") || !path.startsWith("/")) return undefined;
  const segments = path.split(/[/\\]/);
  if (segments.some((s) => s.startsWith(".") && s !== "")) return undefined;
  const file = resolve(root, `.${path}`);
  const rel = relative(root, file);
  if (rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel)) return undefined;
  return file;
}

export async function servePortal(options: ServePortalOptions): Promise<PortalServer> {
  const root = resolve(options.dir);
  const host = options.host ?? "127.0.0.1";

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, {
          ...COMMON_HEADERS,
          allow: "GET, HEAD",
          "content-type": "text/plain; charset=utf-8",
        });
        res.end("Method not allowed\n");
        return;
      }
      const rawPath = (req.url ?? "/").split(/[?#]/)[0] || "/";
      let file = resolveInside(root, rawPath);
      if (file === undefined) {
        sendHtml(req, res, 404, notFoundPage(rawPath));
        return;
      }
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) {
        sendHtml(req, res, 404, notFoundPage(rawPath));
        return;
      }
      res.writeHead(200, {
        ...COMMON_HEADERS,
        "content-type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "content-length": info.size,
        "last-modified": info.mtime.toUTCString(),
      });
      if (req.method === "HEAD") {
        res.end();
        return;
      }
      const stream = createReadStream(file);
      stream.on("error", () => res.destroy());
      stream.pipe(res);
    } catch {
      if (!res.headersSent)
        sendHtml(req, res, 500, "<!DOCTYPE html><title>Error</title><p>Internal error</p>");
      else res.destroy();
    }
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    const onError = (error: Error) => rejectListen(error);
    server.once("error", onError);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", onError);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
