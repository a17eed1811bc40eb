import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiClient, ApiRequestError, type OperationSpec, type ParamSpec } from "../../templates/runtime/index.js";
import { startServer, type TestServer } from "./test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const idParam: ParamSpec = { name: "id", key: "id", in: "path", style: "simple", explode: false, required: true };
const getItem: OperationSpec = {
  method: "GET",
  path: "/items/{id}/",
  params: [idParam],
  response: { accept: "application/json" },
};

describe("base URL joining", () => {
  it.each([
    ["/api/v1", "/api/v1/items/1/"],
    ["/api/v1/", "/api/v1/items/1/"],
    ["", "/items/1/"],
    ["/", "/items/1/"],
  ])("keeps the base path prefix %j and the template's trailing slash", async (prefix, want) => {
    const client = new ApiClient({ baseUrl: `${server.url}${prefix}` });
    await client.request(getItem, { id: 1 });
    expect(server.last().url).toBe(want);
  });

  it("keeps a query string that is part of the base URL", async () => {
    const client = new ApiClient({ baseUrl: `${server.url}/v2?tenant=a` });
    const op: OperationSpec = {
      method: "GET",
      path: "/x",
      params: [{ name: "q", key: "q", in: "query", style: "form", explode: true }],
      response: {},
    };
    await client.request(op, { q: "b" });
    expect(server.last().url).toBe("/v2/x?tenant=a&q=b");
  });

  it("rejects an invalid base URL at construction", () => {
    expect(() => new ApiClient({ baseUrl: "not a url" })).toThrow(ApiRequestError);
  });
});

describe("path values", () => {
  it("percent-encodes slashes, spaces, unicode and reserved characters", async () => {
    const client = new ApiClient({ baseUrl: server.url });
    await client.request(getItem, { id: "a/b c?d#é;,=" });
    expect(server.last().url).toBe("/items/a%2Fb%20c%3Fd%23%C3%A9%3B%2C%3D/");
  });

  it.each([
    ["empty string", ""],
    ["dot", "."],
    ["dot-dot", ".."],
    ["empty array", []],
    ["null", null],
    ["undefined", undefined],
  ])("rejects %s before sending", async (_label, value) => {
    const client = new ApiClient({ baseUrl: server.url });
    await expect(client.request(getItem, { id: value })).rejects.toBeInstanceOf(ApiRequestError);
    expect(server.requests).toHaveLength(0);
  });

  it("rejects label style '.' that would expand to a '..' segment", async () => {
    const client = new ApiClient({ baseUrl: server.url });
    const op: OperationSpec = { ...getItem, params: [{ ...idParam, style: "label" }] };
    await expect(client.request(op, { id: "." })).rejects.toBeInstanceOf(ApiRequestError);
  });

  it("allows values that merely contain dots", async () => {
    const client = new ApiClient({ baseUrl: server.url });
    await client.request(getItem, { id: "..a" });
    expect(server.last().url).toBe("/items/..a/");
    await client.request(getItem, { id: "v1.2" });
    expect(server.last().url).toBe("/items/v1.2/");
  });

  it("refuses an expanded path with a dot segment from the template itself", async () => {
    const client = new ApiClient({ baseUrl: server.url });
    const op: OperationSpec = { ...getItem, path: "/items/{id}/../admin" };
    await expect(client.request(op, { id: 1 })).rejects.toBeInstanceOf(ApiRequestError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("headers", () => {
  const headerOp = (extra: Partial<ParamSpec> = {}): OperationSpec => ({
    method: "GET",
    path: "/h",
    params: [{ name: "X-Trace", key: "trace", in: "header", style: "simple", explode: false, ...extra }],
    response: { accept: "application/vnd.acme+json, application/json" },
  });

  it.each([
    ["CR", "a\rb"],
    ["LF", "a\nSet-Cookie: x=1"],
    ["NUL", "a\0b"],
  ])("rejects %s in a header parameter", async (_label, value) => {
    const client = new ApiClient({ baseUrl: server.url });
    await expect(client.request(headerOp(), { trace: value })).rejects.toBeInstanceOf(ApiRequestError);
    expect(server.requests).toHaveLength(0);
  });

  it("rejects CR/LF in per-call and default headers and in the idempotency key", async () => {
    const client = new ApiClient({ baseUrl: server.url });
    await expect(client.request(headerOp(), {}, { headers: { "X-A": "1\r\n2" } })).rejects.toBeInstanceOf(
      ApiRequestError,
    );
    await expect(client.request(headerOp(), {}, { idempotencyKey: "k\n1" })).rejects.toBeInstanceOf(ApiRequestError);
    const bad = new ApiClient({ baseUrl: server.url, headers: { "X-B": "x\ny" } });
    await expect(bad.request(headerOp(), {})).rejects.toBeInstanceOf(ApiRequestError);
    expect(server.requests).toHaveLength(0);
  });

  it("merges default, operation and per-call headers; null removes a default", async () => {
    const client = new ApiClient({ baseUrl: server.url, headers: { "X-Default": "d", "X-Gone": "g" } });
    await client.request(headerOp(), { trace: ["a", "b"] }, { headers: { "X-Call": "c", "X-Gone": null } });
    const headers = server.last().headers;
    expect(headers["x-default"]).toBe("d");
    expect(headers["x-call"]).toBe("c");
    expect(headers["x-gone"]).toBeUndefined();
    expect(headers["x-trace"]).toBe("a,b");
    expect(headers.accept).toBe("application/vnd.acme+json, application/json");
  });

  it("sends a content-encoded header parameter as JSON", async () => {
    const client = new ApiClient({ baseUrl: server.url });
    await client.request(headerOp({ contentType: "application/json" }), { trace: { a: [1, "x"] } });
    expect(server.last().headers["x-trace"]).toBe('{"a":[1,"x"]}');
  });

  it("sends the idempotency key under the operation's header name when it declares one", async () => {
    const client = new ApiClient({ baseUrl: server.url });
    await client.request(
      { ...headerOp(), method: "POST", idempotencyHeader: "X-Request-Key" },
      {},
      { idempotencyKey: "k-1" },
    );
    expect(server.last().headers["x-request-key"]).toBe("k-1");
    expect(server.last().headers["idempotency-key"]).toBeUndefined();
    await client.request({ ...headerOp(), method: "POST" }, {}, { idempotencyKey: "k-2" });
    expect(server.last().headers["idempotency-key"]).toBe("k-2");
  });
});
