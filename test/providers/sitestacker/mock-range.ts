/**
 * Pages as the mock reads the Heroku-style `Range` header: `Range: <field> [start]..[end]; max=N, order=asc|desc`,
 * start and end being positions in the list ordered by the field (one of `Accept-Ranges`). At most 100 records a page
 * (a larger max is cut), `206` while records remain after the page, `200` for the last page, 416 for a bad range.
 */
import { fail, type Reply } from "./mock-http.js";

/** The largest page. */
export const MAX_PAGE = 100;

const RANGE = /^\s*([A-Za-z0-9_]+)\s+(\d*)\.\.(\d*)\s*(?:;\s*(.*))?$/;

/** One page of rows with its status and headers. */
export interface Page<T> {
  readonly status: 200 | 206;
  readonly rows: T[];
  readonly headers: Record<string, string>;
}

function sortKey(value: unknown): number | string {
  const text = value === null || value === undefined ? "" : String(value);
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text.toLowerCase();
}

function params(raw: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of (raw ?? "").split(",")) {
    const at = pair.indexOf("=");
    if (at > 0) out.set(pair.slice(0, at).trim().toLowerCase(), pair.slice(at + 1).trim());
  }
  return out;
}

/** The page `range` asks for (the first 100 by `fields[0]` without one), or 416. */
export function pageOf<T extends Record<string, unknown>>(
  rows: readonly T[],
  range: string | undefined,
  fields: readonly string[],
): Page<T> | Reply {
  const acceptRanges = fields.join(", ");
  const match = RANGE.exec(range ?? `${fields[0]} ..`);
  const invalid = (why: string): Reply => fail(416, `Invalid range: ${why}`, {}, { "Accept-Ranges": acceptRanges });
  if (match === null) return invalid(`expected "<field> [start]..[end]; max=<n>"`);
  const [, field, startText, endText, rawParams] = match as unknown as [
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  if (!fields.includes(field)) return invalid(`the list can be ordered by ${acceptRanges}`);
  const extra = params(rawParams);
  const maxText = extra.get("max") ?? String(MAX_PAGE);
  const order = (extra.get("order") ?? "asc").toLowerCase();
  if (!/^\d+$/.test(maxText) || Number(maxText) < 1) return invalid("max must be a positive number");
  if (order !== "asc" && order !== "desc") return invalid("order must be asc or desc");
  const start = startText === "" ? 0 : Number(startText);
  const end = endText === "" ? undefined : Number(endText);
  if (end !== undefined && end < start) return invalid("the end is before the start");
  const max = Math.min(Number(maxText), MAX_PAGE);
  const sorted = [...rows].sort((a, b) => {
    const x = sortKey(a[field]);
    const y = sortKey(b[field]);
    const diff =
      typeof x === "number" && typeof y === "number"
        ? x - y
        : String(x) < String(y)
          ? -1
          : String(x) > String(y)
            ? 1
            : 0;
    return order === "asc" ? diff : -diff;
  });
  const stop = Math.min(end === undefined ? start + max : Math.min(end + 1, start + max), sorted.length);
  const page = sorted.slice(start, Math.max(start, stop));
  const last = page.length === 0 ? "" : String(start + page.length - 1);
  const headers = {
    "Accept-Ranges": acceptRanges,
    "Content-Range": `${field} ${start}..${last}; max=${max}, total=${sorted.length}, order=${order}`,
  };
  return { status: start + page.length < sorted.length ? 206 : 200, rows: page, headers };
}
