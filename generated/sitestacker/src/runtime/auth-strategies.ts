// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** One auth strategy per security scheme type: what each puts on a request (header, query, cookie, signature). */

import type {
  ApiKeyAuth,
  BasicAuth,
  BearerAuth,
  SchemeAuth,
  SecretInput,
  SignableRequest,
  SigningAuth,
} from "./auth-types.js";
import { encodeUtf8Base64 } from "./base64.js";
import { encodeStrict } from "./encode.js";
import { ApiRequestError } from "./errors.js";
import { appendCookies, assertSafeHeader } from "./headers.js";
import { hmacSigningStrategy } from "./hmac-signing.js";
import type { SecuritySchemeSpec } from "./operation.js";
import { setQueryParam } from "./query.js";
import type { SecretRegistry } from "./secret-registry.js";
import { totpBasicStrategy } from "./auth-totp.js";
import type { OAuth2TokenManager } from "./token-manager.js";

/** The hop being prepared: auth may change the URL (query keys) and headers. */
export interface AuthTarget {
  url: string;
  readonly headers: Headers;
}

/**
 * Called once when a request that used this credential got 401, with that response: refreshes the credential (throws
 * when it cannot) so the call is sent again, or returns `false` when nothing changed and the 401 stands.
 */
export type UnauthorizedHandler = (signal: AbortSignal | undefined, response?: Response) => Promise<void | boolean>;

/** What one configured scheme does to a request. */
export interface AuthStrategy {
  /** Adds credentials; returns a 401 handler for refreshable credentials (OAuth 2). */
  readonly apply?: (target: AuthTarget, signal: AbortSignal | undefined) => Promise<UnauthorizedHandler | undefined>;
  /** Computes signature headers over the final request. */
  readonly sign?: (request: SignableRequest) => Promise<Readonly<Record<string, string>>>;
}

/** What a factory gets besides the scheme and its configuration. */
export interface StrategyContext {
  readonly schemeName: string;
  readonly secrets: SecretRegistry;
  /** The token manager of an OAuth 2 scheme configured with `OAuth2Auth`. */
  readonly oauth: OAuth2TokenManager | undefined;
}

type Factory<S extends SecuritySchemeSpec> = (scheme: S, config: SchemeAuth, context: StrategyContext) => AuthStrategy;
type FactoryTable = {
  readonly [K in SecuritySchemeSpec["type"]]: Factory<Extract<SecuritySchemeSpec, { readonly type: K }>>;
};

/** Resolves a static or provided credential and registers it for redaction. */
async function resolveSecret(input: SecretInput, secrets: SecretRegistry, what: string): Promise<string> {
  const value = typeof input === "function" ? await input() : input;
  if (typeof value !== "string" || value === "") throw new ApiRequestError(`${what} is empty`);
  if (typeof input === "function") secrets.addRotating(value);
  return value;
}

function has<K extends string>(config: SchemeAuth, key: K): config is SchemeAuth & Record<K, unknown> {
  return typeof config === "object" && config !== null && key in config;
}

function expected(context: StrategyContext, shape: string): never {
  throw new ApiRequestError(`auth.${context.schemeName} must be ${shape}`);
}

function authorizationStrategy(prefix: string, token: SecretInput, context: StrategyContext): AuthStrategy {
  if (typeof token === "string") context.secrets.addFixed(token);
  return {
    apply: async (target) => {
      const value = `${prefix} ${await resolveSecret(token, context.secrets, `auth.${context.schemeName} token`)}`;
      assertSafeHeader("authorization", value);
      target.headers.set("authorization", value);
      return undefined;
    },
  };
}

function signingStrategy(config: SigningAuth, context: StrategyContext): AuthStrategy {
  context.secrets.addFixed(...(config.secrets ?? []));
  return { sign: async (request) => config.sign(request) };
}

