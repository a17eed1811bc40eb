/**
 * Deterministic operationIds: a method's `id` when it is unique; a method id used at several paths (a shared method or a
 * resource_type) gets the static path words in front (`users_list`, `groups_list`); methods without an id get the
 * verb, the last static segment and the trailing variable (`get_events`, `put_loans_by_loanId`). Remaining clashes
 * get `_2`, `_3`, … in document order.
 */
import type { WadlOperation } from "./wadl-methods.js";

/** The operationId of every operation, in the same order. */
export function assignOperationIds(operations: readonly WadlOperation[]): string[] {
  const idCounts = new Map<string, number>();
  for (const op of operations) if (op.id !== undefined) idCounts.set(op.id, (idCounts.get(op.id) ?? 0) + 1);
  const seeds = operations.map((op) => {
    if (op.id !== undefined && op.id.trim() !== "")
      return idCounts.get(op.id) === 1 ? op.id : [...staticWords(op.path), op.id].join("_");
    return [op.verb, ...lastWords(op.path)].join("_");
  });
  const used = new Set<string>();
  return seeds.map((seed) => {
    let id = seed;
    for (let n = 2; used.has(id); n++) id = `${seed}_${n}`;
    used.add(id);
    return id;
  });
}

/** The last static segment, and `by_<name>` when the path ends with a template variable. */
function lastWords(path: string): string[] {
  const segments = path.split("/").filter((s) => s !== "");
  const last = segments[segments.length - 1];
  const variable = last === undefined ? undefined : /^\{([^}]+)\}$/.exec(last)?.[1];
  const statics = staticWords(path);
  return [statics[statics.length - 1]!, ...(variable !== undefined ? ["by", variable] : [])];
}

/** The static segments of a path as words (`/users/{id}/items` → `users`, `items`); `root` for `/`. */
function staticWords(path: string): string[] {
  const words = path
    .split("/")
    .filter((segment) => segment !== "" && !/^\{[^}]+\}$/.test(segment))
    .map((segment) =>
      segment
        .replace(/\{[^}]*\}/g, "")
        .replace(/[^A-Za-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, ""),
    )
    .filter((word) => word !== "");
  return words.length > 0 ? words : ["root"];
}
