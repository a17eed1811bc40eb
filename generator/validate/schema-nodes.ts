/** Schema Objects where they are written: the subschema keywords, and a walk over the schemas below given roots. */
import type { JsonObject } from "./spec-nodes.js";
import { isRecord } from "./spec-nodes.js";

/** One schema as written, with the object schema whose `properties` map holds it, if any. */
export interface SchemaVisit {
  schema: JsonObject;
  /** Its pointer segments (built on demand). */
  at(): string[];
  /** The object schema and property name, when the schema is a member of a `properties` map. */
  propertyOf?: { owner: JsonObject; name: string };
}

/** Keywords whose values map names to subschemas. */
const MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
/** Keywords whose values are one subschema. */
const SINGLE = [
  "additionalProperties",
  "unevaluatedProperties",
  "items",
  "additionalItems",
  "contains",
  "not",
  "if",
  "then",
  "else",
  "propertyNames",
];
/** Keywords whose values are lists of subschemas. */
const LISTS = ["allOf", "anyOf", "oneOf", "prefixItems", "items"];
/** Name maps in which a key `schema` is a member name, not the Schema Object keyword. */
const NAME_MAPS = new Set([
  ...MAPS,
  "paths",
  "responses",
  "headers",
  "links",
  "callbacks",
  "encoding",
  "variables",
  "examples",
]);

/** Whether a `schema` field of a node at a key like this is a Schema Object (in a name map it is a member's name). */
export function holdsSchemaField(key: string): boolean {
  return !NAME_MAPS.has(key);
}

/** A pending schema: its node, and how its pointer continues its parent's. */
interface Pending {
  schema: JsonObject;
  parent: Pending | undefined;
  /** Segments after the parent's pointer (for a root, its whole pointer). */
  path: readonly string[];
  propertyOf?: { owner: JsonObject; name: string };
}

/**
 * Visits the schemas below the roots, each once (a schema reached twice keeps its first place): each root's
 * subschemas depth-first, keyword by keyword (maps, then single subschemas, then lists), before the next root.
 */
export function visitSchemas(
  roots: readonly { schema: unknown; at: readonly string[] }[],
  seen: Set<unknown>,
  visit: (visit: SchemaVisit) => void,
): void {
  const pending: Pending[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    const root = roots[i]!;
    if (isRecord(root.schema)) pending.push({ schema: root.schema, parent: undefined, path: root.at });
  }
  while (pending.length > 0) {
    const entry = pending.pop()!;
    if (seen.has(entry.schema)) continue;
    seen.add(entry.schema);
    visit({
      schema: entry.schema,
      at: () => pointerOf(entry),
      ...(entry.propertyOf ? { propertyOf: entry.propertyOf } : {}),
    });
    const children: Pending[] = [];
    eachChildSchema(entry.schema, (keyword, child, path) => {
      const next: Pending = { schema: child, parent: entry, path };
      if (keyword === "properties") next.propertyOf = { owner: entry.schema, name: path[1]! };
      children.push(next);
    });
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
  }
}

function pointerOf(entry: Pending): string[] {
  const parts: (readonly string[])[] = [];
  for (let current: Pending | undefined = entry; current; current = current.parent) parts.push(current.path);
  return parts.reverse().flat();
}

/** Calls `each` for every direct subschema (no `$ref` followed), with its keyword and the segments below the schema. */
function eachChildSchema(
  schema: JsonObject,
  each: (keyword: string, child: JsonObject, path: readonly string[]) => void,
): void {
  for (const keyword of MAPS) {
    const map = schema[keyword];
    if (!isRecord(map)) continue;
    for (const name of Object.keys(map)) {
      const child = map[name];
      if (isRecord(child)) each(keyword, child, [keyword, name]);
    }
  }
  for (const keyword of SINGLE) {
    const child = schema[keyword];
    if (isRecord(child)) each(keyword, child, [keyword]);
  }
  for (const keyword of LISTS) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    list.forEach((child, i) => {
      if (isRecord(child)) each(keyword, child, [keyword, String(i)]);
    });
  }
}

/** The direct subschemas of a schema as written (no `$ref` followed), each with the keyword that holds it. */
export function childSchemas(
  schema: JsonObject,
  at: string[],
): { keyword: string; schema: JsonObject; at: string[] }[] {
  const out: { keyword: string; schema: JsonObject; at: string[] }[] = [];
  eachChildSchema(schema, (keyword, child, path) => out.push({ keyword, schema: child, at: [...at, ...path] }));
  return out;
}
