// A lean HTTP/1.1 client for the load generator, as wrk is one: one keep-alive socket per worker,
// the request written as one buffer, the answer read by its status line and Content-Length (or
// chunks). node:http's client costs the generator about 100 µs a request on this machine, which
// capped every server measured at about 8,700 requests/s, a trivial one included; this one costs a
// fraction of that, so the servers, not the generator, set the figures.

import { connect } from "node:net";

const HEADER_END = Buffer.from("\r\n\r\n");

/** The request as bytes: request line, Host, the signed headers, Content-Length, body. */
export function requestBytes(parts) {
  const { url, method, headers, body } = parts;
  let head = `${method} ${url.pathname}${url.search} HTTP/1.1\r\nhost: ${url.host}\r\n`;
  for (const [name, value] of headers) head += `${name}: ${value}\r\n`;
  const payload = body === undefined ? undefined : Buffer.from(body, "utf8");
  head += `content-length: ${payload ? payload.length : 0}\r\n\r\n`;
  return payload ? Buffer.concat([Buffer.from(head, "latin1"), payload]) : Buffer.from(head, "latin1");
}

/** Parses a chunked body that is complete in `buffer` from `start`: [body, end] or undefined. */
function chunked(buffer, start) {
  const pieces = [];
  let at = start;
  for (;;) {
    const line = buffer.indexOf("\r\n", at);
    if (line < 0) return undefined;
    const size = Number.parseInt(buffer.toString("latin1", at, line), 16);
    if (size === 0) {
      const end = buffer.indexOf("\r\n\r\n", line);
      return end < 0 ? undefined : [Buffer.concat(pieces), end + 4];
    }
    if (buffer.length < line + 2 + size + 2) return undefined;
    pieces.push(buffer.subarray(line + 2, line + 2 + size));
    at = line + 2 + size + 2;
  }
}

/** One answer complete in `buffer`: { status, body, end }, or undefined when more must arrive. */
function parseAnswer(buffer) {
  const headEnd = buffer.indexOf(HEADER_END);
  if (headEnd < 0) return undefined;
  const head = buffer.toString("latin1", 0, headEnd);
  const status = Number(head.slice(9, 12));
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (length) {
    const end = headEnd + 4 + Number(length[1]);
    return buffer.length < end ? undefined : { status, body: buffer.subarray(headEnd + 4, end), end };
  }
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    const done = chunked(buffer, headEnd + 4);
    return done && { status, body: done[0], end: done[1] };
  }
  throw new Error(`answer without a length: ${head.split("\r\n")[0]}`);
}

/**
 * A keep-alive connection to `host:port` that sends one request at a time:
 * `send(bytes)` resolves with `{ status, text }` (status 0 and the reason on a socket error; the
 * next send reconnects).
 */
export function connection(host, port) {
  let socket;
  let pending;
  let buffer = Buffer.alloc(0);
  const fail = (error) => {
    socket = undefined;
    buffer = Buffer.alloc(0);
    const waiting = pending;
    pending = undefined;
    waiting?.({ status: 0, text: String(error) });
  };
  const open = () => {
    socket = connect({ host, port, noDelay: true });
    socket.on("data", (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      let answer;
      try {
        answer = parseAnswer(buffer);
      } catch (error) {
        socket.destroy();
        fail(error);
        return;
      }
      if (!answer) return;
      buffer = buffer.subarray(answer.end);
      const waiting = pending;
      pending = undefined;
      waiting?.({ status: answer.status, text: answer.body.toString("utf8") });
    });
    socket.on("error", fail);
    socket.on("close", () => fail(new Error("connection closed")));
  };
  return {
    send(bytes) {
      if (!socket) open();
      return new Promise((resolve) => {
        pending = resolve;
        socket.write(bytes);
      });
    },
    close() {
      socket?.destroy();
      socket = undefined;
    },
  };
}
