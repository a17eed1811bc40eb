import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiClient,
  ApiConnectionError,
  ApiError,
  ApiPromise,
  ApiStatusError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type OperationSpec,
} from "../../templates/runtime/index.js";
import { sendJson } from "./test-server.js";
import { THINGS_GET, useTestServer } from "./shared-setup.js";

const server = useTestServer();
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("ApiPromise", () => {
  it("is awaitable for the data and exposes the Response through withResponse()", async () => {
    server.handle((_req, res) => sendJson(res, 201, { id: 1 }, { "x-request-id": "req-9" }));
    const client = new ApiClient({ baseUrl: server.url });
    const promise = client.request<{ id: number }>(THINGS_GET, {});
    expect(promise).toBeInstanceOf(ApiPromise);
    const { data, response } = await promise.withResponse();
    expect(data).toEqual({ id: 1 });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-request-id")).toBe("req-9");
    expect(await promise).toEqual({ id: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it("supports catch and finally", async () => {
    server.handle((_req, res) => sendJson(res, 404, { message: "nope" }));
    const client = new ApiClient({ baseUrl: server.url });
    let finished = false;
    const caught = await client
      .request(THINGS_GET, {})
      .finally(() => {
        finished = true;
      })
      .catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(NotFoundError);
    expect(finished).toBe(true);
  });
});

describe("status errors", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, ApiStatusError],
  ] as const)("%i becomes %O with status, headers, parsed body and request id", async (status, ctor) => {
    server.handle((_req, res) =>
      sendJson(res, status, { message: `failed ${status}`, code: "E1" }, { "x-request-id": "rid-1" }),
    );
    const client = new ApiClient({ baseUrl: server.url, maxRetries: 0 });
    const error = (await client.request(THINGS_GET, {}).catch((e: unknown) => e)) as ApiStatusError;
    expect(error).toBeInstanceOf(ctor);
    expect(error).toBeInstanceOf(ApiStatusError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.constructor).toBe(ctor);
    expect(error.name).toBe(ctor.name);
    expect(error.status).toBe(status);
    expect(error.body).toEqual({ message: `failed ${status}`, code: "E1" });
    expect(error.requestId).toBe("rid-1");
    expect(error.headers.get("content-type")).toBe("application/json");
    expect(error.message).toContain(`HTTP ${status}`);
    expect(error.message).toContain(`failed ${status}`);
  });

  it("keeps a non-JSON error body as text", async () => {
    server.handle((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<h1>Bad gateway</h1>");
    });
    const client = new ApiClient({ baseUrl: server.url, maxRetries: 0 });
    const error = (await client.request(THINGS_GET, {}).catch((e: unknown) => e)) as ApiStatusError;
    expect(error.body).toBe("<h1>Bad gateway</h1>");
  });
});

describe("redaction", () => {
  const secretOp: OperationSpec = {
    method: "GET",
    path: "/secure",
    params: [
      { name: "api_key", key: "apiKey", in: "query", style: "form", explode: true },
      { name: "page", key: "page", in: "query", style: "form", explode: true },
    ],
    response: { accept: "application/json" },
  };
  const secrets = ["sk-live-TOPSECRET", "qk-QUERYSECRET", "ck-COOKIESECRET"];

  function expectClean(error: unknown): void {
    const shown = [
      String((error as Error).message),
      JSON.stringify(error),
      inspect(error),
      String((error as ApiError).url),
    ];
    for (const text of shown) for (const secret of secrets) expect(text).not.toContain(secret);
  }

  it("keeps bearer tokens, cookies and api_key out of status error messages, JSON and inspect output", async () => {
    server.handle((req, res) =>
      sendJson(
        res,
        401,
        { message: `bad token ${req.headers.authorization ?? ""}` },
        { "set-cookie": "s=ck-COOKIESECRET" },
      ),
    );
    const client = new ApiClient({
      baseUrl: server.url,
      maxRetries: 0,
      headers: { Authorization: "Bearer sk-live-TOPSECRET", Cookie: "s=ck-COOKIESECRET" },
    });
    const error = await client.request(secretOp, { apiKey: "qk-QUERYSECRET", page: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.last().url).toBe("/secure?api_key=qk-QUERYSECRET&page=2");
    expectClean(error);
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json["url"]).toBe(`${server.url}/secure?api_key=[REDACTED]&page=2`);
    expect((json["headers"] as Record<string, string>)["set-cookie"]).toBe("[REDACTED]");
    expect((error as Error).message).toContain("bad token [REDACTED]");
  });

  it("keeps secrets out of connection errors whose cause quotes the URL", async () => {
    const fetch = async (url: string): Promise<Response> => {
      throw new TypeError(`Failed to fetch ${url}`);
    };
    const client = new ApiClient({
      baseUrl: "https://api.test",
      fetch,
      maxRetries: 0,
      headers: { authorization: "Bearer sk-live-TOPSECRET" },
    });
    const error = await client.request(secretOp, { apiKey: "qk-QUERYSECRET" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expectClean(error);
    expect(inspect(error)).toContain("api_key=[REDACTED]");
  });
});
