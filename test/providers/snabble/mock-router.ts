/** Route tables of the snabble mock: path templates as in the documentation, the permission each needs, and its error style. */
import type { IncomingHttpHeaders } from "node:http";
import type { Claims } from "./mock-jwt.js";
import type { ErrorStyle, Reply } from "./mock-http.js";
import type { ProjectStore } from "./mock-store.js";

/** How a route authenticates: a project JWT (Bearer or the deprecated Client-Token), or the app's TOTP basic credentials. */
export type RouteAuth = { readonly jwt: string | null } | "appCredentials" | "appUserCredentials";

/** One request as a handler sees it. */
export interface Call {
  readonly method: string;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The store of the path's (or query's) project. */
  readonly store: ProjectStore;
  readonly project: string;
  /** The mock's clock, epoch ms. */
  readonly now: number;
  readonly claims: Claims | undefined;
  /** The mock's origin (for absolute links). */
  readonly origin: string;
}

export interface Route {
  readonly method: string;
  readonly template: string;
  /** `{ jwt: "shopsRead" }`: a project JWT with that permission (`null`: any JWT of the project). */
  readonly auth: RouteAuth;
  readonly style: ErrorStyle;
  readonly handle: (call: Call) => Reply;
}

/** A route; `permission` null means any valid JWT of the project. */
export function route(
  method: string,
  template: string,
  permission: string | null,
  style: ErrorStyle,
  handle: (call: Call) => Reply,
): Route {
  return { method, template, auth: { jwt: permission }, style, handle };
}

/** Matches a path against a template (`/{project}/shops/{id}`), giving the decoded parameters. */
export function matchTemplate(template: string, pathname: string): Record<string, string> | undefined {
  const want = template.split("/");
  const got = pathname.split("/");
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const name = /^\{(.+)\}$/.exec(want[i]!)?.[1];
    if (name === undefined) {
      if (want[i] !== got[i]) return undefined;
    } else {
      if (got[i] === "") return undefined;
      params[name] = decodeURIComponent(got[i]!);
    }
  }
  return params;
}

/** The first route whose template matches (routes with literal segments are listed first), and whether only the method differs. */
export function findRoute(
  routes: readonly Route[],
  method: string,
  pathname: string,
): { route: Route; params: Record<string, string> } | "method" | undefined {
  let pathMatched = false;
  for (const candidate of routes) {
    const params = matchTemplate(candidate.template, pathname);
    if (params === undefined) continue;
    if (candidate.method === method) return { route: candidate, params };
    pathMatched = true;
  }
  return pathMatched ? "method" : undefined;
}
