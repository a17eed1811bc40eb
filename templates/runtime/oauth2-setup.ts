// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Turns an OAuth 2 scheme of the spec plus the user's `OAuth2Auth` into a token manager (flow choice, token URLs). */

import type { OAuth2Auth, OAuth2FlowName } from "./auth-types.js";
import type { Codecs } from "./codec.js";
import { ApiRequestError } from "./errors.js";
import type { FetchLike } from "./execute.js";
import type { OAuthFlowSpec, OAuthFlowsSpec, SecuritySchemeSpec } from "./operation.js";
import type { SecretRegistry } from "./secret-registry.js";
import { checkTokenUrl, type TokenEndpoint } from "./token-endpoint.js";
import { OAuth2TokenManager } from "./token-manager.js";

/** The OAuth 2 security scheme shape. */
export type OAuth2SchemeSpec = Extract<SecuritySchemeSpec, { readonly type: "oauth2" }>;

/** Client-wide settings the token endpoint calls share with API calls. */
export interface OAuthTransport {
  readonly baseUrl: string;
  readonly fetch: FetchLike;
  readonly codecs: Codecs;
  readonly timeoutMs: number;
  readonly secrets: SecretRegistry;
}

/** An OAuth 2 scheme ready to use: its chosen flow, the flow's spec and the token manager. */
export interface OAuth2Setup {
  readonly schemeName: string;
  readonly scheme: OAuth2SchemeSpec;
  readonly config: OAuth2Auth;
  readonly flow: OAuth2FlowName;
  readonly flowSpec: OAuthFlowSpec;
  readonly manager: OAuth2TokenManager;
  /** The client's base URL, against which relative OAuth URLs of the spec resolve. */
  readonly baseUrl: string;
}

/** The flow the client uses when `config.flow` is not set: one it can run by itself first, else one needing a user. */
export function chooseFlow(flows: OAuthFlowsSpec, config: OAuth2Auth): OAuth2FlowName {
  if (config.flow !== undefined) return config.flow;
  if (flows.password !== undefined && config.username !== undefined) return "password";
  if (flows.clientCredentials !== undefined && config.clientSecret !== undefined && config.username === undefined)
    return "clientCredentials";
  const order: readonly OAuth2FlowName[] = ["authorizationCode", "implicit", "clientCredentials", "password"];
  const found = order.find((name) => flows[name] !== undefined);
  return found ?? "clientCredentials";
}

function endpointFor(
  url: string | undefined,
  setup: { config: OAuth2Auth; scheme: OAuth2SchemeSpec },
  transport: OAuthTransport,
): TokenEndpoint | undefined {
  if (url === undefined) return undefined;
  const { config, scheme } = setup;
  return {
    url: checkTokenUrl(url, transport.baseUrl, config.allowInsecureTokenUrl === true),
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authMethod: config.tokenEndpointAuth ?? scheme.tokenEndpointAuth ?? "client_secret_basic",
    extraParams: config.tokenParams,
    fetch: transport.fetch,
    codecs: transport.codecs,
    timeoutMs: transport.timeoutMs,
    secrets: transport.secrets,
  };
}

/** Validates the configuration against the scheme and builds its token manager; configuration errors are `ApiRequestError`s. */
export function setUpOAuth2(
  schemeName: string,
  scheme: OAuth2SchemeSpec,
  config: OAuth2Auth,
  transport: OAuthTransport,
): OAuth2Setup {
  if (typeof config.clientId !== "string" || config.clientId === "")
    throw new ApiRequestError(`auth.${schemeName}.clientId is required`);
  const flow = chooseFlow(scheme.flows, config);
  const declared = scheme.flows[flow];
  if (declared === undefined && config.tokenUrl === undefined) {
    throw new ApiRequestError(
      `auth.${schemeName}: the scheme declares no ${flow} flow (declared: ${Object.keys(scheme.flows).join(", ") || "none"})`,
    );
  }
  if (
    flow === "password" &&
    (config.username === undefined || config.password === undefined) &&
    config.tokens === undefined &&
    config.tokenStore === undefined
  ) {
    throw new ApiRequestError(`auth.${schemeName}: the password flow needs username and password`);
  }
  const flowSpec: OAuthFlowSpec = {
    ...(declared ?? { scopes: [] }),
    ...(config.tokenUrl === undefined ? {} : { tokenUrl: config.tokenUrl }),
  };
  const tokenUrl = flow === "implicit" ? undefined : flowSpec.tokenUrl;
  const endpoint = endpointFor(tokenUrl, { config, scheme }, transport);
  const refreshUrl = flowSpec.refreshUrl ?? tokenUrl;
  const refreshEndpoint = refreshUrl === tokenUrl ? endpoint : endpointFor(refreshUrl, { config, scheme }, transport);
  const omitGrantType = scheme.tokenGrantType === "omit";
  const manager = new OAuth2TokenManager({
    schemeName,
    flow,
    config,
    endpoint,
    refreshEndpoint,
    secrets: transport.secrets,
    omitGrantType,
  });
  return { schemeName, scheme, config, flow, flowSpec, manager, baseUrl: transport.baseUrl };
}
