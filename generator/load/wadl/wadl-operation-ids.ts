/**
 * Deterministic operationIds: a method's `id` when it is unique; a method id used at several paths (a shared method or a
 * resource_type) gets the static path words in front (`users_list`, `groups_list`); methods without an id get
 * `verb_path_words` (`get_events_by_eventId`). Remaining clashes get `_2`, `_3`, … in document order.
 */
import type { WadlOperation } from "./wadl-methods.js";

/** The operationId of every operation, in the same order. */
export function assignOperationIds(operations: readonly WadlOperation[]): string[] {
  const idCounts = new Map<string, number>();
  for (const op of operations) if (op.id !== undefined) idCounts.set(op.id, (idCounts.get(op.id) ?? 0) + 1);
  const seeds = operations.map((op) => {
    if (op.id !== undefined && op.id.trim() !== "") return idCounts.get(op.id) === 1 ? op.id : [...pathWords(op.path, false), op.id].join("_");
    return [op.verb, ...pathWords(op.path, true)].join("_");
  });
  const used = new Set<string>();
  return seeds.map((seed) => {
    let id = seed;
    for (let n = 2; used.has(id); n++) id = `${seed}_${n}`;
    used.add(id);
    return id;
  });
}

/** Words of a path: static segments, and (when `withParams`) `by_<name>` for each template variable. */
function pathWords(path: string, withParams: boolean): string[] {
  const words: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "") continue;
    const variable = /^\{([^}]+)\}$/.exec(segment);
    if (variable) {
      if (withParams) words.push("by", variable[1]!);
      continue;
    }
    const clean = segment.replace(/\{[^}]*\}/g, "").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
    if (clean !== "") words.push(clean);
  }
  return words.length > 0 ? words : ["root"];
}
