/**
 * The generic parts of the SOWPROG mock's entity resources: links, list paging (`count`, `startIndex`,
 * `modifiedSince`), create with mandatory elements, partial update checked against `sowprogId.version`.
 */
import type { IncomingHttpHeaders } from "node:http";
import { bodyFormat, readBody, type Doc } from "./mock-format.js";
import { bare, formatErrors, isReply, message, ok, type ErrorMessage, type Reply } from "./mock-http.js";
import { COLLECTIONS, mergePartial, type Entity, type Kind, type SowprogStore } from "./mock-store.js";

/** What a route handler gets. */
export interface Context {
  readonly method: string;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly store: SowprogStore;
  /** `<origin>/api/v1`, for links. */
  readonly base: string;
  readonly now: () => number;
}

/** Checks an entity after create or update; returns the errors (empty when valid). */
export type Validator = (data: Doc, ctx: Context) => ErrorMessage[];

/** A link element. */
export function link(href: string, method: string, rel: string): Doc {
  return { href, method, rel };
}

/** The entity as the API shows it: `sowprogId`, the links of the allowed actions, then its elements. */
export function present(entity: Entity, base: string): Doc {
  const href = `${base}/${COLLECTIONS[entity.kind]}/${entity.sowprogId.id}`;
  const links = [link(href, "GET", "self")];
  if (entity.kind !== "eventType" && entity.kind !== "eventStyle") links.push(link(href, "PUT", "update"));
  if (entity.kind === "event") links.push(link(`${href}/picture`, "PUT", "picture"));
  return { sowprogId: { ...entity.sowprogId }, link: links, ...entity.data };
}

/** The value at a dotted path, or undefined. */
export function valueAt(doc: Doc, path: string): unknown {
  let value: unknown = doc;
  for (const key of path.split("."))
    value = typeof value === "object" && value !== null ? (value as Doc)[key] : undefined;
  return value;
}

/** MANDATORY_ELEMENT for each dotted path that is absent or empty. */
export function mandatory(data: Doc, paths: readonly string[]): ErrorMessage[] {
  return paths
    .filter((p) => valueAt(data, p) === undefined || valueAt(data, p) === "")
    .map((element) => ({ errorCode: "MANDATORY_ELEMENT", element }));
}

/** A request body of `root` in the format its Content-Type names; 415 or a 400 message otherwise. */
export function requestDoc(ctx: Context, root: string): Doc | Reply {
  const format = bodyFormat(ctx.headers["content-type"]);
  if (format === undefined) return bare(415);
  const read = readBody(format, root, ctx.body);
  if (typeof read === "string")
    return message(400, [
      { errorCode: "BAD_FORMAT", element: root, expectedFormat: format === "xml" ? `<${root}> XML` : "JSON object" },
    ]);
  if (read.problems.length > 0) return message(400, formatErrors(read.problems));
  return read.doc;
}

function intParam(url: URL, name: string): number | undefined | ErrorMessage {
  const raw = url.searchParams.get(name);
  if (raw === null) return undefined;
  return /^-?\d+$/.test(raw) ? Number(raw) : { errorCode: "BAD_FORMAT", element: name, expectedFormat: "integer" };
}

/** A list response: entities passing `keep`, modified after `modifiedSince`, paged by `startIndex`/`count`. */
export function listReply(ctx: Context, kind: Kind, keep: (e: Entity) => boolean = () => true): Reply {
  const [since, start, count] = [
    intParam(ctx.url, "modifiedSince"),
    intParam(ctx.url, "startIndex"),
    intParam(ctx.url, "count"),
  ];
  const bad = [since, start, count].filter((v): v is ErrorMessage => typeof v === "object");
  if (bad.length > 0) return message(400, bad);
  const from = (start as number | undefined) ?? 0;
  const all = ctx.store.list(kind, since as number | undefined).filter(keep);
  const page = all.slice(from, count === undefined ? undefined : from + (count as number));
  return ok(`${kind}ListResponse`, { [kind]: page.map((e) => present(e, ctx.base)) });
}

/** The entity named by the path's id parameter, or a 404 message. */
export function found(ctx: Context, kind: Kind, param: string): Entity | Reply {
  const id = Number(ctx.params[param]);
  const entity = Number.isSafeInteger(id) ? ctx.store.get(kind, id) : undefined;
  return entity ?? message(404, [{ errorCode: "NOT_FOUND", element: param }]);
}

/** Creates an entity from the body after validation; answers the response envelope (200, as documented). */
export function createReply(ctx: Context, kind: Kind, validate: Validator, initial: Doc = {}): Reply {
  const doc = requestDoc(ctx, kind);
  if (isReply(doc)) return doc;
  const { sowprogId: _id, link: _links, ...data } = doc;
  const merged = mergePartial(data, initial);
  const errors = validate(merged, ctx);
  if (errors.length > 0) return message(400, errors);
  return ok(`${kind}Response`, { [kind]: present(ctx.store.create(kind, merged), ctx.base) });
}

/** Partial update: `sowprogId.version` must be sent and current (else 409 BAD_VERSION); only the elements sent change. */
export function updateReply(ctx: Context, kind: Kind, param: string, validate: Validator): Reply {
  const entity = found(ctx, kind, param);
  if (isReply(entity)) return entity;
  const doc = requestDoc(ctx, kind);
  if (isReply(doc)) return doc;
  const { sowprogId, link: _links, ...patch } = doc;
  const sent = (typeof sowprogId === "object" && sowprogId !== null ? sowprogId : {}) as Doc;
  if (sent.version === undefined || sent.version === "")
    return message(400, [{ errorCode: "MANDATORY_ELEMENT", element: "sowprogId.version" }]);
  if (sent.id !== undefined && sent.id !== entity.sowprogId.id)
    return message(400, [{ errorCode: "UNKNOWN_REFERENCE", element: "sowprogId.id" }]);
  if (sent.version !== entity.sowprogId.version)
    return message(409, [{ errorCode: "BAD_VERSION", element: "sowprogId.version" }]);
  const merged = mergePartial(entity.data, patch);
  const errors = validate(merged, ctx);
  if (errors.length > 0) return message(400, errors);
  return ok(`${kind}Response`, { [kind]: present(ctx.store.save(entity, merged), ctx.base) });
}

/** GET of one entity in its envelope. */
export function getReply(ctx: Context, kind: Kind, param: string): Reply {
  const entity = found(ctx, kind, param);
  return isReply(entity) ? entity : ok(`${kind}Response`, { [kind]: present(entity, ctx.base) });
}

/** UNKNOWN_REFERENCE when `sowprogId.id` at `path` names no entity of `kind`. */
export function reference(data: Doc, path: string, kind: Kind, store: SowprogStore): ErrorMessage[] {
  const ref = valueAt(data, `${path}.sowprogId.id`);
  if (ref === undefined) return [];
  return typeof ref === "number" && store.get(kind, ref) !== undefined
    ? []
    : [{ errorCode: "UNKNOWN_REFERENCE", element: `${path}.sowprogId.id` }];
}
