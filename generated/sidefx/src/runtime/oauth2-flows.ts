// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Standalone OAuth 2 helpers for flows that need a user: authorize URLs, PKCE, state, redirect parsing, code exchange. @see https://www.rfc-editor.org/rfc/rfc6749#section-4 */

import type { OAuthTokens, TokenEndpointAuthMethod } from "./auth-types.js";
import { encodeBase64Url, randomBase64Url } from "./base64.js";
import type { Codecs } from "./codec.js";
import { ApiAuthError, ApiRequestError } from "./errors.js";
import type { FetchLike } from "./execute.js";
import type { OAuthFlowSpec } from "./operation.js";
import { SecretRegistry } from "./secret-registry.js";
import { checkTokenUrl, requestTokens, toOAuthTokens } from "./token-endpoint.js";

/** A PKCE verifier and its S256 challenge. @see https://www.rfc-editor.org/rfc/rfc7636 */
export interface PkcePair {
  readonly codeVerifier: string;
  readonly codeChallenge: string;
  readonly codeChallengeMethod: "S256";
}

/** base64url(SHA-256(verifier)) via `crypto.subtle`. */
export async function computePkceChallenge(codeVerifier: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(codeVerifier));
  return encodeBase64Url(new Uint8Array(digest));
}

/** A fresh PKCE pair: a 43-character random verifier and its S256 challenge. */
export async function createPkcePair(): Promise<PkcePair> {
  const codeVerifier = randomBase64Url(32);
  return { codeVerifier, codeChallenge: await computePkceChallenge(codeVerifier), codeChallengeMethod: "S256" };
}

/** An unguessable `state` value (CSRF protection of the redirect). */
export function createOAuthState(): string {
  return randomBase64Url(24);
}

/** Parameters of an authorization request. */
export interface AuthorizationUrlParams {
  readonly clientId: string;
  readonly redirectUri?: string | undefined;
  readonly scopes?: readonly string[] | undefined;
  /** Required: checked again when the redirect comes back. */
  readonly state: string;
  /** S256 challenge from `createPkcePair` (authorization code flow). */
  readonly codeChallenge?: string | undefined;
  /** `code` when the flow has a token URL (authorization code), else `token` (implicit). */
  readonly responseType?: "code" | "token" | undefined;
  readonly extraParams?: Readonly<Record<string, string>> | undefined;
  /** Resolves a relative `authorizationUrl` (OpenAPI 3.1 resolves relative URLs against the server URL). */
  readonly baseUrl?: string | undefined;
}

/** The URL to send the user's browser to, built on the flow's `authorizationUrl` (its own query is kept). */
export function buildAuthorizationUrl(flow: OAuthFlowSpec, params: AuthorizationUrlParams): string {
  if (flow.authorizationUrl === undefined) throw new ApiRequestError("This OAuth flow has no authorizationUrl");
  if (params.state === "")
    throw new ApiRequestError("An authorization request needs a non-empty state (createOAuthState())");
  let url: URL;
  try {
    url =
      params.baseUrl === undefined ? new URL(flow.authorizationUrl) : new URL(flow.authorizationUrl, params.baseUrl);
  } catch {
    throw new ApiRequestError(`Invalid authorizationUrl ${JSON.stringify(flow.authorizationUrl)}`);
  }
  const query = url.searchParams;
  query.set("response_type", params.responseType ?? (flow.tokenUrl === undefined ? "token" : "code"));
  query.set("client_id", params.clientId);
  if (params.redirectUri !== undefined) query.set("redirect_uri", params.redirectUri);
  if (params.scopes !== undefined && params.scopes.length > 0) query.set("scope", params.scopes.join(" "));
  query.set("state", params.state);
  if (params.codeChallenge !== undefined) {
    query.set("code_challenge", params.codeChallenge);
    query.set("code_challenge_method", "S256");
  }
  for (const [key, value] of Object.entries(params.extraParams ?? {})) query.set(key, value);
  return url.href;
}

