/** The README's OAuth 2 part shared by all OAuth schemes: keeping and refreshing tokens, and every `OAuth2Auth` option. */
import { objectKey } from "../naming/literals.js";
import type { Api, SecurityScheme } from "../normalize/ir.js";
import { oauthSchemes } from "./client-auth.js";
import { baseUrlOption, importLine, memberAccess } from "./readme-code.js";
import { codeSpan, fencedCode, markdownTable } from "./readme-markdown.js";

/**
 * Every field of the runtime's `OAuth2Auth` with its type and meaning; test/types/runtime-data.test-d.ts fails when
 * the runtime gains, loses or renames one.
 */
const OAUTH2_OPTIONS = {
  clientId: ["string", "Your client ID (required)."],
  clientSecret: ["string", "Client secret of a confidential client; public clients (PKCE) leave it out."],
  flow: [
    '"clientCredentials" | "password" | "authorizationCode" | "implicit"',
    "The grant the client uses; defaults to client credentials with a secret, password with a username, else authorization code.",
  ],
  scopes: ["string[]", "Scopes to request."],
  username: ["string", "Resource owner's username (password flow)."],
  password: ["string", "Resource owner's password (password flow)."],
  tokens: ["OAuthTokens", "Tokens to start with, e.g. from an earlier authorization."],
  tokenStore: [
    "TokenStore",
    "`{ get, set }` where tokens live between runs; `get()` wins over `tokens`, `set` gets every new token set.",
  ],
  onTokens: ["(tokens: OAuthTokens) => void", "Called after every new token set (also rotated refresh tokens)."],
  refreshMarginMs: [
    "number",
    "Refresh this long before expiry (default 60 000 ms, at most half the token's lifetime).",
  ],
  allowInsecureTokenUrl: ["boolean", "Allow an `http:` token URL (local test servers); off by default."],
  tokenEndpointAuth: [
    '"client_secret_basic" | "client_secret_post"',
    "How the client authenticates at the token endpoint (default: the spec's `x-specforge-token-auth`, else `client_secret_basic`).",
  ],
  tokenUrl: ["string", "Overrides the flow's token URL."],
  tokenParams: ["Record<string, string>", "Extra form parameters for every token request (e.g. `audience`)."],
} as const satisfies Readonly<Record<string, readonly [type: string, meaning: string]>>;

/** The `OAuth2Auth` options the README documents. */
export type OAuth2OptionName = keyof typeof OAUTH2_OPTIONS;

/** `client.oauth.<member>`: the session object of an OAuth 2 scheme. */
export function oauthSession(api: Api, scheme: SecurityScheme): string {
  const member = oauthSchemes(api).find((s) => s.name === scheme.name)?.member ?? scheme.name;
  return memberAccess("client.oauth", member);
}

/** "Keeping OAuth 2 tokens" with an example for the first OAuth scheme, and the options table; "" without OAuth. */
export function oauthSection(api: Api): string {
  const scheme = api.securitySchemes.find((s) => s.spec.type === "oauth2");
  if (!scheme) return "";
  const session = oauthSession(api, scheme);
  const code = [
    importLine(api, [api.clientName, "type OAuthTokens"]),
    "",
    "let saved: OAuthTokens | undefined; // e.g. loaded from your database",
    `const client = new ${api.clientName}({`,
    ...(baseUrlOption(api) ? [`  ${baseUrlOption(api).trim()}`] : []),
    "  auth: {",
    `    ${objectKey(scheme.name)}: {`,
    `      clientId: "my-client-id",`,
    "      tokenStore: { get: () => saved, set: (tokens) => { saved = tokens; } },",
    `      onTokens: (tokens) => console.log("new access token, expires at", tokens.expiresAt),`,
    "    },",
    "  },",
    "});",
    "",
    `const current = await ${session}.getTokens(); // what the client holds now`,
    `await ${session}.refresh(); // refresh now (with the refresh token, else the client's own grant)`,
    `${session}.clearTokens(); // forget them (e.g. on logout)`,
  ];
  const rows = Object.entries(OAUTH2_OPTIONS).map(([name, [type, meaning]]) => [
    codeSpan(name),
    codeSpan(type),
    meaning,
  ]);
  return [
    "#### Keeping OAuth 2 tokens",
    "Tokens are cached with their expiry and refreshed shortly before it. A `401` triggers one refresh shared by all calls in flight, after which each call is sent once more; if the refresh fails, they all reject with the same `ApiAuthError`. Every new token set (including rotated refresh tokens) goes to `tokenStore.set` and `onTokens`. Token URLs must be `https:`, and a token endpoint that redirects is refused.",
    fencedCode("ts", code.join("\n")),
    "OAuth 2 options (`auth.<scheme>`):",
    markdownTable(["option", "type", "meaning"], rows),
  ].join("\n\n");
}
