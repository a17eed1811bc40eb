/**
 * The OAuth 2 server of the Sonlet mock, as the documentation (and django-oauth-toolkit) behaves:
 * `/o/authorize/` redirects with `?code=&state=` (authorization code) or `#access_token=…&state=` (implicit);
 * `/o/token/` takes a form body with the client id and secret in it, answers tokens valid 14 days, and rotates
 * refresh tokens (the old one stops working).
 */
import { createHash } from "node:crypto";
import { json, redirect, type Reply } from "./mock-http.js";

/** Access tokens are valid 14 days. */
export const TOKEN_LIFETIME_S = 14 * 24 * 3600;
/** django-oauth-toolkit's default: an authorization code lives 60 seconds. */
const CODE_LIFETIME_MS = 60_000;

/** A registered OAuth application. */
export interface OAuthApp {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Exact redirect URIs; custom schemes (e.g. `str-api-demo://cb`) for mobile apps. */
  readonly redirectUris: readonly string[];
}

interface CodeGrant {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly userId: number;
  readonly challenge: string | undefined;
  readonly expiresAt: number;
  used: boolean;
}

interface AccessToken {
  readonly userId: number;
  readonly expiresAt: number;
  revoked: boolean;
}

interface RefreshToken {
  readonly clientId: string;
  readonly userId: number;
  readonly accessToken: string;
  revoked: boolean;
}

/** Tokens a test can hand to a client directly. */
export interface IssuedTokens {
  readonly access_token: string;
  readonly refresh_token?: string;
  readonly expires_in: number;
  readonly token_type: "Bearer";
  readonly scope: string;
}

/** Apps, codes and tokens of the mock; `now` is the mock's clock (tests move it to expire tokens). */
export class OAuthServer {
  readonly #apps: readonly OAuthApp[];
  readonly #now: () => number;
  readonly #codes = new Map<string, CodeGrant>();
  readonly #access = new Map<string, AccessToken>();
  readonly #refresh = new Map<string, RefreshToken>();
  #counter = 0;
  /** The user who is signed in at the authorization page and approves (or, when false, denies) the request. */
  signedInUser = 1;
  approves = true;

  constructor(apps: readonly OAuthApp[], now: () => number) {
    this.#apps = apps;
    this.#now = now;
  }

