/** Routing of the Site Stacker mock: path templates to handlers, and the list/read/delete patterns every resource shares. */
import type { IncomingHttpHeaders } from "node:http";
import { fail, isReply, json, NO_CONTENT, parseJsonObject, type Reply } from "./mock-http.js";
import { pageOf } from "./mock-range.js";
import { matchesAll, parseSearch } from "./mock-search.js";
import type { Row, SiteStackerStore, Table } from "./mock-store.js";

/** What a handler gets. */
export interface Ctx {
  readonly method: string;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly store: SiteStackerStore;
}

export type Handler = (ctx: Ctx) => Reply;

/** `METHOD /path/{param}` → handler. */
export type RouteTable = Readonly<Record<string, Handler>>;

interface Compiled {
  readonly method: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly handler: Handler;
}

/** Compiles route tables into one matcher: the handler and path parameters for a request, or 404/405. */
export function createRouter(
  ...tables: readonly RouteTable[]
): (method: string, path: string) => { handler: Handler; params: Record<string, string> } | Reply {
  const compiled: Compiled[] = tables.flatMap((table) =>
    Object.entries(table).map(([key, handler]) => {
      const [method, template] = key.split(" ") as [string, string];
      const names: string[] = [];
      const source = template.replace(/\{([^}]+)\}/g, (_m, name: string) => (names.push(name), "([^/]+)"));
      return { method, pattern: new RegExp(`^${source}$`), names, handler };
    }),
  );
  return (method, path) => {
    const matching = compiled.filter((route) => route.pattern.test(path));
    const route = matching.find((r) => r.method === method);
    if (route === undefined)
      return matching.length > 0 ? fail(405, `${method} is not allowed here`) : fail(404, "Not found");
    const values = route.pattern.exec(path)!.slice(1).map(decodeURIComponent);
    return { handler: route.handler, params: Object.fromEntries(route.names.map((name, i) => [name, values[i]!])) };
  };
}

/** A list: `search` is applied to `match` (the fields as they appear in the result data), then the `Range` page of `out`. */
export function listReply(
  ctx: Ctx,
  records: readonly { match: Row; out: Row }[],
  fields: readonly string[] = ["id"],
): Reply {
  const conditions = parseSearch(ctx.url.searchParams.get("search"));
  if (isReply(conditions)) return conditions;
  const found = records.filter((r) => matchesAll(r.match, conditions));
  const page = pageOf(
    found.map((r) => ({ ...r.out, __match: r.match })),
    ctx.headers.range,
    fields,
  );
  if (!("rows" in page)) return page;
  return json(
    page.status,
    page.rows.map(({ __match: _m, ...out }) => out),
    page.headers,
  );
}

/** Rows rendered for a list (matched and returned as the same record). */
export function rendered(rows: readonly Row[], render: (row: Row) => Row): { match: Row; out: Row }[] {
  return rows.map((row) => {
    const out = render(row);
    return { match: out, out };
  });
}

/** 200 with the rendered row, or 404. */
export function one(row: Row | undefined, render: (row: Row) => Row): Reply {
  return row === undefined ? fail(404, "Not found") : json(200, render(row));
}

/** Deletes a row (204) or answers 404. */
export function remove(ctx: Ctx, table: Table, id: string): Reply {
  return ctx.store.tables[table].delete(id) ? NO_CONTENT : fail(404, "Not found");
}

/** The JSON object body of a create or update, or its 400 reply. */
export function bodyOf(ctx: Ctx): Record<string, unknown> | Reply {
  return parseJsonObject(
    typeof ctx.headers["content-type"] === "string" ? ctx.headers["content-type"] : undefined,
    ctx.body,
  );
}

/** Copies the allowed fields that are present from the body onto the row and touches `modified`. */
export function applyFields(ctx: Ctx, row: Row, body: Record<string, unknown>, fields: readonly string[]): void {
  for (const field of fields) if (field in body) row[field] = body[field];
  row.modified = ctx.store.timestamp();
}
