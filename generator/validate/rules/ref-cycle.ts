/**
 * Degenerate `$ref` cycles: nodes that only refer to each other (`$ref`, or `allOf`/`anyOf`/`oneOf`
 * with nothing else) never reach a real definition. Recursion through object properties is fine; recursion through
 * bare array items alone (`List: { type: array, items: List }`) has no TypeScript name, so it counts as degenerate.
 */
import type { SemanticRule } from "../rule.js";
import type { JsonObject } from "../spec-nodes.js";
import { isRecord, showPointer } from "../spec-nodes.js";
import { stronglyConnected } from "../strongly-connected.js";
import { walkDocument } from "../walk-document.js";
import { compareText } from "../../diagnostics.js";
import { followPointer, parseRefPointer, toPointer } from "../../load/pointer.js";

/** Keys that give a node no shape of its own. */
const ANNOTATION_KEYS = new Set([
  "$ref",
  "allOf",
  "anyOf",
  "oneOf",
  "description",
  "title",
  "summary",
  "deprecated",
  "readOnly",
  "writeOnly",
  "nullable",
  "example",
  "examples",
  "default",
  "externalDocs",
  "xml",
  "$comment",
  "discriminator",
]);
const COMPOSITIONS = ["allOf", "anyOf", "oneOf"] as const;
/** Keys an array wrapper may have and still add no object around its items. */
const ARRAY_KEYS = new Set(["type", "items", "minItems", "maxItems", "uniqueItems"]);

/** Reports each group of nodes that reach only each other through `$ref`s and compositions. @see https://spec.openapis.org/oas/v3.1.0#reference-object */
export const refCycleRule: SemanticRule = {
  code: "ref-cycle",
  check(document, report) {
    const siblingsIgnored = typeof document["openapi"] === "string" && document["openapi"].startsWith("3.0");
    const shapeless = (node: unknown): node is JsonObject =>
      isRecord(node) &&
      ((siblingsIgnored && typeof node["$ref"] === "string") ||
        Object.keys(node).every(
          (k) => ANNOTATION_KEYS.has(k) || k.startsWith("x-") || (isArrayWrapper(node) && ARRAY_KEYS.has(k)),
        ));
    const edges = new Map<string, string[]>();
    const segmentsOf = new Map<string, string[]>();
    walkDocument(document, ({ node, at }) => {
      if (!shapeless(node)) return;
      segmentsOf.set(toPointer(at), at);
      const targets = shapelessTargets(document, node, at)
        .filter((target) => shapeless(target.node))
        .map((t) => t.pointer);
      if (targets.length > 0) edges.set(toPointer(at), targets);
    });
    const nodes = [...edges.keys()];
    for (const component of stronglyConnected(nodes, edges)) {
      const first = component[0]!;
      if (component.length === 1 && !(edges.get(first) ?? []).includes(first)) continue;
      const start = [...component].sort(compareText)[0]!;
      const at = segmentsOf.get(start) ?? [];
      const node = followPointer(document, at);
      const key =
        isRecord(node) && typeof node["$ref"] === "string"
          ? "$ref"
          : ([...COMPOSITIONS, "items"].find((k) => isRecord(node) && k in node) ?? "$ref");
      const shown = (pointer: string) => showPointer(segmentsOf.get(pointer) ?? []);
      report({
        at: [...at, key],
        message: `$ref cycle with no schema in between: ${describeCycle(start, component, edges, shown)}; give one of them a real definition (type, properties, …) or break the cycle`,
      });
    }
  },
};

/** The nodes a shapeless node stands for: its `$ref` target and its composition members. */
function shapelessTargets(
  document: JsonObject,
  node: JsonObject,
  at: readonly string[],
): { node: unknown; pointer: string }[] {
  const out: { node: unknown; pointer: string }[] = [];
  const ref = node["$ref"];
  if (typeof ref === "string" && ref.startsWith("#")) {
    const segments = parseRefPointer(ref);
    if (segments) out.push({ node: followPointer(document, segments), pointer: toPointer(segments) });
  }
  if (isArrayWrapper(node) && isRecord(node["items"]))
    out.push({ node: node["items"], pointer: toPointer([...at, "items"]) });
  for (const key of COMPOSITIONS) {
    const members = node[key];
    if (!Array.isArray(members)) continue;
    members.forEach((member, index) => out.push({ node: member, pointer: toPointer([...at, key, String(index)]) }));
  }
  return out;
}

/** `type: array` (alone or with null) holding its items directly. */
function isArrayWrapper(node: JsonObject): boolean {
  const type = node["type"];
  return (
    (type === "array" ||
      (Array.isArray(type) && type.includes("array") && type.every((t) => t === "array" || t === "null"))) &&
    "items" in node
  );
}

/** `#/a → #/b → #/a`, following edges inside the component from `start`. */
function describeCycle(
  start: string,
  component: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
  show: (pointer: string) => string,
): string {
  const members = new Set(component);
  const path = [start];
  let current = start;
  while (path.length <= 6) {
    const next = (edges.get(current) ?? []).find((t) => members.has(t) && (t === start || !path.includes(t)));
    if (next === undefined) break;
    path.push(next);
    if (next === start) break;
    current = next;
  }
  const shown = path.map(show);
  return path[path.length - 1] === start ? shown.join(" → ") : `${shown.join(" → ")} → …`;
}
