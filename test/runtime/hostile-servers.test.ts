/**
 * A hostile API or token server on 127.0.0.1 versus the runtime: token responses that try header injection or
 * break in every way, 401 storms while refresh tokens rotate, redirects to other schemes and ping-pong between
 * origins, Retry-After in its rarer forms, and injection through parameters. Every outcome is typed, bounded and
 * free of credentials.
 */
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ApiAuthError,
  ApiClient,
  ApiError,
  ApiRedirectError,
  ApiRequestError,
  type OAuthTokens,
  type OperationSpec,
  type SecuritySchemeSpec,
} from "../../templates/runtime/index.js";
import { parseRetryAfter } from "../../templates/runtime/retry.js";
import { sendJson, startServer, type TestServer } from "./test-server.js";

let api: TestServer;
let other: TestServer;
beforeAll(async () => {
  [api, other] = await Promise.all([startServer(), startServer()]);
});
afterAll(async () => Promise.all([api.close(), other.close()]));
beforeEach(() => {
  api.reset();
  other.reset();
});
afterEach(() => vi.useRealTimers());

const SECRET = "cs-HOSTILE-5150";
const op: OperationSpec = {
  method: "GET",
  path: "/things",
  params: [],
  response: { accept: "application/json" },
  security: [["oauth"]],
};
const tokenRequests = () => api.requests.filter((r) => r.url === "/oauth/token");
const apiRequests = () => api.requests.filter((r) => r.url !== "/oauth/token");

function oauthClient(extra: { tokens?: OAuthTokens } = {}): ApiClient {
  const flow = { tokenUrl: `${api.url}/oauth/token`, scopes: [] };
  const schemes: Record<string, SecuritySchemeSpec> = {
    oauth: {
      type: "oauth2",
      flows: { clientCredentials: flow, authorizationCode: { ...flow, authorizationUrl: "https://auth.example/a" } },
    },
  };
  return new ApiClient({
    baseUrl: api.url,
    maxRetries: 0,
    securitySchemes: schemes,
    auth: { oauth: { clientId: "cid", clientSecret: SECRET, allowInsecureTokenUrl: true, ...extra } },
  });
}

/** Every way an error could be shown in a log or crash report. */
function shown(error: unknown): string {
  const e = error as Error & { cause?: unknown };
  return [e.message, e.stack, JSON.stringify(e), String(e), inspect(e, { depth: 8 }), String(e.cause)].join("\n");
}

