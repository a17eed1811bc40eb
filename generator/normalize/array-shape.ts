/**
 * Where a JSON body holds arrays, as a tree pruned to the paths that lead to one, for APIs whose JSON writes a
 * one-item array as the bare item (`x-specforge-single-item-arrays`, Jersey/JAXB style): the runtime wraps it back.
 */
import type { ArrayShape } from "./ir.js";
import { emptyRecord } from "./refs.js";
import { collectProperties, enterSchema, isArraySchema, startWalk, type SchemaWalk } from "./schema-walk.js";

/** The array paths of a schema; undefined when it holds no array at all. */
export function arrayShapeOf(doc: unknown, schema: unknown): ArrayShape | undefined {
  return shapeOf(doc, schema, startWalk());
}

function shapeOf(doc: unknown, node: unknown, walk: SchemaWalk): ArrayShape | undefined {
  const entered = enterSchema(doc, node, walk);
  if (!entered) return undefined;
  const { schema, next } = entered;
  const shape: ArrayShape = {};
  if (isArraySchema(schema)) {
    shape.array = true;
    const items = shapeOf(doc, schema["items"], next);
    if (items) shape.items = items;
  }
  const properties = collectProperties(doc, schema);
  for (const name of Object.keys(properties).sort()) {
    const child = shapeOf(doc, properties[name], next);
    if (!child) continue;
    shape.properties ??= emptyRecord();
    shape.properties[name] = child;
  }
  return shape.array === true || shape.properties !== undefined ? shape : undefined;
}
