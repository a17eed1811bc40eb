import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ApiClient,
  ApiRedirectError,
  type ClientOptions,
  type OperationSpec,
  type SecuritySchemeSpec,
} from "../../templates/runtime/index.js";
import { sendJson, startServer, type TestServer } from "./test-server.js";

let api: TestServer;
let other: TestServer;
beforeAll(async () => {
  api = await startServer();
  other = await startServer();
});
afterAll(async () => {
  await api.close();
  await other.close();
});
beforeEach(() => {
  api.reset();
  other.reset();
});

const schemes: Record<string, SecuritySchemeSpec> = {
  bearer: { type: "http", scheme: "bearer" },
  headerKey: { type: "apiKey", in: "header", name: "X-Api-Key" },
  queryKey: { type: "apiKey", in: "query", name: "api_key" },
  cookieKey: { type: "apiKey", in: "cookie", name: "sid" },
  hmac: { type: "signature" },
};
const security = [["bearer", "headerKey", "queryKey", "cookieKey", "hmac"]];
const getOp: OperationSpec = {
  method: "GET",
  path: "/start",
  params: [],
  response: { accept: "application/json" },
  security,
};
const bodyOp = (method: "POST" | "PUT"): OperationSpec => ({
  method,
  path: "/start",
  params: [],
  body: { required: true, from: "spread", variants: [{ mediaType: "application/json", encoding: "json" }] },
  response: { accept: "application/json" },
  security,
});

let signatures = 0;
function client(options: Partial<ClientOptions> = {}): ApiClient {
  signatures = 0;
  return new ApiClient({
    baseUrl: api.url,
    maxRetries: 0,
    headers: { "x-trace": "t-1", "x-session-token": "sess-SECRET", cookie: "pref=1" },
    securitySchemes: schemes,
    auth: {
      bearer: { token: "tok-SECRET" },
      headerKey: { key: "hk-SECRET" },
      queryKey: { key: "qk-SECRET" },
      cookieKey: { key: "ck-SECRET" },
      hmac: { sign: () => ({ "x-signature": `sig-${++signatures}` }) },
    },
    ...options,
  });
}

function redirect(server: TestServer, status: number, location: (url: string) => string): void {
  server.handle((_req, res, rec) => {
    if (rec.url.startsWith("/start")) {
      res.writeHead(status, { location: location(rec.url) });
      res.end();
    } else sendJson(res, 200, { at: rec.url });
  });
}

describe("same-origin redirects", () => {
  it("follows with every credential re-applied and re-signed", async () => {
    redirect(api, 302, () => "/next?page=2");
    expect(await client().request(getOp, {})).toEqual({ at: "/next?page=2&api_key=qk-SECRET" });
    const [first, second] = api.requests;
    expect(first!.url).toBe("/start?api_key=qk-SECRET");
    expect(second!.headers).toMatchObject({
      authorization: "Bearer tok-SECRET",
      "x-api-key": "hk-SECRET",
      cookie: "pref=1; sid=ck-SECRET",
      "x-signature": "sig-2",
    });
  });

  it.each([307, 308])("%i keeps method and body", async (status) => {
    redirect(api, status, () => "/moved");
    await client().request(bodyOp("PUT"), { a: 1 });
    expect(api.requests.map((r) => [r.method, r.body.toString(), r.headers["content-type"]])).toEqual([
      ["PUT", '{"a":1}', "application/json"],
      ["PUT", '{"a":1}', "application/json"],
    ]);
  });

  it("303 turns a POST into a GET without body or content-type", async () => {
    redirect(api, 303, () => "/result");
    await client().request(bodyOp("POST"), { a: 1 });
    const last = api.last();
    expect([last.method, last.body.length, last.headers["content-type"]]).toEqual(["GET", 0, undefined]);
    expect(last.headers.authorization).toBe("Bearer tok-SECRET");
  });

  it.each([301, 302])("%i after a POST becomes a GET (Fetch semantics)", async (status) => {
    redirect(api, status, () => "/result");
    await client().request(bodyOp("POST"), { a: 1 });
    expect(api.requests.map((r) => r.method)).toEqual(["POST", "GET"]);
  });

  it("stops a redirect loop at the hop limit with ApiRedirectError", async () => {
    redirect(api, 302, () => "/start");
    const error = await client({ maxRedirects: 3 })
      .request(getOp, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRedirectError);
    expect((error as Error).message).toContain("Too many redirects");
    expect(api.requests).toHaveLength(4);
  });
});