describe("hostile token endpoints", () => {
  it.each([
    [
      "an access token carrying a header (CR/LF injection)",
      200,
      JSON.stringify({ access_token: "tok\r\nX-Evil: 1", expires_in: 3600 }),
    ],
    ["malformed JSON", 200, '{"access_token": "tok'],
    ["no access_token", 200, JSON.stringify({ token_type: "bearer" })],
    ["an access token that is not a string", 200, JSON.stringify({ access_token: { toString: 1 } })],
    ["an oversized body", 200, JSON.stringify({ access_token: "x".repeat(2 * 1024 * 1024) })],
    [
      "an error that echoes the client secret",
      401,
      JSON.stringify({ error: "invalid_client", error_description: `bad secret ${SECRET}` }),
    ],
  ])("%s: ApiAuthError, nothing injected or sent to the API, no secret shown", async (_label, status, body) => {
    api.handle((_req, res, rec) => {
      if (rec.url !== "/oauth/token") return sendJson(res, 200, { ok: true });
      res.writeHead(status, { "content-type": "application/json" });
      res.end(body);
    });
    const error = await oauthClient()
      .request(op, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error instanceof ApiAuthError || error instanceof ApiRequestError).toBe(true);
    expect(apiRequests().filter((r) => r.headers["x-evil"] !== undefined)).toEqual([]);
    expect(apiRequests()).toHaveLength(0);
    expect(shown(error)).not.toContain(SECRET);
    expect(shown(error)).not.toContain(Buffer.from(`cid:${SECRET}`).toString("base64"));
  });

  it("a token endpoint that resets the connection fails typed, without the secret", async () => {
    api.handle((req, res, rec) => (rec.url === "/oauth/token" ? void req.socket.destroy() : sendJson(res, 200, {})));
    const error = await oauthClient()
      .request(op, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(shown(error)).not.toContain(SECRET);
    expect(apiRequests()).toHaveLength(0);
  });

  it("a token that is already expired (expires_in ≤ 0) is used once, not refreshed in a loop", async () => {
    api.handle((req, res, rec) =>
      rec.url === "/oauth/token"
        ? sendJson(res, 200, { access_token: "t", expires_in: -5 })
        : sendJson(res, 200, { auth: req.headers.authorization }),
    );
    expect(await oauthClient().request(op, {})).toEqual({ auth: "Bearer t" });
    expect(tokenRequests().length).toBeLessThanOrEqual(2);
  });
});

describe("401 storms while refresh tokens rotate", () => {
  it("two storms of 10 parallel 401s cause exactly two refreshes, the second with the rotated token; reuse is never tried", async () => {
    let current = "a-0";
    let valid = "r-0";
    const used: string[] = [];
    api.handle((req, res, rec) => {
      if (rec.url === "/oauth/token") {
        const got = new URLSearchParams(rec.body.toString()).get("refresh_token") ?? "";
        used.push(got);
        if (got !== valid) return sendJson(res, 400, { error: "invalid_grant" });
        const n = used.length;
        current = `a-${n}`;
        valid = `r-${n}`;
        return sendJson(res, 200, { access_token: current, refresh_token: valid, expires_in: 3600 });
      }
      if (req.headers.authorization === `Bearer ${current}`) sendJson(res, 200, { ok: true });
      else sendJson(res, 401, {});
    });
    const client = oauthClient({ tokens: { accessToken: "stale", refreshToken: "r-0" } });
    const storm = () => Promise.all(Array.from({ length: 10 }, () => client.request(op, {})));
    await storm();
    current = "revoked-by-server";
    await storm();
    expect(used).toEqual(["r-0", "r-1"]);
  });
});

describe("hostile redirects", () => {
  const getOp: OperationSpec = {
    method: "GET",
    path: "/start",
    params: [],
    response: { accept: "application/json" },
    security: [["bearer"]],
  };
  const schemes: Record<string, SecuritySchemeSpec> = { bearer: { type: "http", scheme: "bearer" } };

  it.each([
    "file:///etc/passwd",
    "data:application/json,{}",
    "javascript:alert(1)",
    "ftp://127.0.0.1/x",
    "blob:http://127.0.0.1/x",
  ])("refuses a redirect to %s", async (location) => {
    const seen: string[] = [];
    const fetch = vi.fn(async (url: string) => {
      seen.push(url);
      return url.startsWith("https://api.test/")
        ? new Response(null, { status: 302, headers: { location } })
        : Response.json({ leaked: true });
    });
    const error = await new ApiClient({
      baseUrl: "https://api.test",
      fetch,
      securitySchemes: schemes,
      auth: { bearer: { token: "tok-R" } },
    })
      .request(getOp, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRedirectError);
    expect(seen).toEqual(["https://api.test/start"]);
    expect(shown(error)).not.toContain("tok-R");
  });

  it("ping-pong between two origins stops at the hop limit and never gives the other origin the token", async () => {
    api.handle((_req, res) => {
      res.writeHead(302, { location: `${other.url}/pong` });
      res.end();
    });
    other.handle((_req, res) => {
      res.writeHead(302, { location: `${api.url}/start` });
      res.end();
    });
    const client = new ApiClient({
      baseUrl: api.url,
      maxRetries: 0,
      maxRedirects: 6,
      securitySchemes: schemes,
      auth: { bearer: { token: "tok-R" } },
    });
    expect(await client.request(getOp, {}).catch((e: unknown) => e)).toBeInstanceOf(ApiRedirectError);
    expect(api.requests.length + other.requests.length).toBe(7);
    expect(other.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
    expect(api.requests.every((r) => r.headers.authorization === "Bearer tok-R")).toBe(true);
  });
});

describe("injection through parameters", () => {
  const paramOp: OperationSpec = {
    method: "GET",
    path: "/items/{id}",
    params: [
      { name: "id", key: "id", in: "path", style: "simple", explode: false, required: true },
      { name: "q", key: "q", in: "query", style: "form", explode: true },
    ],
    response: { accept: "application/json" },
  };

  it("path and query values cannot add segments, parameters, fragments or lines", async () => {
    const client = new ApiClient({ baseUrl: api.url, maxRetries: 0 });
    await client.request(paramOp, { id: "../admin?x=1#frag", q: "a&admin=true#x\r\nX-Evil: 1" });
    expect(api.last().url).toBe("/items/..%2Fadmin%3Fx%3D1%23frag?q=a%26admin%3Dtrue%23x%0D%0AX-Evil%3A%201");
    expect(api.last().headers["x-evil"]).toBeUndefined();
  });

  it.each(["X A", "X-A:b", "X-\u00e9", ""])("refuses the header name %j before sending", async (name) => {
    const client = new ApiClient({ baseUrl: api.url, maxRetries: 0 });
    await expect(client.request(paramOp, { id: "1" }, { headers: { [name]: "v" } })).rejects.toBeInstanceOf(
      ApiRequestError,
    );
    expect(api.requests).toHaveLength(0);
  });
});

describe("Retry-After in every form a server may send", () => {
  const NOW = Date.UTC(2030, 0, 1, 12, 0, 0);
  it.each([
    ["delay seconds", "3", 3000],
    ["zero", "0", 0],
    ["padded", " \t4 ", 4000],
    ["fractional seconds (lenient)", "1.5", 1500],
    ["IMF-fixdate", "Tue, 01 Jan 2030 12:00:09 GMT", 9000],
    ["RFC 850 date", "Tuesday, 01-Jan-30 12:00:09 GMT", 9000],
    ["asctime date", "Tue Jan  1 12:00:09 2030", 9000],
    ["a date in the past", "Tue, 01 Jan 2030 11:00:00 GMT", 0],
    ["empty", "", undefined],
    ["negative", "-5", undefined],
    ["negative zero", "-0", undefined],
    ["exponent", "1e3", undefined],
    ["hex", "0x10", undefined],
    ["Infinity", "Infinity", undefined],
    ["two values (repeated header)", "3, 5", undefined],
    ["two dates (repeated header)", "Tue, 01 Jan 2030 12:00:09 GMT, Tue, 01 Jan 2030 12:00:20 GMT", undefined],
    ["text that Date.parse would read as the year 3000", "x 3000", undefined],
    ["a clock time", "12:00:30", undefined],
  ])("%s (%j) → %s ms", (_label, value, want) => {
    expect(parseRetryAfter(new Headers({ "retry-after": value }), NOW)).toBe(want);
  });
});
