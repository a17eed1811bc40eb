/** Following local `$ref`s in the loaded (bundled) document. */
import { isJsonObject } from "../json-value.js";
import { followPointer, parseRefPointer } from "../load/pointer.js";

export type { JsonObject } from "../json-value.js";
import type { JsonObject } from "../json-value.js";

/** True for non-null, non-array objects. */
export const isObject = isJsonObject;

/** The object a node stands for after following `$ref`s (at most 64 hops); undefined when unresolvable. */
export function derefObject(doc: unknown, node: unknown): JsonObject | undefined {
  let current = node;
  for (let hops = 0; hops < 64; hops++) {
    if (!isObject(current)) return undefined;
    const ref = current["$ref"];
    if (typeof ref !== "string") return current;
    const segments = parseRefPointer(ref);
    if (!segments) return undefined;
    current = followPointer(doc, segments);
  }
  return undefined;
}

/** A string field of an object, or undefined. */
export function stringField(node: JsonObject, key: string): string | undefined {
  const value = node[key];
  return typeof value === "string" ? value : undefined;
}

/** A string field validation limited to `values` (an enum), typed as one of them; undefined when absent. */
export function enumField<T extends string>(node: JsonObject, key: string, values: readonly T[]): T | undefined {
  const value = node[key];
  return values.find((v) => v === value);
}

/** The name a `#/components/schemas/Name` ref points at, or undefined for other refs. */
export function componentSchemaName(node: unknown): string | undefined {
  if (!isObject(node) || typeof node["$ref"] !== "string") return undefined;
  const segments = parseRefPointer(node["$ref"]);
  return segments && segments.length === 3 && segments[0] === "components" && segments[1] === "schemas"
    ? segments[2]
    : undefined;
}

/** An empty record without a prototype, for maps keyed by spec strings: `__proto__` and `constructor` stay plain keys. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
