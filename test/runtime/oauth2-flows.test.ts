import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiAuthError,
  ApiClient,
  ApiRequestError,
  buildAuthorizationUrl,
  createOAuthState,
  createPkcePair,
  exchangeAuthorizationCode,
  parseAuthorizationRedirect,
  parseImplicitRedirect,
  type OAuthFlowSpec,
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

const codeFlow: OAuthFlowSpec = {
  authorizationUrl: "https://sonlet.test/o/authorize/?prompt=consent",
  tokenUrl: "https://sonlet.test/o/token/",
  scopes: ["read"],
};
const implicitFlow: OAuthFlowSpec = { authorizationUrl: "https://sonlet.test/o/authorize/", scopes: [] };
const form = (body: Buffer): Record<string, string> => Object.fromEntries(new URLSearchParams(body.toString()));

describe("PKCE and state", () => {
  it("creates a 43-character verifier whose S256 challenge is base64url(sha256(verifier))", async () => {
    const pair = await createPkcePair();
    expect(pair.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pair.codeChallenge).toBe(createHash("sha256").update(pair.codeVerifier).digest("base64url"));
    expect(pair.codeChallengeMethod).toBe("S256");
    expect((await createPkcePair()).codeVerifier).not.toBe(pair.codeVerifier);
  });

  it("creates distinct url-safe state values", () => {
    const a = createOAuthState();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(createOAuthState()).not.toBe(a);
  });
});

describe("authorization URLs", () => {
  it("adds response_type, client_id, redirect_uri, scope, state and the PKCE challenge, keeping the URL's own query", () => {
    const url = new URL(
      buildAuthorizationUrl(codeFlow, {
        clientId: "cid 1",
        redirectUri: "app://cb?x=1",
        scopes: ["read", "write"],
        state: "st&1",
        codeChallenge: "chal",
      }),
    );
    expect(url.origin + url.pathname).toBe("https://sonlet.test/o/authorize/");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      prompt: "consent",
      response_type: "code",
      client_id: "cid 1",
      redirect_uri: "app://cb?x=1",
      scope: "read write",
      state: "st&1",
      code_challenge: "chal",
      code_challenge_method: "S256",
    });
  });

  it("uses response_type=token for a flow without a token URL (implicit)", () => {
    const url = new URL(buildAuthorizationUrl(implicitFlow, { clientId: "c", state: "s" }));
    expect(url.searchParams.get("response_type")).toBe("token");
    expect(url.searchParams.has("code_challenge")).toBe(false);
  });

  it("resolves a relative authorizationUrl against the base URL (OpenAPI 3.1 relative references), and refuses it without one", () => {
    const relative: OAuthFlowSpec = { authorizationUrl: "/o/authorize/", tokenUrl: "/o/token/", scopes: [] };
    const url = new URL(
      buildAuthorizationUrl(relative, { clientId: "c", state: "s", baseUrl: "https://beta.sonlet.test/api/v2" }),
    );
    expect(url.origin + url.pathname).toBe("https://beta.sonlet.test/o/authorize/");
    expect(() => buildAuthorizationUrl(relative, { clientId: "c", state: "s" })).toThrow(/Invalid authorizationUrl/);
  });

  it("requires a state and an authorizationUrl", () => {
    expect(() => buildAuthorizationUrl(codeFlow, { clientId: "c", state: "" })).toThrow(ApiRequestError);
    expect(() => buildAuthorizationUrl({ tokenUrl: "https://x/t", scopes: [] }, { clientId: "c", state: "s" })).toThrow(
      ApiRequestError,
    );
  });
});

