import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ApiAuthError,
  ApiClient,
  ApiRequestError,
  AuthenticationError,
  type OAuth2Auth,
  type OAuthTokens,
  type OperationSpec,
  type SecuritySchemeSpec,
} from "../../templates/runtime/index.js";
import { xmlCodec } from "../../templates/runtime/xml.js";
import { sendJson, startServer, type Recorded, type TestServer } from "./test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());
afterEach(() => vi.useRealTimers());

const op: OperationSpec = {
  method: "GET",
  path: "/things",
  params: [],
  response: { accept: "application/json" },
  security: [["oauth"]],
};

function scheme(
  flows: Partial<Record<"clientCredentials" | "password" | "authorizationCode", boolean>>,
  extra: Partial<{ tokenEndpointAuth: "client_secret_basic" | "client_secret_post"; refreshUrl: string }> = {},
): Record<string, SecuritySchemeSpec> {
  const tokenUrl = `${server.url}/oauth/token`;
  const flow = {
    tokenUrl,
    scopes: ["read", "write"],
    ...(extra.refreshUrl === undefined ? {} : { refreshUrl: extra.refreshUrl }),
  };
  return {
    oauth: {
      type: "oauth2",
      flows: {
        ...(flows.clientCredentials === true ? { clientCredentials: flow } : {}),
        ...(flows.password === true ? { password: flow } : {}),
        ...(flows.authorizationCode === true
          ? { authorizationCode: { ...flow, authorizationUrl: "https://auth.example/authorize" } }
          : {}),
      },
      ...(extra.tokenEndpointAuth === undefined ? {} : { tokenEndpointAuth: extra.tokenEndpointAuth }),
    },
  };
}

const form = (r: Recorded): Record<string, string> => Object.fromEntries(new URLSearchParams(r.body.toString()));
const tokenRequests = (): Recorded[] => server.requests.filter((r) => r.url === "/oauth/token");
const apiRequests = (): Recorded[] => server.requests.filter((r) => r.url !== "/oauth/token");
const basic = (id: string, secret: string): string => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

/** API accepts `Bearer <valid>`; the token endpoint answers with `tokenReply(n)` for its n-th call. */
function serve(
  valid: (token: string) => boolean,
  tokenReply: (n: number, body: Record<string, string>) => [number, unknown],
): void {
  let n = 0;
  server.handle((req, res, rec) => {
    if (rec.url === "/oauth/token") {
      const [status, body] = tokenReply(++n, form(rec));
      sendJson(res, status, body);
      return;
    }
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
    if (valid(token)) sendJson(res, 200, { ok: true, token });
    else sendJson(res, 401, { detail: "Invalid token." });
  });
}

function client(
  auth: OAuth2Auth,
  schemes = scheme({ clientCredentials: true }),
  extra: { fetch?: typeof fetch } = {},
): ApiClient {
  return new ApiClient({
    baseUrl: server.url,
    securitySchemes: schemes,
    auth: { oauth: { allowInsecureTokenUrl: true, ...auth } },
    maxRetries: 0,
    ...extra,
  });
}

