// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** OAuth 2 tokens of one scheme: cache with expiry, proactive and single-flight refresh, refresh-once on 401, token store hooks. */

import type { OAuth2Auth, OAuth2FlowName, OAuthTokens } from "./auth-types.js";
import { raceAbort } from "./deadline.js";
import { ApiAuthError, ApiError, type ApiErrorContext } from "./errors.js";
import { createRedactor } from "./redact.js";
import type { SecretRegistry } from "./secret-registry.js";
import { isGrantRejected, requestTokens, type TokenEndpoint } from "./token-endpoint.js";

/** Default time before expiry at which tokens are refreshed. */
export const DEFAULT_REFRESH_MARGIN_MS = 60_000;
/** After a failed proactive refresh (old token still valid), wait this long before trying again. */
const PROACTIVE_RETRY_PAUSE_MS = 10_000;
const MAX_REMEMBERED_FAILURES = 8;

/** The form fields of the grant a client runs by itself (client credentials, password); `undefined` for flows that need a user. */
function grantParams(
  flow: OAuth2FlowName,
  config: OAuth2Auth,
  omitGrantType: boolean,
): Readonly<Record<string, string>> | undefined {
  const scope: Record<string, string> =
    config.scopes !== undefined && config.scopes.length > 0 ? { scope: config.scopes.join(" ") } : {};
  if (flow === "clientCredentials") return omitGrantType ? scope : { grant_type: "client_credentials", ...scope };
  if (flow === "password" && config.username !== undefined && config.password !== undefined) {
    return { grant_type: "password", username: config.username, password: config.password, ...scope };
  }
  return undefined;
}

/** What a token manager is built from. */
export interface TokenManagerInput {
  readonly schemeName: string;
  readonly flow: OAuth2FlowName;
  readonly config: OAuth2Auth;
  /** The flow's token URL (grants, code exchange); absent for implicit. */
  readonly endpoint: TokenEndpoint | undefined;
  /** `refreshUrl`, else the token URL. */
  readonly refreshEndpoint: TokenEndpoint | undefined;
  readonly secrets: SecretRegistry;
  /** The scheme's token endpoint knows its grant: client credentials requests carry no `grant_type`. */
  readonly omitGrantType?: boolean | undefined;
}

/** Holds one scheme's tokens; every method is safe to call concurrently. */
export class OAuth2TokenManager {
  readonly #input: TokenManagerInput;
  #tokens: OAuthTokens | undefined;
  #refreshAt: number | undefined;
  /** An access token the server answered 401 to; not used again. */
  #rejected: string | undefined;
  #loaded = false;
  #loading: Promise<void> | undefined;
  #renewing: Promise<OAuthTokens> | undefined;
  /** Refresh failures by the access token whose 401 triggered them, so late 401s get the same error instead of a new refresh. */
  readonly #failures = new Map<string, ApiError>();

  constructor(input: TokenManagerInput) {
    this.#input = input;
    input.secrets.addFixed(input.config.clientSecret, input.config.password);
  }

