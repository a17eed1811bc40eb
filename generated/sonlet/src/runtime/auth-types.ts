// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The `auth` option, one entry per security scheme of the spec; generated clients type `auth` with these. */

/** A credential given as a value, or fetched when needed (sync or async), e.g. from a vault. */
export type SecretInput = string | (() => string | Promise<string>);

/** HTTP bearer (`Authorization: Bearer …`), also accepted for OAuth 2 and OpenID Connect schemes when you already hold a token. */
export interface BearerAuth {
  readonly token: SecretInput;
}

/** HTTP basic (`Authorization: Basic base64(username:password)`). */
export interface BasicAuth {
  readonly username: string;
  readonly password: string;
}

/**
 * HTTP basic whose password is derived from a TOTP (RFC 6238) for schemes with `x-specforge-totp`: every attempt sends
 * `username` and the scheme's password template filled with the current code and `values`. `Values` names the
 * template's other placeholders (generated per scheme).
 */
export type TotpBasicAuth<Values extends string = never> = Omit<TotpBasicConfig, "values"> &
  ([Values] extends [never]
    ? { readonly values?: Readonly<Record<string, never>> | undefined }
    : { readonly values: Readonly<Record<Values, SecretInput>> });

/** What the runtime reads from any `TotpBasicAuth`. */
export interface TotpBasicConfig {
  readonly username: string;
  /** The shared TOTP secret: base32 text (as TOTP secrets are usually written) or raw key bytes. */
  readonly secret: SecretInput | Uint8Array;
  /** Values of the password template's placeholders besides `{totp}`. */
  readonly values?: Readonly<Record<string, SecretInput>> | undefined;
  /** Clock in epoch milliseconds (default `Date.now`); the runtime adds the server's offset once it learned it. */
  readonly now?: (() => number) | undefined;
}

/** An API key sent in the header, query parameter or cookie the scheme names. */
export interface ApiKeyAuth {
  readonly key: SecretInput;
}

/** OAuth 2 tokens as the runtime keeps them; `expiresAt` is epoch milliseconds. */
export interface OAuthTokens {
  readonly accessToken: string;
  readonly refreshToken?: string | undefined;
  readonly expiresAt?: number | undefined;
  readonly tokenType?: string | undefined;
  readonly scope?: string | undefined;
}

/** Where tokens live between runs; `set` receives every new token set, including rotated refresh tokens. */
export interface TokenStore {
  readonly get: () => OAuthTokens | undefined | Promise<OAuthTokens | undefined>;
  readonly set: (tokens: OAuthTokens) => void | Promise<void>;
}

/** The OAuth 2 grant the client uses to get tokens by itself (`authorizationCode`/`implicit` need a user: see `OAuth2Session`). */
export type OAuth2FlowName = "clientCredentials" | "password" | "authorizationCode" | "implicit";

/** How the client authenticates at the token endpoint. @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1 */
export type TokenEndpointAuthMethod = "client_secret_basic" | "client_secret_post";

/** OAuth 2 client configuration for one scheme. */
export interface OAuth2Auth {
  readonly clientId: string;
  readonly clientSecret?: string | undefined;
  /** Defaults to the scheme's only usable flow: client credentials with a secret, password with a username, else authorization code. */
  readonly flow?: OAuth2FlowName | undefined;
  readonly scopes?: readonly string[] | undefined;
  /** Resource owner credentials for the password grant. */
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  /** Tokens to start with (e.g. from an earlier authorization); `tokenStore.get()` wins when it returns some. */
  readonly tokens?: OAuthTokens | undefined;
  readonly tokenStore?: TokenStore | undefined;
  /** Called after every new token set (also rotated refresh tokens), after `tokenStore.set`. */
  readonly onTokens?: ((tokens: OAuthTokens) => void | Promise<void>) | undefined;
  /** Refresh this long before expiry (default 60 000 ms, at most half the token's lifetime). */
  readonly refreshMarginMs?: number | undefined;
  /** Allow an `http:` token URL (including 127.0.0.1/localhost); off by default. */
  readonly allowInsecureTokenUrl?: boolean | undefined;
  /** Overrides the scheme's `x-specforge-token-auth` (default `client_secret_basic`). */
  readonly tokenEndpointAuth?: TokenEndpointAuthMethod | undefined;
  /** Overrides the flow's `tokenUrl`. */
  readonly tokenUrl?: string | undefined;
  /** Extra form parameters for every token request (e.g. `audience`). */
  readonly tokenParams?: Readonly<Record<string, string>> | undefined;
}

/** The request a signing hook sees: final method, URL (with query credentials), headers (lower-case names) and body bytes. */
export interface SignableRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | undefined;
}

/** Request signing (e.g. HMAC): `sign` runs for every attempt and redirect hop, after every other header is set. */
export interface SigningAuth {
  readonly sign: (
    request: SignableRequest,
  ) => Readonly<Record<string, string>> | Promise<Readonly<Record<string, string>>>;
  /** Signing keys to keep out of error output (the runtime never sees them otherwise). */
  readonly secrets?: readonly string[] | undefined;
}

/**
 * Key id and secret for a scheme whose signature the spec declares (`x-specforge-signing` with an algorithm): the
 * client builds the string to sign, computes the HMAC and sets the headers itself.
 */
export interface HmacAuth {
  readonly keyId: string;
  readonly secret: SecretInput;
  /** Clock for the signed date in epoch milliseconds (default `Date.now`); after a 401 the server's clock is adopted once when it is more than 30 s away. */
  readonly now?: (() => number) | undefined;
}

/** Mutual TLS happens in the transport: pass a `fetch` whose agent holds the client certificate and set this to mark the scheme as configured. */
export interface MutualTlsAuth {
  readonly mutualTls: true;
}

/** Credentials for one scheme. */
export type SchemeAuth =
  BearerAuth | BasicAuth | TotpBasicConfig | ApiKeyAuth | OAuth2Auth | SigningAuth | HmacAuth | MutualTlsAuth;

/** The `auth` option: credentials keyed by security scheme name. */
export type AuthOptions = Readonly<Record<string, SchemeAuth | undefined>>;
