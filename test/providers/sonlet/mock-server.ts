/**
 * A mock of Sonlet on 127.0.0.1 that behaves as its documentation says: OAuth under `/o/`, the API under
 * `/api/v2/` with bearer tokens (401 when missing, invalid or expired), a redirect for every path without a
 * trailing slash, DRF pagination, idempotency keys and uploads. It records every request as it went over the wire,
 * has its own clock (to expire tokens and idempotency keys), and can inject faults (an error status, or a response
 * lost after the request was processed).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Recorded } from "../../runtime/test-server.js";
import { withCors } from "../../support/cors.js";
import { handleApi, seedStore, SonletStore } from "./mock-api.js";
import { detail, json, redirect, type Reply } from "./mock-http.js";
import { OAuthServer, type IssuedTokens, type OAuthApp } from "./mock-oauth.js";
import { closeServer } from "../../support/close-server.js";

export type { IssuedTokens, OAuthApp } from "./mock-oauth.js";

/** The registered test app: a web app (server-side callback) and the demo mobile scheme. */
export const TEST_APP: OAuthApp = {
  clientId: "str-demo-client",
  clientSecret: "str-demo-secret",
  redirectUris: ["https://app.example/str-cb", "str-api-demo://cb"],
};

/** A fault for the next request that matches. */
export interface Fault {
  readonly method: string;
  readonly path: string;
  /** `status`: answer this status before doing anything; `drop`: process the request, then cut the connection instead of answering. */
  readonly kind: { readonly status: number; readonly headers?: Readonly<Record<string, string>> } | "drop";
}

export interface SonletMock {
  /** `http://127.0.0.1:<port>`: the site origin (OAuth lives at `/o/`). */
  readonly origin: string;
  /** `<origin>/api/v2`: pass as the client's `baseUrl`. */
  readonly apiBase: string;
  readonly requests: Recorded[];
  /** CORS preflights a browser sent (answered by `withCors`, not in `requests`). */
  readonly preflights: Recorded[];
  readonly store: SonletStore;
  readonly oauth: OAuthServer;
  /** Moves the mock's clock forward (token expiry, idempotency window). */
  advanceClock(ms: number): void;
  /** Issues tokens for `TEST_APP` as if the user had authorized it. */
  issueTokens(options?: { userId?: number; refresh?: boolean }): IssuedTokens;
  /** Queues a fault for the next matching request. */
  injectFault(fault: Fault): void;
  close(): Promise<void>;
}

/** Starts the mock on an ephemeral port of 127.0.0.1 with `items` seeded items and `pageSize` results per page. */
export async function startSonletMock(options: { items?: number; pageSize?: number } = {}): Promise<SonletMock> {
  let offset = 0;
  const now = (): number => Date.now() + offset;
  const store = new SonletStore();
  seedStore(store, { items: options.items ?? 0 });
  const oauth = new OAuthServer([TEST_APP], now);
  const requests: Recorded[] = [];
  const preflights: Recorded[] = [];
  const faults: Fault[] = [];
  const pageSize = options.pageSize ?? 2;

  const route = (req: IncomingMessage, recorded: Recorded): Reply => {
    const url = new URL(recorded.url, `http://${req.headers.host ?? "127.0.0.1"}`);
    // Django's APPEND_SLASH: a path without the trailing slash is redirected (a POST body is lost on the way).
    if (!url.pathname.endsWith("/")) return redirect(301, `${url.pathname}/${url.search}`);
    if (url.pathname === "/o/authorize/" && recorded.method === "GET") return oauth.authorize(url.searchParams);
    if (url.pathname === "/o/token/" && recorded.method === "POST") {
      if (!String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded"))
        return json(400, { error: "invalid_request" });
      return oauth.token(Object.fromEntries(new URLSearchParams(recorded.body.toString("utf8"))));
    }
    if (!url.pathname.startsWith("/api/v2/")) return detail(404, "Not found.");
    const user = oauth.authenticate(req.headers.authorization);
    if (user === undefined)
      return detail(401, "Authentication credentials were not provided.", { "www-authenticate": 'Bearer realm="api"' });
    return handleApi(
      store,
      { method: recorded.method, url, user, headers: req.headers, body: recorded.body },
      { pageSize, now: now() },
    );
  };

  const respond = (req: IncomingMessage, res: ServerResponse, recorded: Recorded): void => {
    const at = faults.findIndex(
      (f) => f.method === recorded.method && f.path === new URL(recorded.url, "http://x").pathname,
    );
    const fault = at === -1 ? undefined : faults.splice(at, 1)[0];
    if (fault !== undefined && fault.kind !== "drop")
      return write(res, {
        status: fault.kind.status,
        headers: fault.kind.headers ?? {},
        json: { detail: "Service unavailable." },
      });
    const reply = route(req, recorded);
    if (fault?.kind === "drop") {
      res.socket?.destroy();
      return;
    }
    write(res, reply);
  };

  const server = createServer(
    withCors((req, res) => {
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
        try {
          respond(req, res, recorded);
        } catch (error) {
          write(res, json(500, { detail: `mock failure: ${(error as Error).message}` }));
        }
      });
    }, preflights),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    apiBase: `${origin}/api/v2`,
    requests,
    preflights,
    store,
    oauth,
    advanceClock: (ms) => {
      offset += ms;
    },
    issueTokens: (issue = {}) => oauth.issue({ clientId: TEST_APP.clientId, ...issue }),
    injectFault: (fault) => {
      faults.push(fault);
    },
    close: () => closeServer(server),
  };
}

function write(res: ServerResponse, reply: Reply): void {
  const body = reply.json === undefined ? "" : JSON.stringify(reply.json);
  res.writeHead(reply.status, {
    ...(body === "" ? {} : { "content-type": "application/json" }),
    "content-length": Buffer.byteLength(body),
    ...reply.headers,
  });
  res.end(body);
}
