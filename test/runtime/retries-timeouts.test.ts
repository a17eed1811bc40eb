import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiAbortedError,
  ApiClient,
  ApiConnectionError,
  ApiTimeoutError,
  BadRequestError,
  InternalServerError,
  type OperationSpec,
} from "../../templates/runtime/index.js";
import { sendJson } from "./test-server.js";
import { THINGS_GET, THINGS_POST, countTimers, useTestServer } from "./shared-setup.js";

const server = useTestServer();
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("timeouts and abort", () => {
  it("times out while the server trickles the body, and leaves no timer behind", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("[");
      const timer = setInterval(() => res.write("1,"), 20);
      res.on("close", () => clearInterval(timer));
    });
    const client = new ApiClient({ baseUrl: server.url, timeout: 150, maxRetries: 0 });
    const before = countTimers();
    await expect(client.request(THINGS_GET, {})).rejects.toBeInstanceOf(ApiTimeoutError);
    expect(countTimers()).toBeLessThanOrEqual(before);
  });

  it("times out while waiting for headers", async () => {
    server.handle(() => undefined);
    const client = new ApiClient({ baseUrl: server.url, maxRetries: 0 });
    await expect(client.request(THINGS_GET, {}, { timeout: 100 })).rejects.toBeInstanceOf(ApiTimeoutError);
  });

  it("clears its timer after a successful call", async () => {
    const client = new ApiClient({ baseUrl: server.url });
    await client.request(THINGS_GET, {});
    const before = countTimers();
    await client.request(THINGS_GET, {});
    expect(countTimers()).toBe(before);
  });

  it("aborts at once when the caller's signal fires mid-request", async () => {
    const controller = new AbortController();
    server.handle(() => controller.abort(new Error("user gave up")));
    const client = new ApiClient({ baseUrl: server.url });
    await expect(client.request(THINGS_GET, {}, { signal: controller.signal })).rejects.toBeInstanceOf(ApiAbortedError);
  });

  it("does not send at all with an already-aborted signal", async () => {
    const client = new ApiClient({ baseUrl: server.url });
    await expect(client.request(THINGS_GET, {}, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      ApiAbortedError,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("aborts during a retry wait", async () => {
    const controller = new AbortController();
    server.handle((_req, res) => {
      sendJson(res, 503, {}, { "retry-after": "30" });
      setTimeout(() => controller.abort(), 20);
    });
    const client = new ApiClient({ baseUrl: server.url });
    await expect(client.request(THINGS_GET, {}, { signal: controller.signal })).rejects.toBeInstanceOf(ApiAbortedError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("retries", () => {
  it("retries GET on 503 honouring Retry-After", async () => {
    let calls = 0;
    server.handle((_req, res) =>
      ++calls < 3 ? sendJson(res, 503, {}, { "retry-after": "0" }) : sendJson(res, 200, { ok: calls }),
    );
    const client = new ApiClient({ baseUrl: server.url });
    expect(await client.request(THINGS_GET, {})).toEqual({ ok: 3 });
    expect(server.requests).toHaveLength(3);
  });

  it("gives up after maxRetries and throws the last status error", async () => {
    server.handle((_req, res) => sendJson(res, 503, { message: "down" }, { "retry-after": "0" }));
    const client = new ApiClient({ baseUrl: server.url, maxRetries: 1 });
    await expect(client.request(THINGS_GET, {})).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry statuses that are not transient", async () => {
    server.handle((_req, res) => sendJson(res, 400, {}, { "retry-after": "0" }));
    const client = new ApiClient({ baseUrl: server.url });
    await expect(client.request(THINGS_GET, {})).rejects.toBeInstanceOf(BadRequestError);
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a POST without an idempotency key", async () => {
    server.handle((_req, res) => sendJson(res, 503, {}, { "retry-after": "0" }));
    const client = new ApiClient({ baseUrl: server.url });
    await expect(client.request(THINGS_POST, { name: "x" })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a POST with an idempotency key, sending the same key and body each time", async () => {
    let calls = 0;
    server.handle((_req, res) =>
      ++calls === 1 ? sendJson(res, 503, {}, { "retry-after": "0" }) : sendJson(res, 201, { id: 5 }),
    );
    const client = new ApiClient({ baseUrl: server.url });
    expect(await client.request(THINGS_POST, { name: "x" }, { idempotencyKey: "key-123" })).toEqual({ id: 5 });
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual(["key-123", "key-123"]);
    expect(server.requests.map((r) => r.body.toString())).toEqual(['{"name":"x"}', '{"name":"x"}']);
  });

  it("caps Retry-After at 60 s (fake timers)", async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(async () =>
      fetch.mock.calls.length === 1
        ? new Response("", { status: 429, headers: { "retry-after": "120" } })
        : Response.json({ ok: true }),
    );
    const client = new ApiClient({ baseUrl: "https://api.test", fetch });
    const promise = client.request(THINGS_GET, {}).then((d) => d);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(await promise).toEqual({ ok: true });
  });

  it("retries connection errors with exponential backoff, then throws ApiConnectionError (fake timers)", async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(0);
    const fetch = vi.fn(async (): Promise<Response> => {
      throw new TypeError("fetch failed");
    });
    const client = new ApiClient({ baseUrl: "https://api.test", fetch, maxRetries: 2 });
    const outcome = client.request(THINGS_GET, {}).then(
      () => undefined,
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(await outcome).toBeInstanceOf(ApiConnectionError);
  });

  it("does not retry a one-shot streamed body", async () => {
    server.handle((_req, res) => sendJson(res, 503, {}, { "retry-after": "0" }));
    const client = new ApiClient({ baseUrl: server.url });
    const op: OperationSpec = {
      ...THINGS_POST,
      method: "PUT",
      body: {
        required: true,
        from: { key: "data" },
        variants: [{ mediaType: "application/octet-stream", encoding: "binary" }],
      },
    };
    const data = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new Uint8Array([1])), c.close()) });
    await expect(client.request(op, { data })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });
});
