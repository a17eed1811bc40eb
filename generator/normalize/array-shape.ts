/**
 * Where a JSON body holds arrays, as a tree pruned to the paths that lead to one, for APIs whose JSON writes a
 * one-item array as the bare item (`x-specforge-single-item-arrays`, Jersey/JAXB style): the runtime wraps it back.
 */
import type { ArrayShape } from "./ir.js";
import { componentSchemaName, derefObject, emptyRecord, isObject, type JsonObject } from "./refs.js";

const MAX_DEPTH = 12;
/** Most nodes visited for one body: shared refs are expanded, so the walk is bounded. */
const MAX_NODES = 2000;

/** The array paths of a schema; undefined when it holds no array at all. */
export function arrayShapeOf(doc: unknown, schema: unknown): ArrayShape | undefined {
  return shapeOf(doc, schema, 0, new Set(), { left: MAX_NODES });
}

function shapeOf(doc: unknown, node: unknown, depth: number, seen: Set<string>, budget: { left: number }): ArrayShape | undefined {
  if (depth > MAX_DEPTH || budget.left-- <= 0) return undefined;
  const refName = componentSchemaName(node);
  if (refName !== undefined && seen.has(refName)) return undefined;
  const schema = derefObject(doc, node);
  if (!schema) return undefined;
  const nextSeen = refName === undefined ? seen : new Set([...seen, refName]);
  const shape: ArrayShape = {};
  if (isArraySchema(schema)) {
    shape.array = true;
    const items = shapeOf(doc, schema["items"], depth + 1, nextSeen, budget);
    if (items) shape.items = items;
  }
  const properties = collectProperties(doc, schema);
  for (const name of Object.keys(properties).sort()) {
    const child = shapeOf(doc, properties[name], depth + 1, nextSeen, budget);
    if (!child) continue;
    shape.properties ??= emptyRecord();
    shape.properties[name] = child;
  }
  return shape.array === true || shape.properties !== undefined ? shape : undefined;
}

function isArraySchema(schema: JsonObject): boolean {
  const type = schema["type"];
  return type === "array" || (Array.isArray(type) && type.includes("array"));
}

/** Own properties plus those of `allOf` parts (how XSD extensions and most inheritance are written). */
function collectProperties(doc: unknown, schema: JsonObject): Record<string, unknown> {
  const out = emptyRecord<unknown>();
  for (const part of Array.isArray(schema["allOf"]) ? schema["allOf"] : []) {
    const resolved = derefObject(doc, part);
    if (resolved) Object.assign(out, collectProperties(doc, resolved));
  }
  if (isObject(schema["properties"])) Object.assign(out, schema["properties"]);
  return out;
}
