// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Picks the credentials for each operation from its security requirements and applies them to every hop of a request. */

import type { AuthOptions, SchemeAuth } from "./auth-types.js";
import { createStrategy, type AuthStrategy, type AuthTarget, type UnauthorizedHandler } from "./auth-strategies.js";
import { ApiError, ApiRequestError } from "./errors.js";
import { assertSafeHeader } from "./headers.js";
import type { OperationSpec, SecuritySchemeSpec } from "./operation.js";
import { setUpOAuth2, type OAuth2Setup, type OAuthTransport } from "./oauth2-setup.js";
import { createRedactor } from "./redact.js";
import type { SecretRegistry } from "./secret-registry.js";

/** The request a plan signs: everything final except the signature headers, which `sign` adds to `headers`. */
export interface SigningTarget {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: Uint8Array | undefined;
}

/** The credentials one call uses. */
export interface AuthPlan {
  /** True when a signing hook runs (the body is then read into bytes once, before the first attempt). */
  readonly signs: boolean;
  /** Adds header/query/cookie credentials; returns the 401 handlers of refreshable ones. */
  readonly apply: (target: AuthTarget, signal: AbortSignal | undefined) => Promise<UnauthorizedHandler[]>;
  /** Runs the signing hooks last, over the final request, and sets the headers they return. */
  readonly sign: (target: SigningTarget) => Promise<void>;
}

/** A plan that adds nothing. */
export const NO_AUTH: AuthPlan = { signs: false, apply: async () => [], sign: async () => undefined };

/** Where credentials may sit on a request, so redirects to another origin can remove them. */
export interface CredentialLocations {
  /** Lower-case header names (always including `authorization`, `proxy-authorization` and `cookie`). */
  readonly headers: ReadonlySet<string>;
  readonly query: ReadonlySet<string>;
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) out[name] = value;
  return out;
}

/** Runs a user hook (token provider, signer); its own failures become `ApiRequestError`, while aborts and runtime errors pass through. */
async function guarded<T>(
  what: string,
  signal: AbortSignal | undefined,
  secrets: SecretRegistry,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError || signal?.aborted === true) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiRequestError(`${what} failed: ${reason}`, { cause: error, redactor: createRedactor({ secrets }) });
  }
}

/** The auth feature of a client (`ClientFeatures.auth`): every strategy, chosen by each scheme's type. */
export const createAuth = (
  schemes: Readonly<Record<string, SecuritySchemeSpec>>,
  auth: AuthOptions | undefined,
  transport: OAuthTransport,
): AuthResolver => new AuthResolver(schemes, auth, transport);

/** Holds the strategies of every configured scheme and plans each call. */
export class AuthResolver {
  readonly #strategies = new Map<string, AuthStrategy>();
  readonly #oauth = new Map<string, OAuth2Setup>();
  readonly #transport: OAuthTransport;
  /** Where this client's credentials may appear on a request. */
  readonly credentials: CredentialLocations;

  constructor(
    schemes: Readonly<Record<string, SecuritySchemeSpec>>,
    auth: AuthOptions | undefined,
    transport: OAuthTransport,
  ) {
    this.#transport = transport;
    const headers = new Set(["authorization", "proxy-authorization", "cookie"]);
    const query = new Set<string>();
    for (const scheme of Object.values(schemes)) {
      if (scheme.type === "apiKey" && scheme.in === "header") headers.add(scheme.name.toLowerCase());
      if (scheme.type === "apiKey" && scheme.in === "query") query.add(scheme.name);
    }
    this.credentials = { headers, query };
    for (const [name, config] of Object.entries(auth ?? {})) {
      if (config !== undefined) this.#configure(name, schemes, config);
    }
  }

  #configure(name: string, schemes: Readonly<Record<string, SecuritySchemeSpec>>, config: SchemeAuth): void {
    if (!Object.prototype.hasOwnProperty.call(schemes, name)) {
      const known = Object.keys(schemes).sort().join(", ");
      throw new ApiRequestError(
        `auth.${name}: the API has no security scheme of that name (schemes: ${known === "" ? "none" : known})`,
      );
    }
    const scheme = schemes[name]!;
    let oauth: OAuth2Setup | undefined;
    if (scheme.type === "oauth2" && typeof config === "object" && "clientId" in config) {
      oauth = setUpOAuth2(name, scheme, config, this.#transport);
      this.#oauth.set(name, oauth);
    }
    this.#strategies.set(
      name,
      createStrategy(scheme, config, { schemeName: name, secrets: this.#transport.secrets, oauth: oauth?.manager }),
    );
  }

  /** The OAuth 2 setup of a scheme configured with `OAuth2Auth`. */
  oauth2(name: string): OAuth2Setup {
    const setup = this.#oauth.get(name);
    if (setup === undefined)
      throw new ApiRequestError(`auth.${name} is not configured as an OAuth 2 client ({ clientId, … })`);
    return setup;
  }

  /** The first security alternative whose schemes are all configured; an empty alternative (optional auth) only when none is. */
  plan(op: OperationSpec): AuthPlan {
    const alternatives = op.security;
    if (alternatives === undefined || alternatives.length === 0) return NO_AUTH;
    const chosen = alternatives.find((names) => names.length > 0 && names.every((name) => this.#strategies.has(name)));
    if (chosen !== undefined) return this.#planFor(chosen.map((name) => this.#strategies.get(name)!));
    if (alternatives.some((names) => names.length === 0)) return NO_AUTH;
    const wanted = alternatives.map((names) => names.map((name) => `auth.${name}`).join(" + ")).join(" or ");
    throw new ApiRequestError(`${op.method} ${op.path} needs credentials: configure ${wanted}`);
  }

  #planFor(strategies: readonly AuthStrategy[]): AuthPlan {
    const secrets = this.#transport.secrets;
    const signers = strategies.filter((s) => s.sign !== undefined);
    return {
      signs: signers.length > 0,
      apply: async (target, signal) => {
        const handlers: UnauthorizedHandler[] = [];
        for (const strategy of strategies) {
          const handler = await guarded("Getting credentials", signal, secrets, async () =>
            strategy.apply?.(target, signal),
          );
          if (handler !== undefined) handlers.push(handler);
        }
        return handlers;
      },
      sign: async (target) => {
        for (const signer of signers) {
          const request = {
            method: target.method,
            url: target.url,
            headers: headerRecord(target.headers),
            body: target.body,
          };
          const added = await guarded("The signing hook", undefined, secrets, async () => signer.sign!(request));
          for (const [name, value] of Object.entries(added)) {
            assertSafeHeader(name, value);
            secrets.addRotating(value);
            target.headers.set(name, value);
          }
        }
      },
    };
  }
}
