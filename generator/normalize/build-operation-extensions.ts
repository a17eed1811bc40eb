/** Reads the operation-level `x-specforge-*` extensions (validated earlier) into IR fields. */
import type { PaginationData } from "../runtime-data/pagination-data.js";
import type { Operation } from "./ir.js";
import { isObject, stringField, type JsonObject } from "./refs.js";

const PATH_FIELDS = ["items", "next", "totalPages", "total", "nextCursor"];

/** Pagination, idempotency and retry safety of an operation; root-level idempotency applies to every POST. */
export function applyOperationExtensions(operation: Operation, doc: JsonObject, op: JsonObject): void {
  const pagination = op["x-specforge-pagination"];
  if (isObject(pagination)) operation.pagination = paginationOf(pagination);
  const idempotency =
    op["x-specforge-idempotency"] ?? (operation.method === "post" ? doc["x-specforge-idempotency"] : undefined);
  if (isObject(idempotency)) {
    const header = stringField(idempotency, "header");
    if (header !== undefined) operation.idempotency = { header, auto: idempotency["auto"] === true };
  }
  if (op["x-specforge-retry-safe"] === true) operation.retrySafe = true;
}

/**
 * Body paths may be written as `results` or `[data, items]`; the runtime always gets arrays. The value was validated
 * against the extension's schema (extensions/extension-schemas.ts), so it has one style's fields, in the spec's order.
 */
function paginationOf(raw: JsonObject): PaginationData {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw))
    out[key] = PATH_FIELDS.includes(key) && typeof value === "string" ? [value] : value;
  return out as unknown as PaginationData;
}
