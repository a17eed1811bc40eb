// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Pagination styles (`x-specforge-pagination`): how to find a page's items and the request for the next page. */

import { ownValue } from "./own.js";
import { ApiPaginationError } from "./errors.js";
import { findLink } from "./link-header.js";
import type { BodyPath, OperationSpec, PaginationSpec } from "./operation.js";
import { createRangePaginator } from "./range-pages.js";

/** The request for one page, on top of the call's arguments and options. */
export interface PageRequest {
  readonly args: Readonly<Record<string, unknown>>;
  /** A next link: replaces path and query. */
  readonly url?: string | undefined;
  /** Page parameters the operation does not declare. */
  readonly query?: Readonly<Record<string, string>> | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Identifies the page (link, cursor, number, offset, range); a repeated key ends the iteration. */
  readonly key: string;
}

/** A fetched page. */
export interface FetchedPage {
  readonly data: unknown;
  readonly response: Response;
  readonly request: PageRequest;
  /** The URL the page was requested from (relative next links resolve against it). */
  readonly url: string;
}

/** One pagination style. */
export interface Paginator {
  readonly first: (args: Readonly<Record<string, unknown>>) => PageRequest;
  readonly items: (page: FetchedPage) => readonly unknown[];
  /** The next request, or `undefined` at the end. */
  readonly next: (page: FetchedPage, items: readonly unknown[]) => PageRequest | undefined;
}

/** Where the API lives: next links must stay on its origin. */
export interface PaginationContext {
  readonly op: OperationSpec;
  readonly apiOrigin: string;
}

type Style = PaginationSpec["style"];
type PaginatorFactory<S extends Style> = (
  spec: Extract<PaginationSpec, { readonly style: S }>,
  context: PaginationContext,
) => Paginator;

/** The value at `path` inside a decoded body (own properties only); the body itself for an empty path. */
export function readPath(data: unknown, path: BodyPath | undefined): unknown {
  let current = data;
  for (const key of path ?? []) {
    if (typeof current !== "object" || current === null || !Object.prototype.hasOwnProperty.call(current, key))
      return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function readItems(page: FetchedPage, path: BodyPath | undefined): readonly unknown[] {
  const value = readPath(page.data, path);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new ApiPaginationError(`The page's items${path === undefined ? "" : ` at ${path.join(".")}`} are not a list`);
  return value;
}

/** Resolves a next link against the page URL; it must stay on the API's origin (an http link to the https API host is upgraded). */
export function resolveNextLink(raw: string, pageUrl: string, apiOrigin: string): string {
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    throw new ApiPaginationError("The next-page link is not a valid URL");
  }
  const api = new URL(apiOrigin);
  if (url.protocol === "http:" && api.protocol === "https:" && url.host === api.host) url.protocol = "https:";
  if (url.origin !== api.origin) {
    throw new ApiPaginationError(
      `Refusing a next-page link to another origin (${url.origin}); credentials stay with ${api.origin}`,
    );
  }
  return url.href;
}

/** Sets a page parameter: through its argument key when the operation declares it, else as an extra query parameter. */
function withParam(
  context: PaginationContext,
  request: Omit<PageRequest, "key">,
  name: string,
  value: string | number,
  key: string,
): PageRequest {
  const param = context.op.params.find((p) => p.in === "query" && p.name === name);
  if (param !== undefined) return { ...request, args: { ...request.args, [param.key]: value }, key };
  return { ...request, query: { ...request.query, [name]: String(value) }, key };
}

function readParam(context: PaginationContext, args: Readonly<Record<string, unknown>>, name: string): unknown {
  const param = context.op.params.find((p) => p.in === "query" && p.name === name);
  return param === undefined ? undefined : ownValue(args, param.key);
}

function toNumber(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function linkRequest(page: FetchedPage, raw: unknown, context: PaginationContext): PageRequest | undefined {
  if (typeof raw !== "string" || raw.trim() === "") return undefined;
  const url = resolveNextLink(raw.trim(), page.url, context.apiOrigin);
  return { args: page.request.args, url, headers: page.request.headers, key: url };
}

/** One factory per style. */
const PAGINATORS: { readonly [S in Style]: PaginatorFactory<S> } = {
  "next-link": (spec, context) => ({
    first: (args) => ({ args, key: "first" }),
    items: (page) => readItems(page, spec.items),
    next: (page, items) =>
      items.length === 0 ? undefined : linkRequest(page, readPath(page.data, spec.next), context),
  }),
  "link-header": (spec, context) => ({
    first: (args) => ({ args, key: "first" }),
    items: (page) => readItems(page, spec.items),
    next: (page, items) =>
      items.length === 0 ? undefined : linkRequest(page, findLink(page.response.headers.get("link"), "next"), context),
  }),
  page: (spec, context) => ({
    first: (args) => {
      const start = toNumber(readParam(context, args, spec.pageParam)) ?? spec.firstPage ?? 1;
      return withParam(context, { args }, spec.pageParam, start, String(start));
    },
    items: (page) => readItems(page, spec.items),
    next: (page, items) => {
      const current = Number(page.request.key);
      const total = spec.totalPages === undefined ? undefined : toNumber(readPath(page.data, spec.totalPages));
      if (items.length === 0 || (total !== undefined && current >= total)) return undefined;
      return withParam(context, page.request, spec.pageParam, current + 1, String(current + 1));
    },
  }),
  offset: (spec, context) => ({
    first: (args) => {
      const start = toNumber(readParam(context, args, spec.offsetParam)) ?? 0;
      return withParam(context, { args }, spec.offsetParam, start, String(start));
    },
    items: (page) => readItems(page, spec.items),
    next: (page, items) => {
      const offset = Number(page.request.key) + items.length;
      const total = spec.total === undefined ? undefined : toNumber(readPath(page.data, spec.total));
      const limit =
        spec.limitParam === undefined
          ? undefined
          : toNumber(readParam(context, page.request.args, spec.limitParam) ?? page.request.query?.[spec.limitParam]);
      if (
        items.length === 0 ||
        (total !== undefined && offset >= total) ||
        (limit !== undefined && items.length < limit)
      )
        return undefined;
      return withParam(context, page.request, spec.offsetParam, offset, String(offset));
    },
  }),
  cursor: (spec, context) => ({
    first: (args) => ({ args, key: `cursor:${String(readParam(context, args, spec.cursorParam) ?? "")}` }),
    items: (page) => readItems(page, spec.items),
    next: (page, items) => {
      const cursor = readPath(page.data, spec.nextCursor);
      if (items.length === 0 || (typeof cursor !== "string" && typeof cursor !== "number") || cursor === "")
        return undefined;
      return withParam(context, page.request, spec.cursorParam, cursor, `cursor:${String(cursor)}`);
    },
  }),
  range: (spec) => createRangePaginator(spec, readItems),
};

/** The paginator for an operation's `pagination` spec. */
export function createPaginator(spec: PaginationSpec, context: PaginationContext): Paginator {
  return (PAGINATORS[spec.style] as PaginatorFactory<Style>)(spec as never, context);
}
