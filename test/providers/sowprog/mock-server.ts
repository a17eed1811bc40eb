/**
 * A mock of the SOWPROG API v1 on 127.0.0.1 that behaves as its documentation says: everything under `/api/v1`,
 * OAuth 2 password and refresh grants at `/token` (application Basic credentials, `<OAuth>` XML), bearer tokens,
 * XML or JSON chosen by `Accept`/`Content-Type` (XML by default, 406/415 otherwise), response envelopes, link
 * elements, `<message>` errors (MANDATORY_ELEMENT, BAD_FORMAT with expectedFormat, ...), partial updates checked
 * against `sowprogId.version` (409 BAD_VERSION when stale), `modifiedSince`/`count`/`startIndex` lists and the
 * multipart picture upload. It records every request and has its own clock.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Recorded } from "../../runtime/test-server.js";
import { withCors } from "../../support/cors.js";
import { TEST_CREDENTIALS, TokenAuthority, type Credentials } from "./mock-auth.js";
import { negotiate, writeJson, writeXml } from "./mock-format.js";
import { bare, isReply, type Reply } from "./mock-http.js";
import { route } from "./mock-routes.js";
import { seedStore, type Seeded } from "./mock-seed.js";
import { SowprogStore } from "./mock-store.js";
import { closeServer } from "../../support/close-server.js";

/** A request as it went over the wire, with the status the mock answered. */
export interface ArrivedRequest extends Recorded {
  status?: number;
}

export interface SowprogMockOptions {
  readonly credentials?: Credentials;
  /** How JSON writes a one-item list: as a bare object (Jersey's default, and the mock's) or as an array. */
  readonly jsonSingletons?: "object" | "array";
}

export interface SowprogMock {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** `<origin>/api/v1`: pass as the client's `baseUrl`. */
  readonly apiBase: string;
  readonly requests: ArrivedRequest[];
  /** CORS preflights a browser sent (answered by `withCors`, not in `requests`). */
  readonly preflights: Recorded[];
  readonly store: SowprogStore;
  readonly seeded: Seeded;
  readonly tokens: TokenAuthority;
  /** The mock's clock (epoch ms): `Date.now()` plus what `advanceClock` added. */
  now(): number;
  advanceClock(ms: number): void;
  close(): Promise<void>;
}

const PREFIX = "/api/v1";

/** Starts the mock with the seed data. */
export async function startSowprogMock(options: SowprogMockOptions = {}): Promise<SowprogMock> {
  let offset = 0;
  const now = (): number => Date.now() + offset;
  const store = new SowprogStore(now);
  const seeded = seedStore(store);
  const tokens = new TokenAuthority(options.credentials ?? TEST_CREDENTIALS, now);
  const requests: ArrivedRequest[] = [];
  let base = "";

  const handle = (req: IncomingMessage, recorded: Recorded): Reply => {
    const url = new URL(recorded.url, "http://mock");
    if (!url.pathname.startsWith(`${PREFIX}/`) && url.pathname !== PREFIX) return bare(404);
    const path = url.pathname.slice(PREFIX.length) || "/";
    if (path === "/token") return recorded.method === "POST" ? tokens.token(req.headers, recorded.body) : bare(405);
    if (!tokens.authorized(req.headers)) return bare(401, { "www-authenticate": 'Bearer realm="sowprog"' });
    if (negotiate(req.headers.accept) === undefined) return bare(406);
    const found = route(recorded.method, path);
    if (isReply(found)) return found;
    return found.handler({
      method: recorded.method,
      url,
      params: found.params,
      headers: req.headers,
      body: recorded.body,
      store,
      base,
      now,
    });
  };

  const preflights: Recorded[] = [];
  const server = createServer(
    withCors((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const recorded: ArrivedRequest = {
          method: req.method ?? "",
          url: req.url ?? "",
          headers: req.headers,
          body: Buffer.concat(chunks),
        };
        requests.push(recorded);
        let reply: Reply;
        try {
          reply = handle(req, recorded);
        } catch (error) {
          reply = {
            status: 500,
            headers: { "x-mock-failure": (error as Error).message.replace(/[^\x20-\x7e]/g, "?") },
          };
        }
        recorded.status = reply.status;
        write(
          res,
          reply,
          reply.xmlOnly === true ? "xml" : (negotiate(req.headers.accept) ?? "xml"),
          options.jsonSingletons ?? "object",
        );
      });
    }, preflights),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = `${origin}${PREFIX}`;
  return {
    origin,
    apiBase: base,
    requests,
    preflights,
    store,
    seeded,
    tokens,
    now,
    advanceClock: (ms) => {
      offset += ms;
    },
    close: () => closeServer(server),
  };
}

function write(res: ServerResponse, reply: Reply, format: "xml" | "json", singletons: "object" | "array"): void {
  const hasBody = reply.root !== undefined && reply.content !== undefined;
  const body = !hasBody
    ? ""
    : format === "xml"
      ? writeXml(reply.root!, reply.content!)
      : writeJson(reply.content!, singletons);
  const type = !hasBody ? {} : { "content-type": format === "xml" ? "application/xml" : "application/json" };
  res.writeHead(reply.status, { ...type, "content-length": Buffer.byteLength(body), ...reply.headers });
  res.end(body);
}
