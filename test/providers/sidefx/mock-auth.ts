/**
 * The mock's token endpoints, as SideFX documents them: `/oauth2/application_token` takes the client id and secret as
 * HTTP Basic credentials and an empty body; `/oauth2/token` is the standard client credentials grant
 * (`grant_type=client_credentials`, django-oauth-toolkit errors). Tokens expire `expires_in` seconds after issue.
 */
import type { Recorded } from "../../runtime/test-server.js";

/** An API client registered at the mock; `eula: false` is an account that has not accepted the EULA. */
export interface MockApiClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly eula?: boolean;
}

/** What a handler answers. */
export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
}

/** A plain-text reply, as every SideFX error is. */
export function text(status: number, message: string, headers: Readonly<Record<string, string>> = {}): Reply {
  return { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers }, body: message };
}

/** A JSON reply. */
export function json(status: number, value: unknown): Reply {
  return { status, headers: { "content-type": "application/json" }, body: JSON.stringify(value) };
}

/** Issued tokens and the clients they belong to. */
export class TokenStore {
  readonly #tokens = new Map<string, { client: MockApiClient; expiresAt: number }>();
  #counter = 0;

  constructor(
    readonly clients: readonly MockApiClient[],
    /** Lifetime of new tokens in seconds (SideFX: typically 12 hours). */
    public expiresIn = 43_200,
  ) {}

  issue(client: MockApiClient): Reply {
    const token = `token-${++this.#counter}`;
    this.#tokens.set(token, { client, expiresAt: Date.now() + this.expiresIn * 1000 });
    return json(200, { access_token: token, expires_in: this.expiresIn, token_type: "Bearer", scope: "read" });
  }

  /** The client of a valid bearer token, or why it is refused. */
  check(authorization: string | undefined): MockApiClient | Reply {
    const token = /^Bearer (.+)$/.exec(authorization ?? "")?.[1];
    const held = token === undefined ? undefined : this.#tokens.get(token);
    if (held === undefined) return text(401, "Authentication credentials were not provided or are invalid.");
    if (held.expiresAt <= Date.now()) return text(401, "Access token expired.");
    return held.client;
  }

  /** Forgets every token (as after a server-side revocation). */
  revokeAll(): void {
    this.#tokens.clear();
  }

  /** Number of tokens issued so far. */
  get issued(): number {
    return this.#counter;
  }
}

function basicClient(request: Recorded, clients: readonly MockApiClient[]): MockApiClient | undefined {
  const encoded = /^Basic (.+)$/.exec(request.headers.authorization ?? "")?.[1];
  if (encoded === undefined) return undefined;
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const [id, secret] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
  return clients.find((c) => c.clientId === id && c.clientSecret === secret);
}

/** `POST /oauth2/application_token`: Basic credentials, nothing else. */
export function applicationToken(request: Recorded, store: TokenStore): Reply {
  const client = basicClient(request, store.clients);
  if (client === undefined) return text(401, "Invalid client credentials.");
  return store.issue(client);
}

/** `POST /oauth2/token`: the standard client credentials grant. */
export function standardToken(request: Recorded, store: TokenStore): Reply {
  const client = basicClient(request, store.clients);
  if (client === undefined) return json(401, { error: "invalid_client" });
  const form = new URLSearchParams(request.body.toString("utf8"));
  if (form.get("grant_type") !== "client_credentials") return json(400, { error: "unsupported_grant_type" });
  return store.issue(client);
}