/** Reads the parameters of a redirect: the fragment when there is one, else the query (or the bare parameter string). */
function redirectParams(urlOrParams: string, preferFragment: boolean): URLSearchParams {
  const hashAt = urlOrParams.indexOf("#");
  if (preferFragment && hashAt !== -1) return new URLSearchParams(urlOrParams.slice(hashAt + 1));
  const withoutHash = hashAt === -1 ? urlOrParams : urlOrParams.slice(0, hashAt);
  const queryAt = withoutHash.indexOf("?");
  if (queryAt !== -1) return new URLSearchParams(withoutHash.slice(queryAt + 1));
  return new URLSearchParams(/^[a-z][a-z0-9+.-]*:/i.test(withoutHash) ? "" : withoutHash);
}

/** Checks `state` first (RFC 6749 §10.12), then turns an `error` parameter into `ApiAuthError`. */
function checkRedirect(params: URLSearchParams, expectedState: string): void {
  if (expectedState === "" || params.get("state") !== expectedState) {
    throw new ApiAuthError("OAuth redirect rejected: the state parameter does not match the one sent (possible CSRF)");
  }
  const error = params.get("error");
  if (error !== null) {
    const description = params.get("error_description") ?? undefined;
    throw new ApiAuthError(
      `OAuth authorization failed: ${error}${description === undefined ? "" : ` (${description.slice(0, 300)})`}`,
      {
        oauthError: error,
        oauthErrorDescription: description,
      },
    );
  }
}

/** The `code` of an authorization-code redirect (`…?code=…&state=…`), after checking `state`. */
export function parseAuthorizationRedirect(url: string, expectedState: string): { readonly code: string } {
  const params = redirectParams(url, false);
  checkRedirect(params, expectedState);
  const code = params.get("code");
  if (code === null || code === "") throw new ApiAuthError("The OAuth redirect carries no code");
  return { code };
}

/** Tokens from an implicit-grant redirect fragment (`#access_token=…&state=…`), after checking `state`. */
export function parseImplicitRedirect(urlOrFragment: string, expectedState: string): OAuthTokens {
  const params = redirectParams(urlOrFragment, true);
  checkRedirect(params, expectedState);
  const tokens = toOAuthTokens(Object.fromEntries(params), Date.now());
  if (tokens === undefined) throw new ApiAuthError("The OAuth redirect fragment carries no access_token");
  return tokens;
}

/** Parameters of `exchangeAuthorizationCode`. */
export interface ExchangeCodeParams {
  readonly clientId: string;
  readonly clientSecret?: string | undefined;
  readonly code: string;
  readonly redirectUri?: string | undefined;
  readonly codeVerifier?: string | undefined;
  /** Default `client_secret_basic`. */
  readonly tokenEndpointAuth?: TokenEndpointAuthMethod | undefined;
  readonly allowInsecureTokenUrl?: boolean | undefined;
  /** Resolves a relative `tokenUrl`. */
  readonly baseUrl?: string | undefined;
  readonly fetch?: FetchLike | undefined;
  readonly codecs?: Codecs | undefined;
  /** Default 60 000 ms. */
  readonly timeout?: number | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** Exchanges an authorization code (with its PKCE verifier) for tokens at the flow's token URL. */
export function exchangeAuthorizationCode(flow: OAuthFlowSpec, params: ExchangeCodeParams): Promise<OAuthTokens> {
  if (flow.tokenUrl === undefined) return Promise.reject(new ApiRequestError("This OAuth flow has no tokenUrl"));
  const secrets = new SecretRegistry();
  secrets.addFixed(params.clientSecret, params.code, params.codeVerifier);
  const grant: Record<string, string> = { grant_type: "authorization_code", code: params.code };
  if (params.redirectUri !== undefined) grant["redirect_uri"] = params.redirectUri;
  if (params.codeVerifier !== undefined) grant["code_verifier"] = params.codeVerifier;
  try {
    const endpoint = {
      url: checkTokenUrl(flow.tokenUrl, params.baseUrl, params.allowInsecureTokenUrl === true),
      clientId: params.clientId,
      clientSecret: params.clientSecret,
      authMethod: params.tokenEndpointAuth ?? "client_secret_basic",
      extraParams: undefined,
      fetch: params.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init)),
      codecs: params.codecs ?? {},
      timeoutMs: params.timeout ?? 60_000,
      secrets,
    };
    return requestTokens(endpoint, grant, params.signal);
  } catch (error) {
    return Promise.reject(error as Error);
  }
}
