// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Following hypermedia links (`x-specforge-link`): an href is matched to the GET operation whose path template fits it. */

import { ApiRequestError } from "./errors.js";
import type { OperationSpec } from "./operation.js";

/** A link as the API writes it: its target and, when the API says so, the HTTP method it stands for. */
export interface FollowableLink {
  readonly href: string | undefined;
  readonly method?: string | undefined;
}

/** One operation a link may lead to, named like `GET /events/{id}`. */
export interface LinkTarget {
  readonly name: string;
  readonly op: OperationSpec;
}

/** The operation an href leads to, with the absolute URL to send and the path parameters read from it. */
export interface MatchedLink {
  readonly target: LinkTarget;
  readonly url: string;
  readonly params: Readonly<Record<string, string>>;
}

function refuse(href: string, why: string): never {
  throw new ApiRequestError(`Refusing to follow link ${JSON.stringify(href)}: ${why}`);
}

/** Splits a path into its segments, decoded; `undefined` when a segment is not valid percent-encoding. */
function segments(path: string): string[] | undefined {
  try {
    return path
      .split("/")
      .filter((s) => s !== "")
      .map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

/** Resolves `href` against the base URL; other origins (host, port or scheme, so https→http too) are refused. */
export function resolveLinkUrl(href: string, baseUrl: string): URL {
  const base = new URL(baseUrl);
  let url: URL;
  try {
    url = new URL(href, base.href.endsWith("/") ? base : `${base.href}/`);
  } catch {
    return refuse(href, "not a URL");
  }
  if (url.username !== "" || url.password !== "") refuse(href, "it carries user credentials");
  if (base.protocol === "https:" && url.protocol !== "https:") refuse(href, "it leaves https");
  if (url.origin !== base.origin) refuse(href, `its origin is not the API's (${base.origin})`);
  return url;
}

/** Path parameters of `template` read from `parts`, or `undefined` when the template does not fit. */
function fit(template: readonly string[], parts: readonly string[]): Record<string, string> | undefined {
  if (template.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i]!;
    const name = /^\{([^}]+)\}$/.exec(t)?.[1];
    if (name !== undefined) params[name] = parts[i]!;
    else if (t !== parts[i]) return undefined;
  }
  return params;
}

function literalCount(template: readonly string[]): number {
  return template.filter((s) => !s.startsWith("{")).length;
}

/**
 * The GET operation `link` leads to: the href must be on the API's origin and under its base path; among the
 * templates that fit, the one with the most literal segments wins (`/events/search` before `/events/{id}`).
 */
export function matchLink(link: FollowableLink, baseUrl: string, targets: readonly LinkTarget[]): MatchedLink {
  const href = link.href;
  if (typeof href !== "string" || href === "") return refuse(String(href), "no href");
  if (typeof link.method === "string" && link.method.toUpperCase() !== "GET")
    refuse(href, `it is a ${link.method} link; only GET links are followed`);
  const url = resolveLinkUrl(href, baseUrl);
  const base = segments(new URL(baseUrl).pathname) ?? [];
  const parts = segments(url.pathname);
  if (parts === undefined) return refuse(href, "its path is not valid percent-encoding");
  if (base.some((s, i) => parts[i] !== s)) refuse(href, "it is outside the API's base path");
  const rest = parts.slice(base.length);
  let best: { target: LinkTarget; params: Record<string, string>; score: number } | undefined;
  for (const target of targets) {
    if (target.op.method !== "GET") continue;
    const template = segments(target.op.path) ?? [];
    const params = fit(template, rest);
    const score = literalCount(template);
    if (params !== undefined && (best === undefined || score > best.score)) best = { target, params, score };
  }
  if (best === undefined) return refuse(href, "no GET operation of the API has this path");
  url.hash = "";
  return { target: best.target, url: url.href, params: best.params };
}

/** `matchLink`, refused when the href leads to another operation than `expected` (a name like `GET /events/{id}`). */
export function matchLinkTo(
  link: FollowableLink,
  baseUrl: string,
  targets: readonly LinkTarget[],
  expected: string,
): MatchedLink {
  const matched = matchLink(link, baseUrl, targets);
  if (matched.target.name !== expected)
    refuse(String(link.href), `it leads to ${matched.target.name}, not ${expected}`);
  return matched;
}
