/** Operations with a readable name for lint messages (`GET /items/{id}`), shared by the operation rules. */
import type { JsonObject } from "../json-value.js";
import { collectOperations } from "../validate/spec-nodes.js";

/** Every operation, its pointer and its `METHOD /path` name (`(callback)` for callback operations). */
export function namedOperations(document: JsonObject): { operation: JsonObject; at: string[]; name: string }[] {
  return collectOperations(document).map(({ operation, at, method, pathItem }) => ({
    operation,
    at,
    name: `${method.toUpperCase()} ${pathItem.template ?? "(callback)"}`,
  }));
}

/** True for a non-blank string. */
export function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}
