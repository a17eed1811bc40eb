/**
 * Shapeless nodes: nodes that only stand for others (`$ref`, or `allOf`/`anyOf`/`oneOf` with nothing else, or a bare
 * array around its items). A cycle of them never reaches a real definition (see ref-cycle.ts).
 */
import { parseRefPointer, toPointer } from "../../load/pointer.js";
import type { JsonObject } from "../spec-nodes.js";
import { isRecord } from "../spec-nodes.js";

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

/** A shapeless node: its pointer, the pointers it stands for, and the key a cycle report points at. */
export interface ShapelessFact {
  pointer: string;
  targets: string[];
  key: string;
}

/** Whether a node (with its keys) has no shape of its own; in 3.0 a `$ref` ignores its siblings. */
export function isShapeless(node: JsonObject, keys: readonly string[], siblingsIgnored: boolean): boolean {
  if (siblingsIgnored && typeof node["$ref"] === "string") return true;
  const wrapper = isArrayWrapper(node);
  for (const k of keys) {
    if (!(ANNOTATION_KEYS.has(k) || k.startsWith("x-") || (wrapper && ARRAY_KEYS.has(k)))) return false;
  }
  return true;
}

/** The fact for a shapeless node at `pointer`: its `$ref` target and its composition members, as pointers. */
export function shapelessFact(node: JsonObject, pointer: string): ShapelessFact {
  const targets: string[] = [];
  const ref = node["$ref"];
  if (typeof ref === "string" && ref.startsWith("#")) {
    const plain = ref.length === 1 || (ref[1] === "/" && !ref.includes("%") && !ref.includes("~"));
    const segments = plain ? undefined : parseRefPointer(ref);
    if (plain) targets.push(ref.slice(1));
    else if (segments) targets.push(toPointer(segments));
  }
  if (isArrayWrapper(node) && isRecord(node["items"])) targets.push(`${pointer}/items`);
  for (const key of COMPOSITIONS) {
    const members = node[key];
    if (!Array.isArray(members)) continue;
    for (let index = 0; index < members.length; index++) targets.push(`${pointer}/${key}/${index}`);
  }
  const key = typeof ref === "string" ? "$ref" : ([...COMPOSITIONS, "items"].find((k) => k in node) ?? "$ref");
  return { pointer, targets, key };
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
