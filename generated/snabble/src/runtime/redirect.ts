// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * Manual redirect following (`redirect: "manual"`): hop limit, no https→http, credentials and bodies never
 * leave the API's origin, 303 (and 301/302 after POST) become GET, 307/308 keep method and body.
 */

import type { CredentialLocations } from "./auth.js";
import { ApiRedirectError, type ApiErrorContext } from "./errors.js";
import type { HttpMethod } from "./operation.js";
import { decodeQueryName } from "./query.js";
import { isSensitiveName, redactUrl } from "./redact.js";
import type { SecretSource } from "./secret-registry.js";

/** Default number of redirects followed per attempt. */
export const DEFAULT_MAX_REDIRECTS = 5;

/** One request of a redirect chain, before credentials are added. */
export interface Hop {
  readonly method: HttpMethod;
  readonly url: string;
  /** Headers without auth (credentials are added per hop, only when `trusted`). */
  readonly headers: Headers;
  readonly body: BodyInit | undefined;
  /** False for a one-shot stream, which cannot be sent again. */
  readonly replayable: boolean;
  /** Same origin as the API request: credentials and signatures are added. */
  readonly trusted: boolean;
}

/** What `nextHop` checks against. */
export interface RedirectRules {
  /** Origin of the call's first request (the API). */
  readonly origin: string;
  readonly credentials: CredentialLocations;
  readonly secrets: SecretSource;
  readonly maxRedirects: number;
  readonly context: ApiErrorContext;
}

type RedirectStatus = 301 | 302 | 303 | 307 | 308;

/** The method after a redirect, per the Fetch standard. */
const METHOD_AFTER: Readonly<Record<RedirectStatus, (method: HttpMethod) => HttpMethod>> = {
  301: (method) => (method === "POST" ? "GET" : method),
  302: (method) => (method === "POST" ? "GET" : method),
  303: (method) => (method === "GET" || method === "HEAD" ? method : "GET"),
  307: (method) => method,
  308: (method) => method,
};

const BODY_HEADERS = ["content-type", "content-length", "content-encoding", "content-language", "content-location"];

/** The `Location` of a redirect response, or `undefined` when the response is final (not a redirect, or no `Location`). */
export function redirectLocation(response: Response): string | undefined {
  if (!(response.status in METHOD_AFTER)) return undefined;
  const location = response.headers.get("location");
  return location === null || location.trim() === "" ? undefined : location;
}

function refuse(message: string, rules: RedirectRules): never {
  throw new ApiRedirectError(message, rules.context);
}

function stripCredentialHeaders(headers: Headers, credentials: CredentialLocations): Headers {
  const out = new Headers(headers);
  for (const name of [...headers.keys()]) {
    if (credentials.headers.has(name) || isSensitiveName(name)) out.delete(name);
  }
  return out;
}

/** Removes API-key query parameters and any value equal to a known secret from a cross-origin target. */
function stripCredentialQuery(url: URL, rules: RedirectRules): string {
  if (url.search === "") return url.href;
  const secrets = new Set(rules.secrets.values());
  const kept = url.search
    .slice(1)
    .split("&")
    .filter((pair) => {
      const value = pair.slice(pair.indexOf("=") + 1);
      return !rules.credentials.query.has(decodeQueryName(pair)) && !(pair.includes("=") && secrets.has(value));
    });
  url.search = kept.length === 0 ? "" : `?${kept.join("&")}`;
  return url.href;
}

function resolveTarget(hop: Hop, location: string, rules: RedirectRules): URL {
  let target: URL;
  try {
    target = new URL(location, hop.url);
  } catch {
    return refuse("Refusing a redirect with an invalid Location", rules);
  }
  if (target.protocol !== "https:" && target.protocol !== "http:")
    refuse(`Refusing a redirect to a ${target.protocol} URL`, rules);
  if (new URL(hop.url).protocol === "https:" && target.protocol === "http:")
    refuse(`Refusing a redirect from https to http (${redactUrl(target.href)})`, rules);
  target.hash = "";
  return target;
}

/** The request to send for a redirect, or an `ApiRedirectError` when following it would be unsafe. */
export function nextHop(hop: Hop, status: number, location: string, redirectsSoFar: number, rules: RedirectRules): Hop {
  if (redirectsSoFar >= rules.maxRedirects) refuse(`Too many redirects (more than ${rules.maxRedirects})`, rules);
  const target = resolveTarget(hop, location, rules);
  const method = METHOD_AFTER[status as RedirectStatus](hop.method);
  const keepBody = method === hop.method && hop.body !== undefined;
  const trusted = target.origin === rules.origin;
  if (keepBody && !trusted)
    refuse(`Refusing to re-send the request body to another origin (${target.origin}) on HTTP ${status}`, rules);
  if (keepBody && !hop.replayable)
    refuse(`Cannot follow HTTP ${status}: the streamed request body cannot be sent again`, rules);
  const headers = trusted ? new Headers(hop.headers) : stripCredentialHeaders(hop.headers, rules.credentials);
  if (!keepBody) for (const name of BODY_HEADERS) headers.delete(name);
  const url = trusted ? target.href : stripCredentialQuery(target, rules);
  return { method, url, headers, body: keepBody ? hop.body : undefined, replayable: hop.replayable, trusted };
}
