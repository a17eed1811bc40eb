/** A schema as the diff compares it: `$ref`s followed, `allOf` members merged, types as a set. */
import { isJsonObject, type JsonObject } from "../../json-value.js";
import { resolveObject } from "../diff-context.js";
import type { Located, SpecSide } from "../spec-side.js";

/** The comparable facts of one schema. */
export interface SchemaView {
  node: JsonObject;
  at: readonly string[];
  /** JSON types the schema allows (`null` included for `nullable: true`); undefined when any type is allowed. */
  types: ReadonlySet<string> | undefined;
  properties: ReadonlyMap<string, Located>;
  required: ReadonlySet<string>;
}

/** Most `allOf` levels merged into one view. */
const MAX_ALL_OF_DEPTH = 16;

/** Builds the view of a resolved schema object. */
export function viewSchema(side: SpecSide, schema: { value: JsonObject; at: readonly string[] }): SchemaView {
  const properties = new Map<string, Located>();
  const required = new Set<string>();
  let types: Set<string> | undefined;
  const visit = (node: { value: JsonObject; at: readonly string[] }, depth: number, seen: Set<JsonObject>) => {
    if (seen.has(node.value) || depth > MAX_ALL_OF_DEPTH) return;
    seen.add(node.value);
    types ??= typesOf(node.value);
    const props = node.value["properties"];
    if (isJsonObject(props)) {
      for (const [name, value] of Object.entries(props))
        if (!properties.has(name)) properties.set(name, { value, at: [...node.at, "properties", name] });
    }
    const req = node.value["required"];
    if (Array.isArray(req)) for (const name of req) if (typeof name === "string") required.add(name);
    const allOf = node.value["allOf"];
    if (!Array.isArray(allOf)) return;
    allOf.forEach((member, index) => {
      const resolved = resolveObject(side, { value: member, at: [...node.at, "allOf", String(index)] });
      if (resolved) visit(resolved, depth + 1, seen);
    });
  };
  visit(schema, 0, new Set());
  return { node: schema.value, at: schema.at, types, properties, required };
}

/** The `type` keyword as a set, with `nullable: true` (3.0) adding `null`. */
function typesOf(schema: JsonObject): Set<string> | undefined {
  const type = schema["type"];
  const list =
    typeof type === "string"
      ? [type]
      : Array.isArray(type)
        ? type.filter((t): t is string => typeof t === "string")
        : undefined;
  if (!list) return undefined;
  const set = new Set(list);
  if (schema["nullable"] === true) set.add("null");
  return set;
}

/** True when every value of a type in `from` is also allowed by `to` (`integer` fits `number`). */
export function typesFit(from: ReadonlySet<string> | undefined, to: ReadonlySet<string> | undefined): boolean {
  if (to === undefined) return true;
  if (from === undefined) return false;
  return [...from].every((t) => to.has(t) || (t === "integer" && to.has("number")));
}

/** Renders a type set for messages. */
export function showTypes(types: ReadonlySet<string> | undefined): string {
  return types === undefined ? "any" : [...types].sort().join(" | ");
}
