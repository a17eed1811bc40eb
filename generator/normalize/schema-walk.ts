/** The bounded walk over body schemas that XML shapes and JSON array paths share: depth, node budget, `$ref` cycles, properties. */
import { componentSchemaName, derefObject, emptyRecord, isObject, type JsonObject } from "./refs.js";

/** Deepest nesting followed. */
export const MAX_DEPTH = 12;
/** Most nodes visited for one body: shared refs are expanded, so the walk is bounded. */
export const MAX_NODES = 2000;

/** Where the walk is: depth, the components on the way down (cycles stop), and what is left of the budget. */
export interface SchemaWalk {
  readonly depth: number;
  readonly seen: Set<string>;
  readonly budget: { left: number };
}

/** A fresh walk for one body. */
export function startWalk(): SchemaWalk {
  return { depth: 0, seen: new Set(), budget: { left: MAX_NODES } };
}

/** Steps onto `node`: its resolved schema, its component name, and the walk for its children; undefined past a bound or a cycle. */
export function enterSchema(
  doc: unknown,
  node: unknown,
  walk: SchemaWalk,
): { schema: JsonObject; refName: string | undefined; next: SchemaWalk } | undefined {
  if (walk.depth > MAX_DEPTH || walk.budget.left-- <= 0) return undefined;
  const refName = componentSchemaName(node);
  if (refName !== undefined && walk.seen.has(refName)) return undefined;
  const schema = derefObject(doc, node);
  if (!schema) return undefined;
  const seen = refName === undefined ? walk.seen : new Set([...walk.seen, refName]);
  return { schema, refName, next: { depth: walk.depth + 1, seen, budget: walk.budget } };
}

/** True for `type: array` (or a type list holding it). */
export function isArraySchema(schema: JsonObject): boolean {
  const type = schema["type"];
  return type === "array" || (Array.isArray(type) && type.includes("array"));
}

/** Properties in declaration order: those of `allOf` parts first (an extension's base, recursively), then its own. */
export function collectProperties(doc: unknown, schema: JsonObject, depth = 0): Record<string, unknown> {
  const out = emptyRecord<unknown>();
  if (depth > MAX_DEPTH) return out;
  for (const part of Array.isArray(schema["allOf"]) ? schema["allOf"] : []) {
    const resolved = derefObject(doc, part);
    if (resolved) Object.assign(out, collectProperties(doc, resolved, depth + 1));
  }
  if (isObject(schema["properties"])) Object.assign(out, schema["properties"]);
  return out;
}