describe("redirect parsing", () => {
  it("reads tokens from an implicit redirect fragment", () => {
    const before = Date.now();
    const tokens = parseImplicitRedirect(
      "str-api-demo://cb#access_token=at-1&token_type=Bearer&expires_in=1209600&scope=read&state=xyz",
      "xyz",
    );
    expect(tokens).toMatchObject({ accessToken: "at-1", tokenType: "Bearer", scope: "read" });
    expect(tokens.expiresAt).toBeGreaterThanOrEqual(before + 1_209_600_000);
    expect(parseImplicitRedirect("#access_token=at-2&state=s", "s").accessToken).toBe("at-2");
    expect(parseImplicitRedirect("access_token=at-3&state=s", "s").accessToken).toBe("at-3");
  });

  it.each([
    ["app://cb#access_token=at&state=other", "mine"],
    ["app://cb#access_token=at", "mine"],
    ["app://cb#access_token=at&state=", ""],
  ])("rejects %s when the expected state is %j", (url, expected) => {
    expect(() => parseImplicitRedirect(url, expected)).toThrow(ApiAuthError);
    expect(() => parseImplicitRedirect(url, expected)).toThrow(/state/);
  });

  it("turns an error redirect into ApiAuthError with the OAuth code", () => {
    const error = (() => {
      try {
        parseImplicitRedirect("app://cb#error=access_denied&error_description=User+said+no&state=s", "s");
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ApiAuthError);
    expect(error).toMatchObject({ oauthError: "access_denied", oauthErrorDescription: "User said no" });
  });

  it("reads the code of an authorization-code redirect after checking state", () => {
    expect(parseAuthorizationRedirect("https://app.test/cb?code=c-1&state=s1", "s1")).toEqual({ code: "c-1" });
    expect(() => parseAuthorizationRedirect("https://app.test/cb?code=c-1&state=s2", "s1")).toThrow(ApiAuthError);
    expect(() => parseAuthorizationRedirect("https://app.test/cb?state=s1", "s1")).toThrow(/no code/);
  });
});

describe("code exchange", () => {
  function tokenServer(): void {
    server.handle((_req, res) =>
      sendJson(res, 200, { access_token: "code-at", refresh_token: "code-rt", expires_in: 60, token_type: "Bearer" }),
    );
  }

  it("posts code, redirect_uri and code_verifier, with client credentials in the body (client_secret_post)", async () => {
    tokenServer();
    const tokens = await exchangeAuthorizationCode(
      { ...codeFlow, tokenUrl: `${server.url}/o/token/` },
      {
        clientId: "cid",
        clientSecret: "csec",
        code: "the-code",
        redirectUri: "https://app.test/cb",
        codeVerifier: "ver",
        tokenEndpointAuth: "client_secret_post",
        allowInsecureTokenUrl: true,
      },
    );
    expect(tokens).toMatchObject({ accessToken: "code-at", refreshToken: "code-rt" });
    expect(form(server.last().body)).toEqual({
      grant_type: "authorization_code",
      code: "the-code",
      redirect_uri: "https://app.test/cb",
      code_verifier: "ver",
      client_id: "cid",
      client_secret: "csec",
    });
    expect(server.last().headers.authorization).toBeUndefined();
  });

  it("uses HTTP Basic by default, and refuses an http token URL without the flag", async () => {
    tokenServer();
    await exchangeAuthorizationCode(
      { ...codeFlow, tokenUrl: `${server.url}/o/token/` },
      { clientId: "cid", clientSecret: "csec", code: "c", allowInsecureTokenUrl: true },
    );
    expect(server.last().headers.authorization).toBe(`Basic ${Buffer.from("cid:csec").toString("base64")}`);
    await expect(
      exchangeAuthorizationCode({ ...codeFlow, tokenUrl: `${server.url}/o/token/` }, { clientId: "cid", code: "c" }),
    ).rejects.toBeInstanceOf(ApiRequestError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("OAuth2Session of a configured client", () => {
  const schemes: Record<string, SecuritySchemeSpec> = {
    sonlet: {
      type: "oauth2",
      tokenEndpointAuth: "client_secret_post",
      flows: { authorizationCode: { ...codeFlow, tokenUrl: "/o/token/" }, implicit: implicitFlow },
    },
  };
  const op: OperationSpec = { method: "GET", path: "/items/", params: [], response: {}, security: [["sonlet"]] };

  it("runs the authorization code flow: URL with PKCE, callback with state check, exchange, then API calls use the token", async () => {
    server.handle((req, res, rec) => {
      if (rec.url === "/o/token/")
        sendJson(res, 200, { access_token: "session-at", refresh_token: "session-rt", expires_in: 3600 });
      else sendJson(res, 200, { auth: req.headers.authorization });
    });
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { sonlet: { clientId: "cid", clientSecret: "csec", scopes: ["read"], allowInsecureTokenUrl: true } },
    });
    const session = client.oauth2Session("sonlet");
    expect(session.flow).toBe("authorizationCode");
    const request = await session.authorizationUrl({ redirectUri: "https://app.test/cb" });
    const url = new URL(request.url);
    expect(url.searchParams.get("state")).toBe(request.state);
    expect(url.searchParams.get("code_challenge")).toBe(
      createHash("sha256")
        .update(request.codeVerifier ?? "")
        .digest("base64url"),
    );
    expect(url.searchParams.get("scope")).toBe("read");
    await expect(
      session.completeAuthorization(`https://app.test/cb?code=c1&state=forged`, request),
    ).rejects.toBeInstanceOf(ApiAuthError);
    const tokens = await session.completeAuthorization(`https://app.test/cb?code=c1&state=${request.state}`, request);
    expect(tokens.accessToken).toBe("session-at");
    expect(form(server.last().body)).toMatchObject({
      grant_type: "authorization_code",
      code: "c1",
      code_verifier: request.codeVerifier,
      redirect_uri: "https://app.test/cb",
    });
    expect(await client.request(op, {})).toEqual({ auth: "Bearer session-at" });
  });

  it("takes tokens from an implicit redirect", async () => {
    server.handle((req, res) => sendJson(res, 200, { auth: req.headers.authorization }));
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { sonlet: { clientId: "cid", flow: "implicit" } },
    });
    const session = client.oauth2Session("sonlet");
    const request = await session.authorizationUrl({ flow: "implicit", redirectUri: "str-api-demo://cb" });
    expect(new URL(request.url).searchParams.get("response_type")).toBe("token");
    expect(request.codeVerifier).toBeUndefined();
    await session.handleImplicitRedirect(`str-api-demo://cb#access_token=imp-at&state=${request.state}`, request.state);
    expect(await client.request(op, {})).toEqual({ auth: "Bearer imp-at" });
  });

  it("resolves the scheme's relative authorization URL against the client's base URL", async () => {
    const relative: Record<string, SecuritySchemeSpec> = {
      sonlet: {
        type: "oauth2",
        flows: { authorizationCode: { authorizationUrl: "/o/authorize/", tokenUrl: "/o/token/", scopes: [] } },
      },
    };
    const client = new ApiClient({
      baseUrl: `${server.url}/api/v2`,
      securitySchemes: relative,
      auth: { sonlet: { clientId: "cid", allowInsecureTokenUrl: true } },
    });
    const request = await client.oauth2Session("sonlet").authorizationUrl({ redirectUri: "https://app.test/cb" });
    expect(request.url.startsWith(`${server.url}/o/authorize/?`)).toBe(true);
  });

  it("is refused for schemes not configured as OAuth 2 clients", () => {
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { sonlet: { token: "plain" } },
    });
    expect(() => client.oauth2Session("sonlet")).toThrow(ApiRequestError);
  });
});