describe("client credentials and password grants", () => {
  it("client_secret_basic: credentials in the Authorization header, grant and scope in the body; the token is cached", async () => {
    serve(
      (t) => t === "cc-1",
      () => [200, { access_token: "cc-1", token_type: "Bearer", expires_in: 3600 }],
    );
    const c = client({ clientId: "my id", clientSecret: "s3cr3t+/", scopes: ["read"] });
    await c.request(op, {});
    await c.request(op, {});
    expect(tokenRequests()).toHaveLength(1);
    const token = tokenRequests()[0]!;
    expect(token.method).toBe("POST");
    expect(token.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(token.headers.authorization).toBe(basic("my+id", "s3cr3t%2B%2F"));
    expect(form(token)).toEqual({ grant_type: "client_credentials", scope: "read" });
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(["Bearer cc-1", "Bearer cc-1"]);
  });

  it("client_secret_post (from the scheme's x-specforge-token-auth): credentials in the body, no Authorization header", async () => {
    serve(
      (t) => t === "cc-2",
      () => [200, { access_token: "cc-2", expires_in: 3600 }],
    );
    await client(
      { clientId: "cid", clientSecret: "csecret" },
      scheme({ clientCredentials: true }, { tokenEndpointAuth: "client_secret_post" }),
    ).request(op, {});
    const token = tokenRequests()[0]!;
    expect(token.headers.authorization).toBeUndefined();
    expect(form(token)).toEqual({ grant_type: "client_credentials", client_id: "cid", client_secret: "csecret" });
  });

  it("password grant sends username and password (client authenticated with Basic)", async () => {
    serve(
      (t) => t === "pw-1",
      () => [200, { access_token: "pw-1", refresh_token: "r-1", expires_in: 3600 }],
    );
    await client(
      { clientId: "app", clientSecret: "appsecret", username: "ann", password: "hunter22" },
      scheme({ password: true, clientCredentials: true }),
    ).request(op, {});
    const token = tokenRequests()[0]!;
    expect(token.headers.authorization).toBe(basic("app", "appsecret"));
    expect(form(token)).toEqual({ grant_type: "password", username: "ann", password: "hunter22" });
    expect(apiRequests()[0]!.headers.authorization).toBe("Bearer pw-1");
  });

  it("reads an XML token response (SOWPROG's OAuth element) with the XML codec, asking for JSON first", async () => {
    server.handle((_req, res, rec) => {
      if (rec.url === "/oauth/token") {
        res.writeHead(200, { "content-type": "application/xml" });
        res.end(
          "<OAuth><access_token>xml-tok</access_token><expires_in>3600</expires_in><token_type>bearer</token_type><refresh_token>xml-r</refresh_token></OAuth>",
        );
        return;
      }
      sendJson(res, 200, { auth: rec.headers.authorization });
    });
    const c = new ApiClient({
      baseUrl: server.url,
      codecs: { xml: xmlCodec },
      securitySchemes: scheme({ password: true }),
      auth: {
        oauth: { clientId: "a", clientSecret: "b", username: "u", password: "pw12", allowInsecureTokenUrl: true },
      },
    });
    expect(await c.request(op, {})).toEqual({ auth: "Bearer xml-tok" });
    expect(tokenRequests()[0]!.headers.accept).toBe("application/json, application/xml;q=0.9");
    expect((await c.oauth2Session("oauth").getTokens())?.refreshToken).toBe("xml-r");
  });

  it("turns an OAuth error response into ApiAuthError with the error code", async () => {
    serve(
      () => false,
      () => [401, { error: "invalid_client", error_description: "Client authentication failed" }],
    );
    const error = await client({ clientId: "cid", clientSecret: "wrong-secret" })
      .request(op, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiAuthError);
    expect(error).toMatchObject({
      status: 401,
      oauthError: "invalid_client",
      oauthErrorDescription: "Client authentication failed",
    });
    expect(apiRequests()).toHaveLength(0);
  });

  it("refuses an http token URL unless allowInsecureTokenUrl is set (loopback included)", () => {
    const schemes = scheme({ clientCredentials: true });
    const make = (allow: boolean | undefined) =>
      new ApiClient({
        baseUrl: server.url,
        securitySchemes: schemes,
        auth: {
          oauth: { clientId: "a", clientSecret: "b", ...(allow === undefined ? {} : { allowInsecureTokenUrl: allow }) },
        },
      });
    expect(() => make(undefined)).toThrow(ApiRequestError);
    expect(() => make(false)).toThrow(/must use https; set allowInsecureTokenUrl/);
    expect(() => make(true)).not.toThrow();
  });

  it("refuses a token endpoint that redirects (the secret is never re-posted)", async () => {
    server.handle((_req, res, rec) => {
      if (rec.url === "/oauth/token") {
        res.writeHead(301, { location: "/oauth/token/" });
        res.end();
      } else sendJson(res, 200, {});
    });
    const error = await client({ clientId: "a", clientSecret: "b" })
      .request(op, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiAuthError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("refresh on 401", () => {
  const initial: OAuthTokens = { accessToken: "old-access", refreshToken: "r-1" };
  const codeScheme = (): Record<string, SecuritySchemeSpec> => scheme({ authorizationCode: true });

  it("20 parallel requests rejected with 401 cause exactly one refresh, and all succeed", async () => {
    serve(
      (t) => t === "new-access",
      (_n, body) => [200, { access_token: body["refresh_token"] === "r-1" ? "new-access" : "wrong", expires_in: 3600 }],
    );
    const c = client({ clientId: "cid", tokens: initial }, codeScheme());
    const results = await Promise.all(Array.from({ length: 20 }, () => c.request<{ token: string }>(op, {})));
    expect(results.every((r) => r.token === "new-access")).toBe(true);
    expect(tokenRequests()).toHaveLength(1);
    expect(form(tokenRequests()[0]!)).toMatchObject({
      grant_type: "refresh_token",
      refresh_token: "r-1",
      client_id: "cid",
    });
    expect(apiRequests()).toHaveLength(40);
  });

  it("a failed refresh rejects all 20 waiters with the same typed error, after one token request", async () => {
    serve(
      () => false,
      () => [400, { error: "invalid_grant", error_description: "Refresh token expired" }],
    );
    const c = client({ clientId: "cid", tokens: initial }, codeScheme());
    const errors = await Promise.all(
      Array.from({ length: 20 }, () =>
        c.request(op, {}).then(
          () => undefined,
          (e: unknown) => e,
        ),
      ),
    );
    expect(errors[0]).toBeInstanceOf(ApiAuthError);
    expect((errors[0] as ApiAuthError).oauthError).toBe("invalid_grant");
    expect(errors.every((e) => e === errors[0])).toBe(true);
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests()).toHaveLength(20);
  });

  it("401s that arrive after the refresh already failed get the same error instead of another refresh", async () => {
    let apiCalls = 0;
    server.handle((_req, res, rec) => {
      if (rec.url === "/oauth/token") return sendJson(res, 400, { error: "invalid_grant" });
      const delay = ++apiCalls === 1 ? 0 : 80;
      setTimeout(() => sendJson(res, 401, {}), delay);
    });
    const c = client({ clientId: "cid", tokens: initial }, codeScheme());
    const errors = await Promise.all(
      Array.from({ length: 5 }, () =>
        c.request(op, {}).then(
          () => undefined,
          (e: unknown) => e,
        ),
      ),
    );
    expect(errors.every((e) => e instanceof ApiAuthError && e === errors[0])).toBe(true);
    expect(tokenRequests()).toHaveLength(1);
  });

  it("does not loop when the refreshed token is rejected too: one refresh, then the 401 surfaces", async () => {
    serve(
      () => false,
      () => [200, { access_token: "also-bad", expires_in: 3600 }],
    );
    const error = await client({ clientId: "cid", tokens: initial }, codeScheme())
      .request(op, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(["Bearer old-access", "Bearer also-bad"]);
  });

  it("hands rotated refresh tokens to tokenStore.set and onTokens, and uses them for the next refresh", async () => {
    let issued = 0;
    serve(
      (t) => t === `a-${issued}`,
      (_n, body) => {
        issued++;
        return [
          200,
          {
            access_token: `a-${issued}`,
            refresh_token: `r-${issued + 1}`,
            expires_in: 3600,
            scope: "read",
            got: body["refresh_token"],
          },
        ];
      },
    );
    const stored: OAuthTokens[] = [];
    const announced: OAuthTokens[] = [];
    const c = client(
      {
        clientId: "cid",
        tokenStore: { get: async () => initial, set: async (t) => void stored.push(t) },
        onTokens: (t) => void announced.push(t),
      },
      codeScheme(),
    );
    await c.request(op, {});
    await c.oauth2Session("oauth").refresh();
    expect(tokenRequests().map((r) => form(r)["refresh_token"])).toEqual(["r-1", "r-2"]);
    expect(stored.map((t) => [t.accessToken, t.refreshToken])).toEqual([
      ["a-1", "r-2"],
      ["a-2", "r-3"],
    ]);
    expect(announced).toEqual(stored);
    expect(stored[0]!.expiresAt).toBeGreaterThan(Date.now());
  });

  it("keeps the old refresh token when the response carries none", async () => {
    serve(
      (t) => t === "fresh",
      () => [200, { access_token: "fresh", expires_in: 3600 }],
    );
    const c = client({ clientId: "cid", tokens: initial }, codeScheme());
    await c.request(op, {});
    expect(await c.oauth2Session("oauth").getTokens()).toMatchObject({ accessToken: "fresh", refreshToken: "r-1" });
  });

  it("uses the flow's refreshUrl for refreshes", async () => {
    serve(
      (t) => t === "via-refresh-url",
      () => [200, { access_token: "unused" }],
    );
    server.handle((req, res, rec) => {
      if (rec.url === "/oauth/refresh") sendJson(res, 200, { access_token: "via-refresh-url" });
      else sendJson(res, req.headers.authorization === "Bearer via-refresh-url" ? 200 : 401, {});
    });
    await client(
      { clientId: "cid", tokens: initial },
      scheme({ authorizationCode: true }, { refreshUrl: `${server.url}/oauth/refresh` }),
    ).request(op, {});
    expect(server.requests.map((r) => r.url)).toEqual(["/things", "/oauth/refresh", "/things"]);
  });

  it("re-runs the client credentials grant on 401 when there is no refresh token", async () => {
    serve(
      (t) => t === "cc-b",
      (n) => [200, { access_token: n === 1 ? "cc-a" : "cc-b", expires_in: 3600 }],
    );
    await client({ clientId: "cid", clientSecret: "sec1" }).request(op, {});
    expect(tokenRequests().map((r) => form(r)["grant_type"])).toEqual(["client_credentials", "client_credentials"]);
  });

  it("without a refresh token or grant, fails with ApiAuthError asking to authorize again", async () => {
    serve(
      () => false,
      () => [500, {}],
    );
    const error = await client({ clientId: "cid", tokens: { accessToken: "only-access" } }, codeScheme())
      .request(op, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiAuthError);
    expect((error as Error).message).toContain("authorize again");
    expect(tokenRequests()).toHaveLength(0);
  });
});

describe("proactive refresh", () => {
  it("refreshes before sending when the token is within the refresh margin", async () => {
    serve(
      (t) => t === "renewed",
      () => [200, { access_token: "renewed", expires_in: 3600 }],
    );
    const c = client(
      { clientId: "cid", tokens: { accessToken: "soon-expired", refreshToken: "r-9", expiresAt: Date.now() + 30_000 } },
      scheme({ authorizationCode: true }),
    );
    await c.request(op, {});
    expect(server.requests.map((r) => r.url)).toEqual(["/oauth/token", "/things"]);
    expect(apiRequests()[0]!.headers.authorization).toBe("Bearer renewed");
  });

  it("uses a cached token until the margin before expires_in, then gets a new one (fake Date)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-01-01T00:00:00Z"));
    serve(
      () => true,
      (n) => [200, { access_token: `cc-${n}`, expires_in: 3600 }],
    );
    const c = client({ clientId: "cid", clientSecret: "sec1", refreshMarginMs: 120_000 });
    await c.request(op, {});
    vi.setSystemTime(new Date("2030-01-01T00:57:59Z"));
    await c.request(op, {});
    expect(tokenRequests()).toHaveLength(1);
    vi.setSystemTime(new Date("2030-01-01T00:58:01Z"));
    await c.request(op, {});
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(["Bearer cc-1", "Bearer cc-1", "Bearer cc-2"]);
  });

  it("keeps using a still-valid token when a proactive refresh fails", async () => {
    serve(
      (t) => t === "still-valid",
      () => [503, { error: "temporarily_unavailable" }],
    );
    const c = client(
      { clientId: "cid", tokens: { accessToken: "still-valid", refreshToken: "r-1", expiresAt: Date.now() + 30_000 } },
      scheme({ authorizationCode: true }),
    );
    expect(await c.request(op, {})).toEqual({ ok: true, token: "still-valid" });
    await c.request(op, {});
    expect(tokenRequests()).toHaveLength(1);
  });
});
