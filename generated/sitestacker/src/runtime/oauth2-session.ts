// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** `OAuth2Session`: the user-facing OAuth 2 helpers of one configured scheme (generated clients expose it as `client.auth.<scheme>`). */

import type { OAuth2FlowName, OAuthTokens } from "./auth-types.js";
import { ApiRequestError } from "./errors.js";
import type { OAuthFlowSpec } from "./operation.js";
import {
  buildAuthorizationUrl,
  createOAuthState,
  createPkcePair,
  parseAuthorizationRedirect,
  parseImplicitRedirect,
} from "./oauth2-flows.js";
import type { OAuth2Setup } from "./oauth2-setup.js";

/** Options of `OAuth2Session.authorizationUrl`. */
export interface AuthorizationUrlOptions {
  readonly redirectUri?: string | undefined;
  /** Defaults to the configured `scopes`. */
  readonly scopes?: readonly string[] | undefined;
  /** Defaults to a fresh random value. */
  readonly state?: string | undefined;
  /** PKCE (S256) for the authorization code flow; default true. */
  readonly pkce?: boolean | undefined;
  /** Defaults to `authorizationCode` when the scheme declares it, else `implicit`. */
  readonly flow?: "authorizationCode" | "implicit" | undefined;
  readonly extraParams?: Readonly<Record<string, string>> | undefined;
}

/** An authorization request in progress: send the user to `url`; keep the rest (e.g. in the session) for the callback. */
export interface AuthorizationRequest {
  readonly url: string;
  readonly state: string;
  readonly codeVerifier: string | undefined;
  readonly redirectUri: string | undefined;
}

/** OAuth 2 helpers bound to one scheme's configuration and token cache. */
export interface OAuth2Session {
  readonly schemeName: string;
  /** The flow the client runs for API calls. */
  readonly flow: OAuth2FlowName;
  /** Builds the authorize URL (with state, and PKCE for the code flow). */
  readonly authorizationUrl: (options?: AuthorizationUrlOptions) => Promise<AuthorizationRequest>;
  /** Handles the redirect back: checks state, exchanges the code (with the PKCE verifier), keeps and stores the tokens. */
  readonly completeAuthorization: (callbackUrl: string, request: AuthorizationRequest) => Promise<OAuthTokens>;
  /** Exchanges a code obtained elsewhere. */
  readonly exchangeCode: (options: {
    readonly code: string;
    readonly redirectUri?: string | undefined;
    readonly codeVerifier?: string | undefined;
  }) => Promise<OAuthTokens>;
  /** Reads tokens from an implicit-flow redirect (checking state) and keeps them. */
  readonly handleImplicitRedirect: (urlOrFragment: string, expectedState: string) => Promise<OAuthTokens>;
  readonly getTokens: () => Promise<OAuthTokens | undefined>;
  readonly setTokens: (tokens: OAuthTokens) => Promise<void>;
  /** Refreshes now (refresh token, else the client's own grant). */
  readonly refresh: () => Promise<OAuthTokens>;
  /** Forgets the tokens held in memory. */
  readonly clearTokens: () => void;
}

function userFlow(
  setup: OAuth2Setup,
  wanted: "authorizationCode" | "implicit" | undefined,
): { name: "authorizationCode" | "implicit"; spec: OAuthFlowSpec } {
  const flows = setup.scheme.flows;
  const name = wanted ?? (flows.authorizationCode !== undefined ? "authorizationCode" : "implicit");
  const spec = name === setup.flow ? setup.flowSpec : flows[name];
  if (spec === undefined) throw new ApiRequestError(`OAuth scheme "${setup.schemeName}" declares no ${name} flow`);
  return { name, spec };
}

/** The session of a client's scheme configured with `OAuth2Auth` (generated clients expose it per scheme). */
export function oauth2SessionOf(
  client: { oauth2Setup(schemeName: string): OAuth2Setup },
  schemeName: string,
): OAuth2Session {
  return createOAuth2Session(client.oauth2Setup(schemeName));
}

/** Creates the session object of a configured OAuth 2 scheme. */
export function createOAuth2Session(setup: OAuth2Setup): OAuth2Session {
  const { manager, config, schemeName } = setup;
  const exchangeCode: OAuth2Session["exchangeCode"] = async (options) => {
    const grant: Record<string, string> = { grant_type: "authorization_code", code: options.code };
    if (options.redirectUri !== undefined) grant["redirect_uri"] = options.redirectUri;
    if (options.codeVerifier !== undefined) grant["code_verifier"] = options.codeVerifier;
    return manager.exchange(grant);
  };
  return {
    schemeName,
    flow: setup.flow,
    authorizationUrl: async (options = {}) => {
      const flow = userFlow(setup, options.flow);
      const state = options.state ?? createOAuthState();
      const pkce = flow.name === "authorizationCode" && options.pkce !== false ? await createPkcePair() : undefined;
      const url = buildAuthorizationUrl(flow.spec, {
        clientId: config.clientId,
        redirectUri: options.redirectUri,
        scopes: options.scopes ?? config.scopes,
        state,
        codeChallenge: pkce?.codeChallenge,
        responseType: flow.name === "implicit" ? "token" : "code",
        extraParams: options.extraParams,
        baseUrl: setup.baseUrl,
      });
      return { url, state, codeVerifier: pkce?.codeVerifier, redirectUri: options.redirectUri };
    },
    completeAuthorization: async (callbackUrl, request) => {
      const { code } = parseAuthorizationRedirect(callbackUrl, request.state);
      return exchangeCode({ code, redirectUri: request.redirectUri, codeVerifier: request.codeVerifier });
    },
    exchangeCode,
    handleImplicitRedirect: async (urlOrFragment, expectedState) =>
      manager.setTokens(parseImplicitRedirect(urlOrFragment, expectedState)),
    getTokens: () => manager.getTokens(),
    setTokens: async (tokens) => {
      await manager.setTokens(tokens);
    },
    refresh: () => manager.refresh(),
    clearTokens: () => manager.clearTokens(),
  };
}