describe("cross-origin redirects", () => {
  it("drops Authorization, API key header/query/cookie, cookies, sensitive headers and the signature", async () => {
    redirect(api, 302, (url) => `${other.url}/elsewhere${url.slice("/start".length)}&keep=1`);
    other.handle((_req, res, rec) => sendJson(res, 200, { at: rec.url }));
    expect(await client().request(getOp, {})).toEqual({ at: "/elsewhere?keep=1" });
    const hop = other.last();
    expect(hop.headers.authorization).toBeUndefined();
    expect(hop.headers["x-api-key"]).toBeUndefined();
    expect(hop.headers.cookie).toBeUndefined();
    expect(hop.headers["x-signature"]).toBeUndefined();
    expect(hop.headers["x-session-token"]).toBeUndefined();
    expect(hop.headers["x-trace"]).toBe("t-1");
    expect(signatures).toBe(1);
  });

  it("coming back to the API origin gets the credentials again", async () => {
    redirect(api, 302, () => `${other.url}/bounce`);
    other.handle((_req, res) => {
      res.writeHead(302, { location: `${api.url}/final` });
      res.end();
    });
    await client().request(getOp, {});
    expect(other.last().headers.authorization).toBeUndefined();
    expect(api.last().url).toBe("/final?api_key=qk-SECRET");
    expect(api.last().headers.authorization).toBe("Bearer tok-SECRET");
  });

  it.each([307, 308])("refuses a %i that would re-send the body to another origin", async (status) => {
    redirect(api, status, () => `${other.url}/steal`);
    const error = await client()
      .request(bodyOp("POST"), { secret: "payload" }, { idempotencyKey: "k" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRedirectError);
    expect(other.requests).toHaveLength(0);
  });

  it("follows a cross-origin 303 as a GET without body or credentials", async () => {
    redirect(api, 303, () => `${other.url}/result`);
    await client().request(bodyOp("POST"), { a: 1 });
    const hop = other.last();
    expect([hop.method, hop.body.length, hop.headers.authorization, hop.headers["content-type"]]).toEqual([
      "GET",
      0,
      undefined,
      undefined,
    ]);
  });
});

describe("refused redirects (fake fetch)", () => {
  const plainGet: OperationSpec = {
    method: "GET",
    path: "/start",
    params: [],
    response: { accept: "application/json" },
  };
  function fakeFetch(location: string) {
    return vi.fn(async (url: string, _init: RequestInit) =>
      url.startsWith("https://api.test/")
        ? new Response(null, { status: 302, headers: { location } })
        : Response.json({}),
    );
  }

  it.each([
    ["https → http", "http://api.test/next", "from https to http"],
    ["a non-http scheme", "file:///etc/passwd", "file:"],
    ["an invalid Location", "http://[::1", "invalid Location"],
  ])("refuses %s", async (_name, location, message) => {
    const fetch = fakeFetch(location);
    const error = await new ApiClient({ baseUrl: "https://api.test", fetch })
      .request(plainGet, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRedirectError);
    expect((error as Error).message).toContain(message);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("uses redirect: manual, and falls back to the browser following an opaque redirect for safe requests", async () => {
    const opaque = (): Response => {
      const response = new Response(null);
      Object.defineProperty(response, "type", { value: "opaqueredirect" });
      Object.defineProperty(response, "status", { value: 0 });
      return response;
    };
    const fetch = vi.fn(async (_url: string, init: RequestInit) =>
      init.redirect === "manual" ? opaque() : Response.json({ followed: true }),
    );
    const browser = new ApiClient({ baseUrl: "https://api.test", fetch });
    const op = plainGet;
    expect(await browser.request(op, {})).toEqual({ followed: true });
    expect(await browser.request(op, {})).toEqual({ followed: true });
    expect(fetch.mock.calls.map(([, init]) => init.redirect)).toEqual(["manual", "follow", "follow"]);
    const fresh = new ApiClient({ baseUrl: "https://api.test", fetch });
    await expect(
      fresh.request({ ...plainGet, method: "POST", body: bodyOp("POST").body! }, { a: 1 }),
    ).rejects.toBeInstanceOf(ApiRedirectError);
  });
});
