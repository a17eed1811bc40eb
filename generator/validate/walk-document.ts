/**
 * One iterative walk over the structural nodes of a document, skipping example and default data
 * (a `$ref` inside an example is data, not a reference). Shared by the `$ref` rules.
 */
import type { JsonObject } from "./spec-nodes.js";
import { isRecord } from "./spec-nodes.js";

/** Keys whose values are instance data, not spec structure. */
const DATA_KEYS = new Set(["example", "default", "const", "enum", "x-examples"]);

/** Keys whose object values are maps from user-chosen names to structure (a property may be named `default`). */
const NAME_MAP_KEYS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "paths",
  "webhooks",
  "responses",
  "content",
  "headers",
  "links",
  "callbacks",
  "encoding",
  "variables",
  "securitySchemes",
  "mapping",
]);

/** What a node's children are. */
type Kind = "structure" | "name-map" | "example-map" | "example";

/** A structural node reached by the walk. */
export interface WalkedNode {
  node: JsonObject;
  at: string[];
  /** The nearest enclosing schema with an `$id` (3.1), against which `#/…` refs resolve; else the document. */
  base: unknown;
}

/** Visits every structural object node once, depth-first in document order, without recursion. */
export function walkDocument(document: JsonObject, visit: (walked: WalkedNode) => void): void {
  const scoped = typeof document["openapi"] === "string" && document["openapi"].startsWith("3.1");
  const stack: { node: JsonObject | unknown[]; at: string[]; kind: Kind; base: unknown }[] = [
    { node: document, at: [], kind: "structure", base: document },
  ];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (seen.has(frame.node)) continue;
    seen.add(frame.node);
    let base = frame.base;
    if (isRecord(frame.node)) {
      if (scoped && frame.at.length > 0 && typeof frame.node["$id"] === "string") base = frame.node;
      visit({ node: frame.node, at: frame.at, base });
    }
    const entries = Array.isArray(frame.node)
      ? frame.node.map((v, i) => [String(i), v] as const)
      : Object.entries(frame.node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      if (child === null || typeof child !== "object") continue;
      const kind = childKind(frame, key, child);
      if (kind !== undefined) stack.push({ node: child as JsonObject | unknown[], at: [...frame.at, key], kind, base });
    }
  }
}

/** The kind of a child, or undefined when the child is data and must not be walked. */
function childKind(parent: { kind: Kind; at: string[]; node: unknown }, key: string, child: object): Kind | undefined {
  if (Array.isArray(parent.node)) return parent.kind === "name-map" ? "structure" : parent.kind;
  if (parent.kind === "name-map") return "structure";
  if (parent.kind === "example-map") return "example";
  if (parent.kind === "example") return key === "value" ? undefined : "structure";
  if (parent.at.length === 1 && parent.at[0] === "components") return key === "examples" ? "example-map" : "name-map";
  if (DATA_KEYS.has(key)) return undefined;
  if (key === "examples") return Array.isArray(child) ? undefined : "example-map";
  return NAME_MAP_KEYS.has(key) ? "name-map" : "structure";
}