  /** The user an `Authorization: Bearer …` header stands for, or undefined (missing, unknown, revoked or expired). */
  authenticate(authorization: string | undefined): number | undefined {
    const match = /^Bearer (\S+)$/.exec(authorization ?? "");
    const token = match ? this.#access.get(match[1]!) : undefined;
    if (token === undefined || token.revoked || token.expiresAt <= this.#now()) return undefined;
    return token.userId;
  }

  /** Issues tokens as a completed authorization would (for tests that are not about the OAuth flow). */
  issue(options: { clientId: string; userId?: number; refresh?: boolean }): IssuedTokens {
    const access = `access-${++this.#counter}`;
    this.#access.set(access, {
      userId: options.userId ?? 1,
      expiresAt: this.#now() + TOKEN_LIFETIME_S * 1000,
      revoked: false,
    });
    const base = {
      access_token: access,
      expires_in: TOKEN_LIFETIME_S,
      token_type: "Bearer" as const,
      scope: "read write",
    };
    if (options.refresh === false) return base;
    const refresh = `refresh-${this.#counter}`;
    this.#refresh.set(refresh, {
      clientId: options.clientId,
      userId: options.userId ?? 1,
      accessToken: access,
      revoked: false,
    });
    return { ...base, refresh_token: refresh };
  }

  /** `GET /o/authorize/`: the signed-in user approves at once; the answer is a redirect back to the app. */
  authorize(query: URLSearchParams): Reply {
    const app = this.#apps.find((a) => a.clientId === query.get("client_id"));
    const redirectUri = query.get("redirect_uri") ?? app?.redirectUris[0];
    // Like django-oauth-toolkit: an unknown client or redirect URI is an error page, never a redirect.
    if (app === undefined || redirectUri === undefined || !app.redirectUris.includes(redirectUri)) {
      return json(400, { error: app === undefined ? "invalid_client_id" : "mismatching_redirect_uri" });
    }
    const state = query.get("state");
    const responseType = query.get("response_type");
    const fragment = responseType === "token";
    const back = (params: Record<string, string>): Reply => {
      const all = new URLSearchParams({ ...params, ...(state === null ? {} : { state }) });
      return redirect(302, `${redirectUri}${fragment ? "#" : redirectUri.includes("?") ? "&" : "?"}${all}`);
    };
    if (!this.approves) return back({ error: "access_denied" });
    if (responseType === "token") {
      const issued = this.issue({ clientId: app.clientId, userId: this.signedInUser, refresh: false });
      return back({
        access_token: issued.access_token,
        token_type: "Bearer",
        expires_in: String(issued.expires_in),
        scope: issued.scope,
      });
    }
    if (responseType !== "code") return back({ error: "unsupported_response_type" });
    const method = query.get("code_challenge_method") ?? "plain";
    const challenge = query.get("code_challenge") ?? undefined;
    if (challenge !== undefined && method !== "S256")
      return back({ error: "invalid_request", error_description: "Unsupported code challenge method." });
    const code = `code-${++this.#counter}`;
    this.#codes.set(code, {
      clientId: app.clientId,
      redirectUri,
      userId: this.signedInUser,
      challenge,
      expiresAt: this.#now() + CODE_LIFETIME_MS,
      used: false,
    });
    return back({ code });
  }

  /** `POST /o/token/` with a form body; client credentials only in the body, as the documentation sends them. */
  token(form: Readonly<Record<string, string>>): Reply {
    const app = this.#apps.find((a) => a.clientId === form["client_id"]);
    if (app === undefined || app.clientSecret !== form["client_secret"]) return json(401, { error: "invalid_client" });
    if (form["grant_type"] === "authorization_code") return this.#exchangeCode(app, form);
    if (form["grant_type"] === "refresh_token") return this.#refreshTokens(app, form);
    return json(400, { error: "unsupported_grant_type" });
  }

  #exchangeCode(app: OAuthApp, form: Readonly<Record<string, string>>): Reply {
    const grant = this.#codes.get(form["code"] ?? "");
    if (grant === undefined || grant.used || grant.clientId !== app.clientId || grant.expiresAt <= this.#now())
      return json(400, { error: "invalid_grant" });
    if (form["redirect_uri"] !== grant.redirectUri)
      return json(400, { error: "invalid_grant", error_description: "Mismatching redirect URI." });
    if (grant.challenge !== undefined) {
      const verifier = form["code_verifier"] ?? "";
      if (createHash("sha256").update(verifier).digest("base64url") !== grant.challenge) {
        return json(400, { error: "invalid_grant", error_description: "Code verifier does not match." });
      }
    }
    grant.used = true;
    return json(200, this.issue({ clientId: app.clientId, userId: grant.userId }));
  }

  #refreshTokens(app: OAuthApp, form: Readonly<Record<string, string>>): Reply {
    const old = this.#refresh.get(form["refresh_token"] ?? "");
    if (old === undefined || old.revoked || old.clientId !== app.clientId) return json(400, { error: "invalid_grant" });
    // ROTATE_REFRESH_TOKEN: the old refresh token and its access token stop working.
    old.revoked = true;
    const previous = this.#access.get(old.accessToken);
    if (previous) previous.revoked = true;
    return json(200, this.issue({ clientId: app.clientId, userId: old.userId }));
  }

  /** True while a refresh token can still be used. */
  isRefreshTokenActive(token: string): boolean {
    const found = this.#refresh.get(token);
    return found !== undefined && !found.revoked;
  }
}
