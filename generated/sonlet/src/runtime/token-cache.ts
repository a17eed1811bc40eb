// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * A bearer token that your own code obtains (e.g. from a token operation of the same API, authenticated another
 * way), cached and renewed before it expires: pass the result as `auth.<scheme>.token`.
 */

import { ApiAuthError, ApiRequestError } from "./errors.js";

/** One token as `fetchToken` returns it; times are epoch milliseconds. */
export interface FetchedToken {
  readonly token: string;
  /** When the token stops working; without it the token is kept until `invalidate()`. */
  readonly expiresAt?: number | undefined;
  /** When it was issued (default: when `fetchToken` resolved). */
  readonly issuedAt?: number | undefined;
}

export interface CachedTokenOptions {
  /** Gets a new token. Called once at a time: concurrent calls share one fetch. */
  readonly fetchToken: () => Promise<FetchedToken>;
  /** Renew once this fraction of the token's lifetime has passed (default 0.5; 1 = at expiry). */
  readonly renewAfter?: number | undefined;
  /** Clock in epoch milliseconds (default `Date.now`). */
  readonly now?: (() => number) | undefined;
}

/** A token provider (`() => Promise<string>`), usable wherever a `SecretInput` is, plus `invalidate()`. */
export interface CachedToken {
  (): Promise<string>;
  /** Drops the cached token; the next call fetches a new one. */
  invalidate(): void;
}

interface Held {
  readonly token: string;
  readonly renewAt: number;
}

/** Wraps `fetchToken` into a cached, single-flight token provider. */
export function cachedToken(options: CachedTokenOptions): CachedToken {
  const now = options.now ?? Date.now;
  const fraction = options.renewAfter ?? 0.5;
  if (!(fraction > 0 && fraction <= 1))
    throw new ApiRequestError("renewAfter must be a fraction of the token lifetime in (0, 1]");
  let held: Held | undefined;
  let pending: Promise<Held> | undefined;

  const fetchOne = async (): Promise<Held> => {
    const fetched = await options.fetchToken();
    if (typeof fetched?.token !== "string" || fetched.token === "")
      throw new ApiAuthError("fetchToken returned no token");
    const issuedAt = fetched.issuedAt ?? now();
    const renewAt = fetched.expiresAt === undefined ? Infinity : issuedAt + (fetched.expiresAt - issuedAt) * fraction;
    return { token: fetched.token, renewAt };
  };

  const provider = (async () => {
    if (held !== undefined && now() < held.renewAt) return held.token;
    pending ??= fetchOne().finally(() => {
      pending = undefined;
    });
    held = await pending;
    return held.token;
  }) as CachedToken;
  provider.invalidate = () => {
    held = undefined;
  };
  return provider;
}
