/** A real HTTP server on 127.0.0.1 that records what went over the wire, for runtime tests. */

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { closeServer } from "../support/close-server.js";

export interface Recorded {
  readonly method: string;
  /** The raw request-target, exactly as sent (path and query, still percent-encoded). */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, recorded: Recorded) => void | Promise<void>;

export interface TestServer {
  readonly url: string;
  readonly requests: Recorded[];
  /** Replaces the handler; the default answers 200 `{"ok":true}`. */
  handle(handler: Handler): void;
  /** The most recent request (throws when there is none). */
  last(): Recorded;
  reset(): void;
  close(): Promise<void>;
}

/** Answers with JSON. */
export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

const defaultHandler: Handler = (_req, res) => sendJson(res, 200, { ok: true });

/** Starts a server on an ephemeral port of 127.0.0.1. */
export async function startServer(): Promise<TestServer> {
  let handler = defaultHandler;
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded: Recorded = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(recorded);
      Promise.resolve(handler(req, res, recorded)).catch((error: unknown) => {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle: (next) => {
      handler = next;
    },
    last: () => {
      const recorded = requests.at(-1);
      if (recorded === undefined) throw new Error("no request recorded");
      return recorded;
    },
    reset: () => {
      requests.length = 0;
      handler = defaultHandler;
    },
    close: () => closeServer(server),
  };
}

export interface ParsedPart {
  readonly headers: Record<string, string>;
  readonly name: string | undefined;
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
  readonly data: Buffer;
}

/** A strict multipart parser for assertions: splits on the boundary from the Content-Type header. */
export function parseMultipart(body: Buffer, contentType: string): ParsedPart[] {
  const boundary = /boundary=([^;]+)/.exec(contentType)?.[1];
  if (boundary === undefined) throw new Error(`no boundary in ${contentType}`);
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: ParsedPart[] = [];
  let start = body.indexOf(delimiter);
  if (start !== 0) throw new Error("body does not start with the boundary");
  for (;;) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 4).toString() === "--\r\n") break;
    const headerEnd = body.indexOf("\r\n\r\n", afterDelimiter);
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), headerEnd);
    if (headerEnd === -1 || next === -1) throw new Error("truncated multipart body");
    const headerLines = body
      .subarray(afterDelimiter + 2, headerEnd)
      .toString("utf8")
      .split("\r\n");
    const headers: Record<string, string> = {};
    for (const line of headerLines) {
      const colon = line.indexOf(":");
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    const disposition = headers["content-disposition"] ?? "";
    parts.push({
      headers,
      name: /\bname="([^"]*)"/.exec(disposition)?.[1],
      filename: /\bfilename="([^"]*)"/.exec(disposition)?.[1],
      contentType: headers["content-type"],
      data: body.subarray(headerEnd + 4, next),
    });
    start = next + 2;
  }
  return parts;
}
