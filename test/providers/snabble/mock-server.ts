/**
 * A mock of the snabble API on 127.0.0.1 that behaves as its documentation says: every path starts with the project,
 * JWTs (Bearer or the deprecated Client-Token) with per-endpoint permissions and 403 otherwise, vendor media types,
 * NDJSON batches and streams, 201 + Location, merge patch for the PoS, structured errors (bare, or wrapped in
 * `error` for the app-facing services), TOTP app credentials, and closing log files on another host behind a
 * redirect. It records every request as it went over the wire and has its own clock (TOTP, token expiry, `Date`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Recorded } from "../../runtime/test-server.js";
import { withCors } from "../../support/cors.js";
import { AppRegistry, appRoutes } from "./mock-app.js";
import { failure, json, type Reply } from "./mock-http.js";
import { ALL_PERMISSIONS, signJwt, verifyJwt, type Claims } from "./mock-jwt.js";
import { findRoute, type Call, type Route } from "./mock-router.js";
import { CATALOG_ROUTES } from "./mock-routes-catalog.js";
import { CHECKOUT_ROUTES } from "./mock-routes-checkout.js";
import { POS_ROUTES } from "./mock-routes-pos.js";
import { PRICING_ROUTES } from "./mock-routes-pricing.js";
import { reportRoutes } from "./mock-routes-reports.js";
import { PROJECTS, ProjectStore, seedProject } from "./mock-store.js";
import { closeServer } from "../../support/close-server.js";

export { TEST_APP } from "./mock-app.js";

/** A request the mock saw, and whether its body came in chunks (a streamed upload). */
export interface SeenRequest extends Recorded {
  readonly chunked: boolean;
}

