import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiAbortedError,
  ApiClient,
  ApiTimeoutError,
  InternalServerError,
  type FetchLike,
  type OperationSpec,
  type SecuritySchemeSpec,
} from "../../templates/runtime/index.js";
import { sendJson, startServer, type TestServer } from "./test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const getOp: OperationSpec = { method: "GET", path: "/things", params: [], response: { accept: "application/json" } };
const oauthOp: OperationSpec = { ...getOp, security: [["oauth"]] };
const schemes = (): Record<string, SecuritySchemeSpec> => ({
  oauth: { type: "oauth2", flows: { clientCredentials: { tokenUrl: `${server.url}/token`, scopes: [] } } },
});

function countTimers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
}

/** A fetch that never answers until its signal fires (a connection that never completes). */
const hangingFetch: FetchLike = (_url, init) =>
  new Promise((_resolve, reject) =>
    init.signal?.addEventListener("abort", () => reject(init.signal?.reason as Error), { once: true }),
  );

describe("timeouts and cancellation", () => {
  it("times out while connecting (the fetch never settles) and aborts the fetch's signal", async () => {
    let signal: AbortSignal | undefined;
    const fetch: FetchLike = (url, init) => {
      signal = init.signal ?? undefined;
      return hangingFetch(url, init);
    };
    const error = await new ApiClient({ baseUrl: "https://api.test", fetch, timeout: 30 })
      .request(getOp, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(signal?.aborted).toBe(true);
  });

  it("leaves no timer behind after retries that end in a status error, or after a timeout", async () => {
    server.handle((_req, res) => sendJson(res, 503, {}, { "retry-after": "0" }));
    const client = new ApiClient({ baseUrl: server.url });
    await client.request(getOp, {}).catch(() => undefined);
    const before = countTimers();
    await expect(client.request(getOp, {})).rejects.toBeInstanceOf(InternalServerError);
    expect(countTimers()).toBeLessThanOrEqual(before);
    await expect(
      new ApiClient({ baseUrl: "https://api.test", fetch: hangingFetch, timeout: 20 }).request(getOp, {}),
    ).rejects.toBeInstanceOf(ApiTimeoutError);
    expect(countTimers()).toBeLessThanOrEqual(before);
  });

  it("an abort while a token is being fetched rejects at once; the shared token request still completes for later calls", async () => {
    let release: (() => void) | undefined;
    server.handle((_req, res, rec) => {
      if (rec.url === "/token") release = () => sendJson(res, 200, { access_token: "late-token", expires_in: 3600 });
      else sendJson(res, 200, { ok: true });
    });
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes(),
      auth: { oauth: { clientId: "c", clientSecret: "s", allowInsecureTokenUrl: true } },
    });
    const controller = new AbortController();
    const first = client.request(oauthOp, {}, { signal: controller.signal }).then(
      () => undefined,
      (e: unknown) => e,
    );
    while (release === undefined) await new Promise((r) => setImmediate(r));
    controller.abort();
    expect(await first).toBeInstanceOf(ApiAbortedError);
    const second = client.request(oauthOp, {});
    release();
    expect(await second).toEqual({ ok: true });
    expect(server.requests.map((r) => r.url)).toEqual(["/token", "/things"]);
    expect(server.last().headers.authorization).toBe("Bearer late-token");
  });

  it("a token endpoint that never answers is covered by the attempt's timeout", async () => {
    server.handle((_req, res, rec) => (rec.url === "/token" ? undefined : sendJson(res, 200, {})));
    const client = new ApiClient({
      baseUrl: server.url,
      timeout: 50,
      securitySchemes: schemes(),
      auth: { oauth: { clientId: "c", clientSecret: "s", allowInsecureTokenUrl: true } },
    });
    const error = await client.request(oauthOp, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(server.requests.map((r) => r.url)).toEqual(["/token"]);
  });

  it("an abort during a retry wait stops all further attempts", async () => {
    const controller = new AbortController();
    server.handle((_req, res) => {
      sendJson(res, 503, {}, { "retry-after": "5" });
      setImmediate(() => controller.abort());
    });
    const error = await new ApiClient({ baseUrl: server.url, maxRetries: 5 })
      .request(getOp, {}, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiAbortedError);
    expect(server.requests).toHaveLength(1);
  });
});
