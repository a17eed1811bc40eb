/** Named exports for component schemas: readable names, and a separate input type where read/write shapes differ. */
import { claimUniqueName, toTypeName } from "../naming/identifiers.js";
import type { NamedSchema } from "./ir.js";
import { componentSchemaName, isObject, type JsonObject } from "./refs.js";

/** One entry per `components.schemas` key (but `internal` ones, e.g. RPC functions' derived schemas), names claimed in sorted order so they are stable. */
export function buildSchemas(
  doc: JsonObject,
  taken: Set<string>,
  internal: ReadonlySet<string> = new Set(),
): NamedSchema[] {
  const schemas =
    isObject(doc["components"]) && isObject(doc["components"]["schemas"]) ? doc["components"]["schemas"] : {};
  const names = Object.keys(schemas)
    .filter((name) => !internal.has(name))
    .sort();
  const splits = findReadWriteSplits(schemas);
  const built = names.map((name) => {
    const schema = isObject(schemas[name]) ? (schemas[name] as JsonObject) : {};
    const entry: NamedSchema = {
      name,
      typeName: claimUniqueName(toTypeName(name, "Schema"), taken),
      deprecated: schema["deprecated"] === true,
    };
    if (typeof schema["description"] === "string") entry.description = schema["description"];
    return entry;
  });
  for (const entry of built) {
    if (splits.has(entry.name)) entry.inputTypeName = claimUniqueName(`${entry.typeName}Input`, taken);
  }
  return built;
}

/** Component schemas whose tree (through refs) contains readOnly or writeOnly properties. */
function findReadWriteSplits(schemas: JsonObject): Set<string> {
  const direct = new Map<string, { marked: boolean; refs: Set<string> }>();
  for (const [name, schema] of Object.entries(schemas)) direct.set(name, scanSchema(schema));
  const result = new Set<string>();
  for (const [name, info] of direct) if (info.marked) result.add(name);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [name, info] of direct) {
      if (result.has(name)) continue;
      if ([...info.refs].some((r) => result.has(r))) {
        result.add(name);
        changed = true;
      }
    }
  }
  return result;
}

const DATA_KEYS = new Set(["example", "examples", "default", "const", "enum"]);

function scanSchema(schema: unknown): { marked: boolean; refs: Set<string> } {
  const refs = new Set<string>();
  let marked = false;
  const stack: { node: unknown; inPropertyMap: boolean }[] = [{ node: schema, inPropertyMap: false }];
  while (stack.length > 0) {
    const { node, inPropertyMap } = stack.pop()!;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, inPropertyMap: false });
      continue;
    }
    if (!isObject(node)) continue;
    if (!inPropertyMap && (node["readOnly"] === true || node["writeOnly"] === true)) marked = true;
    const ref = componentSchemaName(node);
    if (ref !== undefined) refs.add(ref);
    for (const [key, value] of Object.entries(node)) {
      if (!inPropertyMap && DATA_KEYS.has(key)) continue;
      if (value !== null && typeof value === "object")
        stack.push({
          node: value,
          inPropertyMap: !inPropertyMap && (key === "properties" || key === "patternProperties"),
        });
    }
  }
  return { marked, refs };
}
