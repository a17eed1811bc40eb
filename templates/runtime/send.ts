// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * One attempt on the wire: credentials and signature per hop, `fetch` with `redirect: "manual"`, redirects followed
 * by `redirect.ts`. Browsers answer manual redirects with an opaque response; then the browser is left to follow
 * (it drops `Authorization` across origins itself), at once for requests safe to send twice and for the client's
 * later calls, while other requests fail with `ApiRedirectError`.
 */

import type { AuthPlan } from "./auth.js";
import type { UnauthorizedHandler } from "./auth-strategies.js";
import { ApiRedirectError } from "./errors.js";
import type { FetchLike } from "./execute.js";
import { nextHop, redirectLocation, type Hop, type RedirectRules } from "./redirect.js";

/** Client state shared by its calls: set once a browser hid a redirect, so later calls let the browser follow. */
export interface RedirectMode {
  browserFollows: boolean;
}

/** How one attempt is sent. */
export interface SendSettings {
  readonly fetch: FetchLike;
  readonly auth: AuthPlan;
  readonly rules: RedirectRules;
  readonly mode: RedirectMode;
  /** The request may reach the server twice (idempotent, keyed or retry-safe, replayable body). */
  readonly replaySafe: boolean;
  readonly streaming: boolean;
}

/** The final response and the 401 handlers of the credentials it was sent with (none after leaving the origin). */
export interface Delivered {
  readonly response: Response;
  readonly onUnauthorized: readonly UnauthorizedHandler[];
}

interface PreparedHop {
  readonly url: string;
  readonly headers: Headers;
  readonly handlers: UnauthorizedHandler[];
}

async function prepareHop(hop: Hop, settings: SendSettings, signal: AbortSignal | undefined): Promise<PreparedHop> {
  const target = { url: hop.url, headers: new Headers(hop.headers) };
  if (!hop.trusted) return { ...target, handlers: [] };
  const handlers = await settings.auth.apply(target, signal);
  if (settings.auth.signs) {
    const body = hop.body instanceof Uint8Array ? hop.body : undefined;
    await settings.auth.sign({ method: hop.method, url: target.url, headers: target.headers, body });
  }
  return { ...target, handlers };
}

function fetchHop(
  hop: Hop,
  prepared: PreparedHop,
  settings: SendSettings,
  signal: AbortSignal | undefined,
  redirect: RequestRedirect,
): Promise<Response> {
  const init: RequestInit & { duplex?: "half" } = { method: hop.method, headers: prepared.headers, redirect };
  if (signal !== undefined) init.signal = signal;
  if (hop.body !== undefined) init.body = hop.body;
  if (settings.streaming && hop.body !== undefined) init.duplex = "half";
  return settings.fetch(prepared.url, init);
}

/** Sends `first` and follows redirects until a final response. */
export async function sendWithRedirects(
  first: Hop,
  settings: SendSettings,
  signal: AbortSignal | undefined,
): Promise<Delivered> {
  let hop = first;
  for (let redirects = 0; ; redirects++) {
    const prepared = await prepareHop(hop, settings, signal);
    if (settings.mode.browserFollows)
      return { response: await fetchHop(hop, prepared, settings, signal, "follow"), onUnauthorized: prepared.handlers };
    const response = await fetchHop(hop, prepared, settings, signal, "manual");
    if (response.type === "opaqueredirect") {
      if (!settings.replaySafe || redirects > 0) {
        throw new ApiRedirectError(
          "The browser hid a redirect (opaqueredirect) and this request is not safe to send twice",
          settings.rules.context,
        );
      }
      settings.mode.browserFollows = true;
      return { response: await fetchHop(hop, prepared, settings, signal, "follow"), onUnauthorized: prepared.handlers };
    }
    const location = redirectLocation(response);
    if (location === undefined) return { response, onUnauthorized: prepared.handlers };
    await response.body?.cancel().catch(() => undefined);
    hop = nextHop(hop, response.status, location, redirects, settings.rules);
  }
}
