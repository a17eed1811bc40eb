/**
 * CORS for the mock servers, so a page on another origin (the browser test) can call them like a browser app calls
 * the real APIs. Requests without an `Origin` header (every Node client) pass through untouched; preflights are
 * answered here, recorded, and never reach the mock's own handler or request log.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Recorded } from "../runtime/test-server.js";

/** Wraps a mock's request listener: answers preflights (recording them in `preflights`) and allows every origin. */
export function withCors(listener: RequestListener, preflights: Recorded[]): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    if (origin === undefined) return listener(req, res);
    res.setHeader("access-control-allow-origin", origin);
    res.setHeader("vary", "Origin");
    const requested = req.headers["access-control-request-method"];
    if (req.method === "OPTIONS" && requested !== undefined) {
      preflights.push({ method: req.method, url: req.url ?? "", headers: req.headers, body: Buffer.alloc(0) });
      res.writeHead(204, {
        "access-control-allow-methods": requested,
        "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "",
        "access-control-max-age": "600",
        "content-length": "0",
      });
      return void res.end();
    }
    // Response headers the clients read (Location, Content-Range, RateLimit-*, Retry-After, request ids).
    res.setHeader("access-control-expose-headers", "*");
    return listener(req, res);
  };
}
