/** Shared setup of the Sonlet scenarios: the generated client (imported as TypeScript) pointed at the mock. */
import type { Recorded } from "../../runtime/test-server.js";
import { Sonlet, type OAuthTokens, type SonletOptions, type TokenStore } from "../../../generated/sonlet/src/index.js";
import { TEST_APP, type IssuedTokens, type SonletMock } from "./mock-server.js";

/** A token store that keeps every token set it was given. */
export interface MemoryTokenStore extends TokenStore {
  readonly saved: OAuthTokens[];
  current: OAuthTokens | undefined;
}

export function memoryTokenStore(initial?: OAuthTokens): MemoryTokenStore {
  const store: MemoryTokenStore = {
    saved: [],
    current: initial,
    get: () => store.current,
    set: (tokens) => {
      store.saved.push(tokens);
      store.current = tokens;
    },
  };
  return store;
}

/** The runtime's token shape for tokens the mock issued. */
export function asTokens(issued: IssuedTokens, expiresAt = Date.now() + issued.expires_in * 1000): OAuthTokens {
  return {
    accessToken: issued.access_token,
    refreshToken: issued.refresh_token,
    expiresAt,
    tokenType: issued.token_type,
    scope: issued.scope,
  };
}

/** A client for the registered test app, talking to the mock (http on 127.0.0.1 needs allowInsecureTokenUrl). */
export function sonletClient(
  mock: SonletMock,
  oauth: {
    tokens?: OAuthTokens;
    tokenStore?: TokenStore;
    flow?: "authorizationCode" | "implicit";
    secret?: boolean;
  } = {},
  options: Omit<SonletOptions, "auth" | "baseUrl"> = {},
): Sonlet {
  return new Sonlet({
    ...options,
    baseUrl: mock.apiBase,
    auth: {
      oauth2: {
        clientId: TEST_APP.clientId,
        ...(oauth.secret === false ? {} : { clientSecret: TEST_APP.clientSecret }),
        allowInsecureTokenUrl: true,
        ...(oauth.flow ? { flow: oauth.flow } : {}),
        ...(oauth.tokens ? { tokens: oauth.tokens } : {}),
        ...(oauth.tokenStore ? { tokenStore: oauth.tokenStore } : {}),
      },
    },
  });
}

/** `METHOD path?query` of each recorded request, for wire-order assertions. */
export function wireLines(requests: readonly Recorded[]): string[] {
  return requests.map((r) => `${r.method} ${r.url}`);
}

/** The form fields of a recorded form body. */
export function formFields(request: Recorded): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request.body.toString("utf8")));
}

/** What a browser does with the authorize URL: follow it to the app's redirect URI (the mock approves at once). */
export async function followAuthorization(url: string): Promise<string> {
  const response = await fetch(url, { redirect: "manual" });
  const location = response.headers.get("location");
  if (response.status !== 302 || location === null)
    throw new Error(`authorize answered ${response.status}: ${await response.text()}`);
  return location;
}

/** The smallest valid PNG (1×1), as an upload would carry it. */
export const PNG_BYTES = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