  /** A valid access token: cached, refreshed ahead of expiry, or newly obtained. */
  async accessToken(signal?: AbortSignal): Promise<string> {
    await raceAbort(this.#load(), signal);
    const current = this.#tokens;
    const now = Date.now();
    if (current !== undefined && this.#usable(now) && (this.#refreshAt === undefined || now < this.#refreshAt))
      return current.accessToken;
    if (current === undefined || !this.#usable(now)) return (await raceAbort(this.#renew(), signal)).accessToken;
    try {
      return (await raceAbort(this.#renew(), signal)).accessToken;
    } catch (error) {
      if (!(error instanceof ApiAuthError) || !this.#usable(Date.now())) throw error;
      this.#refreshAt = Date.now() + PROACTIVE_RETRY_PAUSE_MS;
      return current.accessToken;
    }
  }

  /** Called when `rejected` got a 401: refreshes once for all concurrent callers; rethrows the same error to every waiter when that fails. */
  async handleUnauthorized(rejected: string, signal?: AbortSignal): Promise<void> {
    const current = this.#tokens?.accessToken;
    if (current !== undefined && current !== rejected && this.#usable(Date.now())) return;
    const failure = this.#failures.get(rejected);
    if (failure !== undefined) throw failure;
    if (current === rejected) this.#rejected = rejected;
    try {
      await raceAbort(this.#renew(), signal);
    } catch (error) {
      if (error instanceof ApiError) this.#remember(rejected, error);
      throw error;
    }
  }

  /** Forces a refresh (or a new grant) now. */
  async refresh(signal?: AbortSignal): Promise<OAuthTokens> {
    await raceAbort(this.#load(), signal);
    return raceAbort(this.#renew(), signal);
  }

  /** Current tokens (after loading the token store). */
  async getTokens(): Promise<OAuthTokens | undefined> {
    await this.#load();
    return this.#tokens;
  }

  /** Replaces the tokens (e.g. after an authorization) and hands them to `tokenStore.set` and `onTokens`. */
  async setTokens(tokens: OAuthTokens): Promise<OAuthTokens> {
    this.#loaded = true;
    return this.#accept(tokens, undefined, undefined);
  }

  /** Forgets the tokens in memory (the token store is left alone). */
  clearTokens(): void {
    this.#loaded = true;
    this.#tokens = undefined;
    this.#refreshAt = undefined;
  }

  /** Runs one grant against the token URL (authorization code exchange) and keeps the result. */
  async exchange(grant: Readonly<Record<string, string>>, signal?: AbortSignal): Promise<OAuthTokens> {
    const endpoint = this.#input.endpoint;
    if (endpoint === undefined)
      throw new ApiAuthError(
        `OAuth scheme "${this.#input.schemeName}" has no token URL for this flow`,
        this.#context(),
      );
    return this.setTokens(await requestTokens(endpoint, grant, signal));
  }

  /** Error context whose redactor knows every secret of the client. */
  #context(cause?: unknown): ApiErrorContext {
    return { redactor: createRedactor({ secrets: this.#input.secrets }), cause };
  }

  #usable(now: number): boolean {
    const tokens = this.#tokens;
    return (
      tokens !== undefined &&
      tokens.accessToken !== this.#rejected &&
      (tokens.expiresAt === undefined || tokens.expiresAt > now)
    );
  }

  #remember(rejected: string, error: ApiError): void {
    this.#failures.set(rejected, error);
    for (const key of this.#failures.keys())
      if (this.#failures.size > MAX_REMEMBERED_FAILURES) this.#failures.delete(key);
  }

  #load(): Promise<void> {
    if (this.#loaded) return Promise.resolve();
    this.#loading ??= this.#readStore().finally(() => {
      this.#loading = undefined;
    });
    return this.#loading;
  }

  async #readStore(): Promise<void> {
    const { config, secrets } = this.#input;
    let stored: OAuthTokens | undefined;
    try {
      stored = await config.tokenStore?.get();
    } catch (error) {
      throw new ApiAuthError(
        `tokenStore.get() failed for OAuth scheme "${this.#input.schemeName}"`,
        this.#context(error),
      );
    }
    const initial = stored ?? config.tokens;
    if (this.#loaded) return;
    this.#loaded = true;
    if (initial === undefined) return;
    secrets.addRotating(initial.accessToken, initial.refreshToken);
    this.#tokens = initial;
    this.#refreshAt = this.#computeRefreshAt(initial, undefined);
  }

  #renew(): Promise<OAuthTokens> {
    this.#renewing ??= this.#obtain().finally(() => {
      this.#renewing = undefined;
    });
    return this.#renewing;
  }

  async #obtain(): Promise<OAuthTokens> {
    const { refreshEndpoint, schemeName } = this.#input;
    const refreshToken = this.#tokens?.refreshToken;
    if (refreshToken !== undefined && refreshEndpoint !== undefined) {
      try {
        const fresh = await requestTokens(refreshEndpoint, {
          grant_type: "refresh_token",
          refresh_token: refreshToken,
        });
        return await this.#accept(fresh, refreshToken, Date.now());
      } catch (error) {
        if (!isGrantRejected(error)) throw error;
        this.#dropRefreshToken(refreshToken);
        if (this.#grant() === undefined) throw error;
      }
    }
    const grant = this.#grant();
    const endpoint = this.#input.endpoint;
    if (grant === undefined || endpoint === undefined) {
      throw new ApiAuthError(
        `No usable access token for OAuth scheme "${schemeName}": authorize again (OAuth2Session) or pass tokens`,
        this.#context(),
      );
    }
    return this.#accept(await requestTokens(endpoint, grant), undefined, Date.now());
  }

  #grant(): Readonly<Record<string, string>> | undefined {
    return grantParams(this.#input.flow, this.#input.config, this.#input.omitGrantType === true);
  }

  #dropRefreshToken(refreshToken: string): void {
    if (this.#tokens?.refreshToken === refreshToken) this.#tokens = { ...this.#tokens, refreshToken: undefined };
  }

  /** Keeps new tokens (a response without `refresh_token` keeps the old one), then persists and announces them. */
  async #accept(
    fresh: OAuthTokens,
    previousRefresh: string | undefined,
    obtainedAt: number | undefined,
  ): Promise<OAuthTokens> {
    const tokens: OAuthTokens = { ...fresh, refreshToken: fresh.refreshToken ?? previousRefresh };
    this.#input.secrets.addRotating(tokens.accessToken, tokens.refreshToken);
    this.#tokens = tokens;
    this.#rejected = undefined;
    this.#refreshAt = this.#computeRefreshAt(tokens, obtainedAt);
    const { tokenStore, onTokens } = this.#input.config;
    try {
      await tokenStore?.set(tokens);
      await onTokens?.(tokens);
    } catch (error) {
      throw new ApiAuthError(
        `tokenStore.set() or onTokens() failed for OAuth scheme "${this.#input.schemeName}"`,
        this.#context(error),
      );
    }
    return tokens;
  }

  #computeRefreshAt(tokens: OAuthTokens, obtainedAt: number | undefined): number | undefined {
    if (tokens.expiresAt === undefined) return undefined;
    let margin = Math.max(0, this.#input.config.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS);
    if (obtainedAt !== undefined) margin = Math.min(margin, (tokens.expiresAt - obtainedAt) / 2);
    return tokens.expiresAt - margin;
  }
}
