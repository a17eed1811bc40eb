/**
 * A mock of a Site Stacker installation on 127.0.0.1 that behaves as the API guide says: everything under `/api`, HMAC
 * signatures checked (key, date within 5 minutes, `ss-date` over `Date`), `Accept` versions (406), the hourly rate
 * limit with `RateLimit-*` headers on every authenticated response (429 past it), `search` conditions, Heroku-style
 * ranges (`206`/`200`, `Content-Range`, 416), `{message, url?, errors?}` errors, 201/200/204. It records every request
 * with the time it arrived, and has its own clock.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Recorded } from "../../runtime/test-server.js";
import { withCors } from "../../support/cors.js";
import { authenticate, type ApiKey } from "./mock-auth.js";
import { CONTENT_ROUTES } from "./mock-content.js";
import { GIVING_ROUTES } from "./mock-giving.js";
import { fail, isReply, json, type Reply } from "./mock-http.js";
import { PEOPLE_ROUTES } from "./mock-people.js";
import { DOCUMENTED_LIMIT, RateLimiter, type RateLimitSettings } from "./mock-rate-limit.js";
import { createRouter } from "./mock-routes.js";
import { seedStore, type Seeded } from "./mock-seed.js";
import { SiteStackerStore } from "./mock-store.js";
import { closeServer } from "../../support/close-server.js";

/** The API key pair the scenarios use (the official test vectors' pair), and one of a suspended account. */
export const TEST_KEY: ApiKey = { keyId: "1qxji41u", secret: "432e72e606029aa9d901bdab2c39445d944cb6ac" };
export const SUSPENDED_KEY: ApiKey = {
  keyId: "suspended1",
  secret: "0123456789abcdef0123456789abcdef01234567",
  suspended: true,
};

/** A request as it went over the wire, with the mock-clock time it arrived. */
export interface ArrivedRequest extends Recorded {
  readonly receivedAt: number;
  /** The status and headers the mock answered with. */
  response?: { readonly status: number; readonly headers: Readonly<Record<string, string>> };
}

export interface SiteStackerMock {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** `<origin>/api`: pass as the client's `baseUrl`. */
  readonly apiBase: string;
  readonly requests: ArrivedRequest[];
  /** CORS preflights a browser sent (answered by `withCors`, not in `requests`). */
  readonly preflights: Recorded[];
  readonly store: SiteStackerStore;
  readonly seeded: Seeded;
  readonly limiter: RateLimiter;
  /** The mock's clock (epoch ms); `Date.now()` plus the offset set by `advanceClock`. */
  now(): number;
  advanceClock(ms: number): void;
  close(): Promise<void>;
}

const ACCEPTED_TYPES = new Set(["*/*", "application/*", "application/json", "application/vnd.sitestacker+json"]);

/** True when the `Accept` header allows JSON of version 1 (no header: the latest version, 1). */
export function acceptsVersion1(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === "") return true;
  return accept.split(",").some((range) => {
    const [type, ...params] = range.split(";").map((part) => part.trim());
    const version = params.find((p) => p.toLowerCase().startsWith("version="))?.slice("version=".length);
    return ACCEPTED_TYPES.has(type!.toLowerCase()) && (version === undefined || version === "1");
  });
}

/** Starts the mock with the seed data plus `people` extra people. */
export async function startSiteStackerMock(
  options: { people?: number; rateLimit?: RateLimitSettings; keys?: readonly ApiKey[] } = {},
): Promise<SiteStackerMock> {
  let offset = 0;
  const now = (): number => Date.now() + offset;
  const store = new SiteStackerStore(now);
  const seeded = seedStore(store, { people: options.people ?? 0 });
  const keys = new Map((options.keys ?? [TEST_KEY, SUSPENDED_KEY]).map((key) => [key.keyId, key]));
  const limiter = new RateLimiter(options.rateLimit ?? DOCUMENTED_LIMIT, now);
  const route = createRouter(PEOPLE_ROUTES, GIVING_ROUTES, CONTENT_ROUTES);
  const requests: ArrivedRequest[] = [];

  const handle = (req: IncomingMessage, recorded: Recorded): { reply: Reply; rateHeaders: Record<string, string> } => {
    const url = new URL(recorded.url, "http://mock");
    if (!url.pathname.startsWith("/api/")) return { reply: fail(404, "Not found"), rateHeaders: {} };
    const key = authenticate(recorded.method, req.headers, keys, now());
    if (isReply(key)) return { reply: key, rateHeaders: {} };
    const { headers: rateHeaders, refused } = limiter.take(key.keyId);
    if (refused) return { reply: refused, rateHeaders };
    if (!acceptsVersion1(req.headers.accept))
      return {
        reply: fail(
          406,
          "Request failed, set Accept: application/vnd.sitestacker+json; version=1 header and try again",
        ),
        rateHeaders,
      };
    const found = route(recorded.method, url.pathname.slice("/api".length));
    if (isReply(found)) return { reply: found, rateHeaders };
    return {
      reply: found.handler({
        method: recorded.method,
        url,
        params: found.params,
        headers: req.headers,
        body: recorded.body,
        store,
      }),
      rateHeaders,
    };
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
          receivedAt: now(),
        };
        requests.push(recorded);
        try {
          const { reply, rateHeaders } = handle(req, recorded);
          const headers = { ...rateHeaders, date: new Date(now()).toUTCString(), ...reply.headers };
          recorded.response = { status: reply.status, headers };
          write(res, { ...reply, headers });
        } catch (error) {
          write(res, json(500, { message: `mock failure: ${(error as Error).message}` }));
        }
      });
    }, preflights),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    apiBase: `${origin}/api`,
    requests,
    preflights,
    store,
    seeded,
    limiter,
    now,
    advanceClock: (ms) => {
      offset += ms;
    },
    close: () => closeServer(server),
  };
}

function write(res: ServerResponse, reply: Reply): void {
  const body = reply.json === undefined ? "" : JSON.stringify(reply.json);
  const type = body === "" ? {} : { "content-type": "application/json; charset=UTF-8" };
  res.writeHead(reply.status, { ...type, "content-length": Buffer.byteLength(body), ...reply.headers });
  res.end(body);
}
