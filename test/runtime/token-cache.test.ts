/** `cachedToken`: a token your code fetches, shared by concurrent calls and renewed after a fraction of its lifetime. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiAuthError,
  ApiClient,
  ApiRequestError,
  cachedToken,
  type FetchedToken,
  type OperationSpec,
} from "../../templates/runtime/index.js";
import { startServer, type TestServer } from "./test-server.js";

function issuer(
  lifetimeMs: number,
  clock: () => number,
): { fetchToken: () => Promise<FetchedToken>; count: () => number } {
  let n = 0;
  return {
    fetchToken: async () => {
      n++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { token: `tok-${n}`, issuedAt: clock(), expiresAt: clock() + lifetimeMs };
    },
    count: () => n,
  };
}

describe("cachedToken", () => {
  it("fetches once for concurrent callers and reuses the token until half its lifetime has passed", async () => {
    let now = 1_000_000;
    const source = issuer(60_000, () => now);
    const token = cachedToken({ fetchToken: source.fetchToken, now: () => now });
    expect(await Promise.all([token(), token(), token()])).toEqual(["tok-1", "tok-1", "tok-1"]);
    now += 29_999;
    expect(await token()).toBe("tok-1");
    now += 1;
    expect(await token()).toBe("tok-2");
    expect(source.count()).toBe(2);
  });

  it("renews at the fraction given, keeps tokens without expiry until invalidate(), and retries after a failed fetch", async () => {
    let now = 0;
    const late = issuer(100, () => now);
    const token = cachedToken({ fetchToken: late.fetchToken, renewAfter: 0.9, now: () => now });
    await token();
    now = 89;
    expect(await token()).toBe("tok-1");
    now = 90;
    expect(await token()).toBe("tok-2");

    let calls = 0;
    const forever = cachedToken({ fetchToken: async () => ({ token: `k${++calls}` }) });
    expect([await forever(), await forever()]).toEqual(["k1", "k1"]);
    forever.invalidate();
    expect(await forever()).toBe("k2");

    let fail = true;
    const flaky = cachedToken({
      fetchToken: async () => {
        if (fail) throw new Error("token endpoint down");
        return { token: "ok" };
      },
    });
    await expect(flaky()).rejects.toThrow("token endpoint down");
    fail = false;
    expect(await flaky()).toBe("ok");
  });

  it("rejects a bad fraction and an empty token", async () => {
    expect(() => cachedToken({ fetchToken: async () => ({ token: "x" }), renewAfter: 0 })).toThrow(ApiRequestError);
    await expect(cachedToken({ fetchToken: async () => ({ token: "" }) })()).rejects.toBeInstanceOf(ApiAuthError);
  });
});

describe("as a bearer token provider", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it("sends the cached token on every call", async () => {
    let n = 0;
    const token = cachedToken({ fetchToken: async () => ({ token: `jwt-${++n}`, expiresAt: Date.now() + 3_600_000 }) });
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: { jwt: { type: "http", scheme: "bearer" } },
      auth: { jwt: { token } },
    });
    const op: OperationSpec = { method: "GET", path: "/x", params: [], response: {}, security: [["jwt"]] };
    await Promise.all([client.request(op), client.request(op)]);
    await client.request(op);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer jwt-1",
      "Bearer jwt-1",
      "Bearer jwt-1",
    ]);
  });
});
