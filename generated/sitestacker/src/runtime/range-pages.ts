// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * `range` pagination: pages asked for with a `Range` header and described by `Content-Range`, in one of two formats:
 * - `standard` (RFC 9110 §14): `Range: items=0-99` → `206`, `Content-Range: items 0-99/250`;
 * - `dotted` (the Heroku-style syntax): `Range: id 0..; max=100[, order=asc]` → `Content-Range: id 0..99; max=100, total=250`,
 *   where the numbers are positions in the ordered list; a `Next-Range` header, when the server sends one, is used as is.
 */

import type { BodyPath, PaginationSpec } from "./operation.js";
import type { FetchedPage, PageRequest, Paginator } from "./pagination.js";

type RangeSpec = Extract<PaginationSpec, { readonly style: "range" }>;

const STANDARD = /^\s*([!#$%&'*+\-.^_`|~0-9A-Za-z]+)\s+(\d+)-(\d+)\/(\d+|\*)\s*$/;
const DOTTED = /^\s*([^\s;]+)\s+([^\s;]*)\.\.([^\s;]*)\s*(?:;(.*))?$/;
const DEFAULT_RANGE_SIZE = 100;

/** A dotted range (`id 0..99; max=100, total=250, order=asc`): its field, bounds and parameters (lower-case names). */
export interface DottedRange {
  readonly unit: string;
  readonly start: string;
  readonly end: string;
  readonly params: ReadonlyMap<string, string>;
}

/** Parses a dotted `Range` / `Content-Range` value; `undefined` when it is not one. */
export function parseDottedRange(value: string | null | undefined): DottedRange | undefined {
  const match = DOTTED.exec(value ?? "");
  if (match === null) return undefined;
  const params = new Map<string, string>();
  for (const pair of (match[4] ?? "").split(",")) {
    const at = pair.indexOf("=");
    if (at > 0) params.set(pair.slice(0, at).trim().toLowerCase(), pair.slice(at + 1).trim());
  }
  return { unit: match[1]!, start: match[2]!, end: match[3]!, params };
}

function toCount(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

type Reader = (page: FetchedPage, path: BodyPath | undefined) => readonly unknown[];

function standardPaginator(spec: RangeSpec, size: number, readItems: Reader): Paginator {
  const request = (args: Readonly<Record<string, unknown>>, start: number): PageRequest => ({
    args,
    headers: { range: `${spec.unit}=${start}-${start + size - 1}` },
    key: String(start),
  });
  return {
    first: (args) => request(args, 0),
    items: (page) => readItems(page, spec.items),
    next: (page, items) => {
      const match = STANDARD.exec(page.response.headers.get("content-range") ?? "");
      if (page.response.status !== 206 || match === null || items.length === 0) return undefined;
      if (match[1]!.toLowerCase() !== spec.unit.toLowerCase()) return undefined;
      const end = Number(match[3]);
      const total = match[4] === "*" ? undefined : Number(match[4]);
      if ((total !== undefined && end + 1 >= total) || (total === undefined && items.length < size)) return undefined;
      return request(page.request.args, end + 1);
    },
  };
}

/**
 * Dotted ranges: the next page starts where this one ended (requested start + items received). It ends at an empty
 * page, when `total` says nothing is left, or — without a total — at a `200` or a page shorter than its `max`.
 */
function dottedPaginator(spec: RangeSpec, size: number, readItems: Reader): Paginator {
  const order = spec.order === undefined ? "" : `, order=${spec.order}`;
  const request = (args: Readonly<Record<string, unknown>>, range: string): PageRequest => ({
    args,
    headers: { range },
    key: range,
  });
  const from = (start: number): string => `${spec.unit} ${start}..; max=${size}${order}`;
  return {
    first: (args) => request(args, from(0)),
    items: (page) => readItems(page, spec.items),
    next: (page, items) => {
      if (items.length === 0) return undefined;
      const nextRange = page.response.headers.get("next-range");
      if (page.response.status === 206 && nextRange !== null && nextRange.trim() !== "")
        return request(page.request.args, nextRange.trim());
      const sent = toCount(parseDottedRange(page.request.headers?.["range"])?.start);
      if (sent === undefined) return undefined;
      const described = parseDottedRange(page.response.headers.get("content-range"));
      if (described !== undefined && described.unit.toLowerCase() !== spec.unit.toLowerCase()) return undefined;
      const offset = sent + items.length;
      const total = toCount(described?.params.get("total"));
      const max = toCount(described?.params.get("max")) ?? size;
      if (total !== undefined ? offset >= total : page.response.status !== 206 || items.length < max) return undefined;
      return request(page.request.args, from(offset));
    },
  };
}

/** The paginator of a `range` spec; `readItems` finds a page's items. */
export function createRangePaginator(spec: RangeSpec, readItems: Reader): Paginator {
  const size = Math.max(1, Math.floor(spec.pageSize ?? DEFAULT_RANGE_SIZE));
  return spec.format === "dotted" ? dottedPaginator(spec, size, readItems) : standardPaginator(spec, size, readItems);
}