function httpStrategy(
  scheme: Extract<SecuritySchemeSpec, { type: "http" }>,
  config: SchemeAuth,
  context: StrategyContext,
): AuthStrategy {
  const kind = scheme.scheme.toLowerCase();
  if (kind === "basic" && scheme.totp !== undefined) return totpBasicStrategy(scheme.totp, config, context);
  if (kind === "basic") {
    if (!has(config, "username") || !has(config, "password"))
      return expected(context, "{ username, password } (HTTP basic)");
    const { username, password } = config as BasicAuth;
    const credentials = encodeUtf8Base64(`${username}:${password}`);
    context.secrets.addFixed(password, credentials);
    return authorizationStrategy("Basic", credentials, context);
  }
  if (has(config, "token"))
    return authorizationStrategy(kind === "bearer" ? "Bearer" : scheme.scheme, (config as BearerAuth).token, context);
  if (kind !== "bearer" && has(config, "sign")) return signingStrategy(config as SigningAuth, context);
  return expected(
    context,
    kind === "bearer" ? "{ token } (HTTP bearer)" : `{ token } or { sign } (HTTP ${scheme.scheme})`,
  );
}

function apiKeyStrategy(
  scheme: Extract<SecuritySchemeSpec, { type: "apiKey" }>,
  config: SchemeAuth,
  context: StrategyContext,
): AuthStrategy {
  if (!has(config, "key")) return expected(context, `{ key } (API key in ${scheme.in} "${scheme.name}")`);
  const input = (config as ApiKeyAuth).key;
  if (typeof input === "string") context.secrets.addFixed(input);
  const placers: Readonly<Record<typeof scheme.in, (target: AuthTarget, key: string) => void>> = {
    header: (target, key) => {
      assertSafeHeader(scheme.name, key);
      target.headers.set(scheme.name, key);
    },
    query: (target, key) => {
      target.url = setQueryParam(target.url, scheme.name, key);
    },
    cookie: (target, key) => appendCookies(target.headers, [`${scheme.name}=${encodeStrict(key)}`]),
  };
  return {
    apply: async (target) => {
      placers[scheme.in](target, await resolveSecret(input, context.secrets, `auth.${context.schemeName} key`));
      return undefined;
    },
  };
}

function oauth2Strategy(
  _scheme: Extract<SecuritySchemeSpec, { type: "oauth2" }>,
  config: SchemeAuth,
  context: StrategyContext,
): AuthStrategy {
  if (has(config, "token")) return authorizationStrategy("Bearer", (config as BearerAuth).token, context);
  const manager = context.oauth;
  if (!has(config, "clientId") || manager === undefined)
    return expected(context, "{ clientId, … } (OAuth 2) or { token }");
  return {
    apply: async (target, signal) => {
      const token = await manager.accessToken(signal);
      assertSafeHeader("authorization", token);
      target.headers.set("authorization", `Bearer ${token}`);
      return (waitSignal) => manager.handleUnauthorized(token, waitSignal);
    },
  };
}

/** One factory per scheme type. */
export const STRATEGY_FACTORIES: FactoryTable = {
  http: httpStrategy,
  apiKey: apiKeyStrategy,
  oauth2: oauth2Strategy,
  openIdConnect: (_scheme, config, context) =>
    has(config, "token")
      ? authorizationStrategy("Bearer", (config as BearerAuth).token, context)
      : expected(context, "{ token } (OpenID Connect)"),
  mutualTLS: (_scheme, config, context) =>
    has(config, "mutualTls")
      ? {}
      : expected(context, "{ mutualTls: true } (with a fetch that presents the certificate)"),
  signature: (scheme, config, context) => {
    if (has(config, "sign") && typeof (config as SigningAuth).sign === "function")
      return signingStrategy(config as SigningAuth, context);
    if (scheme.hmac !== undefined) return hmacSigningStrategy(scheme.hmac, config, context);
    return expected(context, "{ sign } (request signing)");
  },
};

/** Builds the strategy for one configured scheme. */
export function createStrategy(scheme: SecuritySchemeSpec, config: SchemeAuth, context: StrategyContext): AuthStrategy {
  const factory = STRATEGY_FACTORIES[scheme.type] as Factory<SecuritySchemeSpec>;
  return factory(scheme, config, context);
}