export interface SnabbleMock {
  /** `http://127.0.0.1:<port>`: pass as the client's `baseUrl`. */
  readonly origin: string;
  /** The file storage host closing logs redirect to (another origin). */
  readonly storageOrigin: string;
  readonly requests: SeenRequest[];
  /** CORS preflights a browser sent (answered by `withCors`, not in `requests`). */
  readonly preflights: Recorded[];
  readonly storageRequests: Recorded[];
  readonly stores: ReadonlyMap<string, ProjectStore>;
  readonly apps: AppRegistry;
  /** NDJSON answers: `finished` turns true when the whole stream was written, `closedEarly` when the client hung up. */
  readonly streams: { finished: boolean; closedEarly: boolean }[];
  /** A JWT for `project` with the given permissions (default: every documented one). */
  issueJwt(project: string, permissions?: readonly string[], lifetimeS?: number): string;
  /** Moves the mock's clock (TOTP steps, token expiry, the `Date` header). */
  advanceClock(ms: number): void;
  now(): number;
  close(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

function readRequest(req: IncomingMessage, onDone: (recorded: SeenRequest) => void): void {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () =>
    onDone({
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: Buffer.concat(chunks),
      chunked: req.headers["transfer-encoding"] === "chunked",
    }),
  );
}

function bearerOf(req: IncomingMessage): string | undefined {
  const authorization = req.headers.authorization;
  if (authorization !== undefined && /^Bearer /i.test(authorization)) return authorization.slice(7);
  const legacy = req.headers["client-token"];
  return typeof legacy === "string" && legacy !== "" ? legacy : undefined;
}

/** The JWT check of a route: 403 for a missing, invalid or expired token, another project, or a missing permission. */
function authorize(route: Route, req: IncomingMessage, project: string, now: number): Claims | Reply | undefined {
  if (typeof route.auth !== "object") return undefined;
  const token = bearerOf(req);
  if (token === undefined)
    return failure(403, route.style, "missing_token", "a JWT is required (Authorization: Bearer <jwt>)");
  const claims = verifyJwt(token, now);
  if (claims === "invalid") return failure(403, route.style, "invalid_token", "the JWT is invalid");
  if (claims === "expired") return failure(403, route.style, "token_expired", "the JWT has expired");
  if (claims.project !== project)
    return failure(403, route.style, "wrong_project", `the JWT is not valid for project '${project}'`);
  const permission = route.auth.jwt;
  if (permission !== null && !claims.permissions.includes(permission))
    return failure(403, route.style, "permission_denied", `this call needs the permission ${permission}`);
  return claims;
}

/** Starts the mock and its file storage host on ephemeral ports of 127.0.0.1. */
export async function startSnabbleMock(options: { closings?: number; products?: number } = {}): Promise<SnabbleMock> {
  let offset = 0;
  const now = (): number => Date.now() + offset;
  const stores = new Map<string, ProjectStore>();
  for (const project of PROJECTS) {
    const store = new ProjectStore(project);
    seedProject(store, { closings: options.closings ?? 5, products: options.products ?? 3 });
    stores.set(project, store);
  }
  const apps = new AppRegistry();
  const requests: SeenRequest[] = [];
  const storageRequests: Recorded[] = [];
  const streams: { finished: boolean; closedEarly: boolean }[] = [];

  const preflights: Recorded[] = [];
  const storage = createServer(
    withCors(
      (req, res) =>
        readRequest(req, (recorded) => {
          storageRequests.push(recorded);
          const match = /^\/exports\/([^/]+)\/(\d+)\.csv$/.exec(new URL(recorded.url, "http://x").pathname);
          const file = match ? stores.get(match[1]!)?.logFiles.get(Number(match[2])) : undefined;
          if (file === undefined) return void res.writeHead(404).end();
          res.writeHead(200, { "content-type": "text/csv", "content-length": Buffer.byteLength(file) }).end(file);
        }),
      preflights,
    ),
  );
  const storageOrigin = await listen(storage);
  const routes: Route[] = [
    ...appRoutes(apps),
    ...CATALOG_ROUTES,
    ...PRICING_ROUTES,
    ...CHECKOUT_ROUTES,
    ...POS_ROUTES,
    ...reportRoutes(storageOrigin),
  ];
  let origin = "";

  const respond = (req: IncomingMessage, recorded: SeenRequest): Reply => {
    const url = new URL(recorded.url, origin);
    const found = findRoute(routes, recorded.method, url.pathname);
    if (found === undefined) return failure(404, "bare", "not_found", `no resource at ${url.pathname}`);
    if (found === "method")
      return failure(405, "bare", "method_not_allowed", `${recorded.method} is not allowed on ${url.pathname}`);
    const project = found.params["project"] ?? url.searchParams.get("project") ?? "";
    const claims = authorize(found.route, req, project, now());
    if (claims !== undefined && !("sub" in claims)) return claims;
    const store = stores.get(project) ?? new ProjectStore(project);
    const call: Call = {
      method: recorded.method,
      url,
      params: found.params,
      headers: req.headers,
      body: recorded.body,
      store,
      project,
      now: now(),
      claims,
      origin,
    };
    return found.route.handle(call);
  };

  const server = createServer(
    withCors(
      (req, res) =>
        readRequest(req, (recorded) => {
          requests.push(recorded);
          let reply: Reply;
          try {
            reply = respond(req, recorded);
          } catch (error) {
            reply = json(500, { type: "internal_error", message: `mock failure: ${(error as Error).message}` });
          }
          write(res, reply, now(), streams);
        }),
      preflights,
    ),
  );
  origin = await listen(server);

  return {
    origin,
    storageOrigin,
    requests,
    preflights,
    storageRequests,
    stores,
    apps,
    streams,
    issueJwt: (project, permissions = ALL_PERMISSIONS, lifetimeS = 3600) => {
      const iat = Math.floor(now() / 1000);
      return signJwt({ sub: "integration", project, permissions, iat, exp: iat + lifetimeS });
    },
    advanceClock: (ms) => {
      offset += ms;
    },
    now,
    close: async () => {
      await closeServer(server);
      await closeServer(storage);
    },
  };
}

/** Writes a reply with the mock's `Date`; NDJSON lines go out a few at a time, so the client really streams. */
function write(
  res: ServerResponse,
  reply: Reply,
  nowMs: number,
  streams: { finished: boolean; closedEarly: boolean }[],
): void {
  const date = new Date(nowMs).toUTCString();
  if (reply.lines !== undefined) {
    const stream = { finished: false, closedEarly: false };
    streams.push(stream);
    res.writeHead(reply.status, { date, ...reply.headers });
    const lines = [...reply.lines].map((line) => `${JSON.stringify(line)}\n`);
    res.on("close", () => {
      if (!stream.finished) stream.closedEarly = true;
    });
    let i = 0;
    const pump = (): void => {
      if (res.destroyed) return;
      if (i >= lines.length) {
        stream.finished = true;
        res.end();
        return;
      }
      res.write(lines.slice(i, i + 2).join(""));
      i += 2;
      setTimeout(pump, 2);
    };
    pump();
    return;
  }
  const body = reply.json === undefined ? "" : JSON.stringify(reply.json);
  const type = body === "" ? {} : { "content-type": "application/json" };
  res.writeHead(reply.status, { date, ...type, "content-length": Buffer.byteLength(body), ...reply.headers });
  res.end(body);
}
