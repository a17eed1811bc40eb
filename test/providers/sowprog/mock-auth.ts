/**
 * OAuth 2 of the SOWPROG mock: `POST /api/v1/token` with the application's HTTP Basic credentials and the password
 * or refresh_token grant (form body), answering the documented `<OAuth>` XML; bearer tokens checked on every other call.
 */
import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { Reply } from "./mock-http.js";

/** The registered application and user of the mock. */
export interface Credentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly username: string;
  readonly password: string;
}

/** The credentials the scenarios use (a password with a space, a colon and an accent, to exercise the encodings). */
export const TEST_CREDENTIALS: Credentials = {
  clientId: "agenda-app",
  clientSecret: "app:s3cret é",
  username: "organiser@example.org",
  password: "pa ss:wörd",
};

/** Access token lifetime in seconds (documented: 3600). */
export const TOKEN_LIFETIME_S = 3600;

interface Issued {
  readonly expiresAt: number;
}

function oauthError(status: number, error: string, description: string): Reply {
  return { status, root: "OAuthError", content: { error, error_description: description }, xmlOnly: true };
}

/** RFC 6749 §2.3.1: form-decode each half of the Basic credentials. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^basic\s+(\S+)$/i.exec(header ?? "");
  if (match === null) return undefined;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon === -1) return undefined;
  const formDecode = (s: string): string => decodeURIComponent(s.replace(/\+/g, " "));
  return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
}

/** Tokens issued by the mock; the clock is the mock's. */
export class TokenAuthority {
  readonly #access = new Map<string, Issued>();
  readonly #refresh = new Set<string>();
  /** Grants seen, in order (`password`, `refresh_token`). */
  readonly grants: string[] = [];

  constructor(
    private readonly credentials: Credentials,
    private readonly now: () => number,
  ) {}

  /** Handles a token request (form body already read). */
  token(headers: IncomingHttpHeaders, body: Buffer): Reply {
    const app = basicCredentials(headers.authorization);
    if (app === undefined || app.id !== this.credentials.clientId || app.secret !== this.credentials.clientSecret) {
      return {
        ...oauthError(401, "invalid_client", "Application authentication failed"),
        headers: { "www-authenticate": 'Basic realm="sowprog"' },
      };
    }
    if (!(headers["content-type"] ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded")) {
      return oauthError(400, "invalid_request", "The body must be application/x-www-form-urlencoded");
    }
    const form = new URLSearchParams(body.toString("utf8"));
    const grant = form.get("grant_type") ?? "";
    this.grants.push(grant);
    if (grant === "password") {
      if (form.get("username") !== this.credentials.username || form.get("password") !== this.credentials.password) {
        return oauthError(400, "invalid_grant", "Bad user login or password");
      }
      return this.#issue();
    }
    if (grant === "refresh_token") {
      const refresh = form.get("refresh_token") ?? "";
      if (!this.#refresh.delete(refresh)) return oauthError(400, "invalid_grant", "Unknown refresh token");
      return this.#issue();
    }
    return oauthError(400, "unsupported_grant_type", "Only password and refresh_token are implemented");
  }

  #issue(): Reply {
    const access = randomUUID();
    const refresh = randomUUID();
    this.#access.set(access, { expiresAt: this.now() + TOKEN_LIFETIME_S * 1000 });
    this.#refresh.add(refresh);
    const content = {
      access_token: access,
      expires_in: TOKEN_LIFETIME_S,
      token_type: "bearer",
      refresh_token: refresh,
    };
    return { status: 200, root: "OAuth", content, xmlOnly: true, headers: { "cache-control": "no-store" } };
  }

  /** True when the request carries a live access token (`bearer`, any case). */
  authorized(headers: IncomingHttpHeaders): boolean {
    const match = /^bearer\s+(\S+)$/i.exec(headers.authorization ?? "");
    const issued = match === null ? undefined : this.#access.get(match[1]!);
    return issued !== undefined && issued.expiresAt > this.now();
  }

  /** Forgets every access token (the server restarted): the next call is answered 401. */
  revokeAccessTokens(): void {
    this.#access.clear();
  }
}
