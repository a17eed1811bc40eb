/** Sonlet OAuth scenarios against the mock: authorization code (web apps), implicit (mobile), refresh after expiry. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiAuthError, Sonlet } from "../../../generated/sonlet/src/index.js";
import { startSonletMock, TEST_APP, type SonletMock } from "./mock-server.js";
import { asTokens, followAuthorization, formFields, memoryTokenStore, sonletClient, wireLines } from "./setup.js";

const FOURTEEN_DAYS_MS = 14 * 24 * 3600 * 1000;
let mock: SonletMock;
beforeAll(async () => {
  mock = await startSonletMock({ items: 1 });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
  mock.oauth.approves = true;
});

describe("authorization code grant (server-side web apps)", () => {
  it("builds the authorize URL with state, exchanges the code with the client id and secret in the form body, then calls the API with the token", async () => {
    const tokenStore = memoryTokenStore();
    const sonlet = sonletClient(mock, { tokenStore });
    const request = await sonlet.oauth.oauth2.authorizationUrl({ redirectUri: "https://app.example/str-cb" });
    const url = new URL(request.url);
    expect(url.origin + url.pathname).toBe(`${mock.origin}/o/authorize/`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: "code",
      client_id: TEST_APP.clientId,
      redirect_uri: "https://app.example/str-cb",
      state: request.state,
      code_challenge_method: "S256",
    });
    expect(url.searchParams.has("scope")).toBe(false);

    const callback = await followAuthorization(request.url);
    expect(callback).toMatch(/^https:\/\/app\.example\/str-cb\?code=[^&]+&state=/);
    const before = Date.now();
    const tokens = await sonlet.oauth.oauth2.completeAuthorization(callback, request);

    const exchange = mock.requests.find((r) => r.url === "/o/token/")!;
    expect(exchange.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(exchange.headers.authorization).toBeUndefined();
    expect(formFields(exchange)).toEqual({
      grant_type: "authorization_code",
      code: new URL(callback).searchParams.get("code"),
      redirect_uri: "https://app.example/str-cb",
      code_verifier: request.codeVerifier,
      client_id: TEST_APP.clientId,
      client_secret: TEST_APP.clientSecret,
    });
    expect(tokens.refreshToken).toBeDefined();
    expect(tokens.expiresAt).toBeGreaterThanOrEqual(before + FOURTEEN_DAYS_MS);
    expect(tokens.expiresAt).toBeLessThanOrEqual(Date.now() + FOURTEEN_DAYS_MS);
    expect(tokenStore.saved).toEqual([tokens]);

    const page = await sonlet.items.list();
    expect(page.count).toBe(1);
    expect(mock.requests.at(-1)!.headers.authorization).toBe(`Bearer ${tokens.accessToken}`);
  });

  it("also runs exactly as documented, without PKCE", async () => {
    const sonlet = sonletClient(mock);
    const request = await sonlet.oauth.oauth2.authorizationUrl({
      redirectUri: "https://app.example/str-cb",
      pkce: false,
    });
    expect(new URL(request.url).searchParams.has("code_challenge")).toBe(false);
    await sonlet.oauth.oauth2.completeAuthorization(await followAuthorization(request.url), request);
    expect(Object.keys(formFields(mock.requests.at(-1)!)).sort()).toEqual([
      "client_id",
      "client_secret",
      "code",
      "grant_type",
      "redirect_uri",
    ]);
    expect((await sonlet.sizes.list()).results.length).toBeGreaterThan(0);
  });

  it("rejects a callback whose state does not match, and reports a denied authorization as ApiAuthError", async () => {
    const sonlet = sonletClient(mock);
    const request = await sonlet.oauth.oauth2.authorizationUrl({ redirectUri: "https://app.example/str-cb" });
    const callback = await followAuthorization(request.url);
    await expect(
      sonlet.oauth.oauth2.completeAuthorization(callback.replace(/state=[^&]+/, "state=forged"), request),
    ).rejects.toThrow(/state/);
    mock.oauth.approves = false;
    const denied = await sonlet.oauth.oauth2.authorizationUrl({ redirectUri: "https://app.example/str-cb" });
    const error = await sonlet.oauth.oauth2
      .completeAuthorization(await followAuthorization(denied.url), denied)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiAuthError);
    expect(error).toMatchObject({ oauthError: "access_denied" });
    expect(mock.requests.some((r) => r.url === "/o/token/")).toBe(false);
  });

  it("follows the environment: staging authorizes and exchanges codes on beta.sonlet.com", async () => {
    const seen: string[] = [];
    const sonlet = new Sonlet({
      environment: "staging",
      fetch: async (input) => {
        seen.push(String(input));
        return Response.json({ access_token: "a", refresh_token: "r", expires_in: 1209600, token_type: "Bearer" });
      },
      auth: { oauth2: { clientId: TEST_APP.clientId, clientSecret: TEST_APP.clientSecret } },
    });
    const request = await sonlet.oauth.oauth2.authorizationUrl({ redirectUri: "https://app.example/str-cb" });
    expect(request.url.startsWith("https://beta.sonlet.com/o/authorize/?")).toBe(true);
    await sonlet.oauth.oauth2.exchangeCode({ code: "c", redirectUri: "https://app.example/str-cb" });
    await sonlet.sizes.retrieve({ id: 7 });
    expect(seen).toEqual(["https://beta.sonlet.com/o/token/", "https://beta.sonlet.com/api/v2/sizes/7/"]);
    const production = new Sonlet({ auth: { oauth2: { clientId: "x" } } });
    expect(
      (await production.oauth.oauth2.authorizationUrl({})).url.startsWith("https://sonlet.com/o/authorize/?"),
    ).toBe(true);
  });

  it("is broken by a token URL without the trailing slash, as the documentation warns (the redirect is refused)", async () => {
    const sonlet = new Sonlet({
      baseUrl: mock.apiBase,
      auth: {
        oauth2: {
          clientId: TEST_APP.clientId,
          clientSecret: TEST_APP.clientSecret,
          allowInsecureTokenUrl: true,
          tokenUrl: `${mock.origin}/o/token`,
        },
      },
    });
    await expect(sonlet.oauth.oauth2.exchangeCode({ code: "c" })).rejects.toThrow(/redirected \(HTTP 301\)/);
  });
});

describe("implicit grant (mobile apps)", () => {
  it("builds the authorize URL, parses the token from the redirect fragment, and has no refresh token", async () => {
    const sonlet = sonletClient(mock, { flow: "implicit", secret: false });
    const request = await sonlet.oauth.oauth2.authorizationUrl({ flow: "implicit", redirectUri: "str-api-demo://cb" });
    const url = new URL(request.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: "token",
      client_id: TEST_APP.clientId,
      redirect_uri: "str-api-demo://cb",
      state: request.state,
    });
    const redirect = await followAuthorization(request.url);
    expect(redirect).toMatch(/^str-api-demo:\/\/cb#access_token=/);
    const tokens = await sonlet.oauth.oauth2.handleImplicitRedirect(redirect, request.state);
    expect(tokens).toMatchObject({ tokenType: "Bearer", refreshToken: undefined });
    expect(tokens.expiresAt).toBeGreaterThan(Date.now() + FOURTEEN_DAYS_MS - 60_000);
    await sonlet.itemChoices.list();
    expect(mock.requests.at(-1)!.headers.authorization).toBe(`Bearer ${tokens.accessToken}`);
    await expect(sonlet.oauth.oauth2.handleImplicitRedirect(redirect, "other-state")).rejects.toThrow(/state/);
  });

  it("asks for a new authorization once the token has expired (nothing to refresh with)", async () => {
    const issued = mock.issueTokens({ refresh: false });
    const sonlet = sonletClient(mock, { flow: "implicit", secret: false, tokens: asTokens(issued) });
    await sonlet.sizes.list();
    mock.advanceClock(FOURTEEN_DAYS_MS);
    await expect(Promise.resolve(sonlet.sizes.list())).rejects.toThrow(/authorize again/);
    expect(mock.requests.some((r) => r.url === "/o/token/")).toBe(false);
  });
});

describe("refresh token", () => {
  it("after the 14 days: 401 → one refresh with the client credentials in the body → the call is repeated; the new refresh token is saved", async () => {
    const issued = mock.issueTokens();
    const tokenStore = memoryTokenStore(asTokens(issued));
    const sonlet = sonletClient(mock, { tokenStore });
    await sonlet.items.retrieve({ id: 11466409 });
    mock.advanceClock(FOURTEEN_DAYS_MS + 1000);
    mock.requests.length = 0;

    const item = await sonlet.items.retrieve({ id: 11466409 });
    expect(item.pk).toBe(11466409);
    expect(wireLines(mock.requests)).toEqual([
      "GET /api/v2/items/11466409/",
      "POST /o/token/",
      "GET /api/v2/items/11466409/",
    ]);
    expect(formFields(mock.requests[1]!)).toEqual({
      grant_type: "refresh_token",
      refresh_token: issued.refresh_token,
      client_id: TEST_APP.clientId,
      client_secret: TEST_APP.clientSecret,
    });
    const saved = tokenStore.saved.at(-1)!;
    expect(saved.refreshToken).not.toBe(issued.refresh_token);
    expect(mock.oauth.isRefreshTokenActive(saved.refreshToken!)).toBe(true);
    expect(mock.oauth.isRefreshTokenActive(issued.refresh_token!)).toBe(false);
    expect(mock.requests[2]!.headers.authorization).toBe(`Bearer ${saved.accessToken}`);
  });

  it("refreshes once for concurrent calls that all get 401", async () => {
    const issued = mock.issueTokens();
    const sonlet = sonletClient(mock, { tokens: asTokens(issued, Date.now() + FOURTEEN_DAYS_MS * 2) });
    mock.advanceClock(FOURTEEN_DAYS_MS + 1000);
    mock.requests.length = 0;
    const results = await Promise.all([
      sonlet.sizes.retrieve({ id: 5 }),
      sonlet.sizes.retrieve({ id: 6 }),
      sonlet.itemChoices.retrieve({ id: 412 }),
    ]);
    expect(results.map((r) => r.name)).toEqual(["XS", "S", "Amelia"]);
    expect(mock.requests.filter((r) => r.url === "/o/token/")).toHaveLength(1);
  });

  it("refreshes before the call when the stored token has already expired (no 401 round trip)", async () => {
    const issued = mock.issueTokens();
    const sonlet = sonletClient(mock, { tokens: asTokens(issued, Date.now() - 1000) });
    await sonlet.sizes.list();
    expect(wireLines(mock.requests)).toEqual(["POST /o/token/", "GET /api/v2/sizes/"]);
  });

  it("reports a refresh token the server no longer accepts as ApiAuthError (the user must authorize again)", async () => {
    const issued = mock.issueTokens();
    const sonlet = sonletClient(mock, { tokens: asTokens(issued) });
    const other = sonletClient(mock, { tokens: asTokens(issued) });
    await other.oauth.oauth2.refresh();
    const error = await Promise.resolve(sonlet.sizes.list()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiAuthError);
    expect(error).toMatchObject({ oauthError: "invalid_grant", status: 400 });
    expect(JSON.stringify(error)).not.toContain(TEST_APP.clientSecret);
  });
});
