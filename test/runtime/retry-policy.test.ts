import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiClient, InternalServerError, RateLimitError, type ClientOptions } from "../../templates/runtime/index.js";
import { sendJson } from "./test-server.js";
import { THINGS_GET, THINGS_POST, useTestServer } from "./shared-setup.js";

const server = useTestServer();
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const NOW = Date.UTC(2030, 0, 1, 12, 0, 0);

/** Answers `status` + `headers` once, then 200, and checks the wait exactly: no retry at `ms - 1`, a retry at `ms`. */
async function expectDelay(
  status: number,
  headers: Record<string, string>,
  ms: number,
  options: Partial<ClientOptions> = {},
): Promise<void> {
  vi.useFakeTimers({ now: NOW });
  vi.spyOn(Math, "random").mockReturnValue(0);
  const fetch = vi.fn(async () =>
    fetch.mock.calls.length === 1 ? new Response("{}", { status, headers }) : Response.json({ ok: true }),
  );
  const client = new ApiClient({ baseUrl: "https://api.test", fetch, ...options });
  const done = client.request(THINGS_GET, {}).then((d) => d);
  if (ms > 0) {
    await vi.advanceTimersByTimeAsync(ms - 1);
    expect(fetch).toHaveBeenCalledTimes(1);
  }
  await vi.advanceTimersByTimeAsync(ms > 0 ? 1 : 0);
  expect(fetch).toHaveBeenCalledTimes(2);
  expect(await done).toEqual({ ok: true });
}

describe("server-requested waits (fake timers)", () => {
  it.each([
    ["Retry-After seconds", 503, { "retry-after": "3" }, 3000],
    ["Retry-After HTTP-date", 503, { "retry-after": new Date(NOW + 7000).toUTCString() }, 7000],
    ["Retry-After HTTP-date in the past", 503, { "retry-after": new Date(NOW - 7000).toUTCString() }, 0],
    ["negative Retry-After → backoff", 503, { "retry-after": "-5" }, 500],
    ["garbage Retry-After → backoff", 503, { "retry-after": "soon, maybe" }, 500],
    ["numeric garbage Retry-After → backoff", 503, { "retry-after": "12abc" }, 500],
    ["huge Retry-After → capped at 60 s", 503, { "retry-after": "99999999999999999999" }, 60_000],
    ["far-future HTTP-date → capped", 503, { "retry-after": "Fri, 01 Jan 9999 00:00:00 GMT" }, 60_000],
    ["retry-after-ms wins over Retry-After", 429, { "retry-after-ms": "1500", "retry-after": "9" }, 1500],
    ["RateLimit-Reset seconds on 429", 429, { "ratelimit-reset": "4" }, 4000],
    [
      "RateLimit-Reset given as epoch seconds (Site Stacker)",
      429,
      { "ratelimit-reset": String(NOW / 1000 + 12) },
      12_000,
    ],
    ["X-RateLimit-Reset epoch seconds on 429", 429, { "x-ratelimit-reset": String(NOW / 1000 + 5) }, 5000],
    [
      "rate-limit reset headers are ignored on 503",
      503,
      { "ratelimit-reset": "30", "x-ratelimit-reset": String(NOW / 1000 + 30) },
      500,
    ],
  ] as const)("%s", async (_name, status, headers, ms) => {
    await expectDelay(status, headers, ms);
  });

  it("reads only the headers given in retryHeaders, with their formats", async () => {
    const retryHeaders = [{ name: "x-wait-ms", format: "milliseconds" as const }];
    await expectDelay(429, { "x-wait-ms": "2500", "retry-after": "1" }, 2500, { retryHeaders });
  });

  it("maxRetryAfter changes the cap", async () => {
    await expectDelay(503, { "retry-after": "30" }, 5000, { maxRetryAfter: 5000 });
  });

  it("backs off exponentially between attempts when the server says nothing", async () => {
    await expectDelay(502, {}, 500);
  });
});

describe("which requests are retried", () => {
  it.each([408, 429, 500, 502, 503, 504])("retries GET on %i, twice by default", async (status) => {
    server.handle((_req, res) => sendJson(res, status, {}, { "retry-after": "0" }));
    const error = await new ApiClient({ baseUrl: server.url }).request(THINGS_GET, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(status === 429 ? RateLimitError : status >= 500 ? InternalServerError : Error);
    expect(server.requests).toHaveLength(3);
  });

  it.each(["PUT", "DELETE", "OPTIONS", "HEAD"] as const)("retries %s", async (method) => {
    let calls = 0;
    server.handle((_req, res) =>
      ++calls === 1 ? sendJson(res, 503, {}, { "retry-after": "0" }) : sendJson(res, 200, {}),
    );
    await new ApiClient({ baseUrl: server.url }).request({ ...THINGS_GET, method }, {});
    expect(server.requests).toHaveLength(2);
  });

  it.each(["POST", "PATCH"] as const)("does not retry %s without an idempotency key", async (method) => {
    server.handle((_req, res) => sendJson(res, 503, {}, { "retry-after": "0" }));
    await expect(
      new ApiClient({ baseUrl: server.url }).request({ ...THINGS_POST, method }, { a: 1 }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a POST the spec marks retrySafe, without a key", async () => {
    let calls = 0;
    server.handle((_req, res) =>
      ++calls === 1 ? sendJson(res, 502, {}, { "retry-after": "0" }) : sendJson(res, 200, { ok: 1 }),
    );
    expect(await new ApiClient({ baseUrl: server.url }).request({ ...THINGS_POST, retrySafe: true }, { a: 1 })).toEqual(
      { ok: 1 },
    );
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual([undefined, undefined]);
  });
});

describe("idempotency keys", () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it("sends the caller's key in the operation's header, the same on every attempt", async () => {
    let calls = 0;
    server.handle((_req, res) =>
      ++calls < 3 ? sendJson(res, 503, {}, { "retry-after": "0" }) : sendJson(res, 201, {}),
    );
    await new ApiClient({ baseUrl: server.url }).request(
      { ...THINGS_POST, idempotencyHeader: "X-Idempotency-Key" },
      { a: 1 },
      { idempotencyKey: "k-42" },
    );
    expect(server.requests.map((r) => r.headers["x-idempotency-key"])).toEqual(["k-42", "k-42", "k-42"]);
    expect(server.requests.every((r) => r.headers["idempotency-key"] === undefined)).toBe(true);
  });

  it("with idempotencyAuto, makes a UUID key per call, reused across its retries and different between calls", async () => {
    let calls = 0;
    server.handle((_req, res) =>
      ++calls % 2 === 1 ? sendJson(res, 503, {}, { "retry-after": "0" }) : sendJson(res, 201, {}),
    );
    const client = new ApiClient({ baseUrl: server.url });
    const op = { ...THINGS_POST, idempotencyAuto: true };
    await client.request(op, { a: 1 });
    await client.request(op, { a: 1 });
    const keys = server.requests.map((r) => String(r.headers["idempotency-key"]));
    expect(keys).toHaveLength(4);
    expect(keys.every((k) => UUID.test(k))).toBe(true);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).toBe(keys[3]);
    expect(keys[0]).not.toBe(keys[2]);
  });

  it("prefers the caller's key over an automatic one, and adds none to GET", async () => {
    const client = new ApiClient({ baseUrl: server.url });
    await client.request({ ...THINGS_POST, idempotencyAuto: true }, { a: 1 }, { idempotencyKey: "mine" });
    await client.request({ ...THINGS_GET, idempotencyAuto: true }, {});
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual(["mine", undefined]);
  });
});
