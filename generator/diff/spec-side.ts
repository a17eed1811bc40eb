/** One side (base or head) of a spec diff: the loaded OpenAPI 3 document and the map back to its files. */
import type { JsonObject } from "../json-value.js";
import { isJsonObject } from "../json-value.js";
import { toPointer } from "../load/pointer.js";
import type { SpecSources } from "../load/spec-sources.js";
import type { ChangeLocation } from "./change.js";

/** A loaded, upgraded document and its sources. */
export interface SpecSide {
  document: JsonObject;
  sources: SpecSources;
  /** Rewrites file names for output (e.g. a temporary checkout to `main:specs/x/openapi.yaml`). */
  relabel?: (file: string) => string;
}

/** A node of a document together with the pointer (as segments) where it lives. */
export interface Located {
  value: unknown;
  at: readonly string[];
}

/** File, line and in-file pointer of a node of the side's document (its deepest existing ancestor's line). */
export function locateIn(side: SpecSide, at: readonly string[]): ChangeLocation {
  const found = side.sources.locate(toPointer(at));
  return { file: side.relabel ? side.relabel(found.file) : found.file, line: found.line, pointer: found.pointer };
}

/** A child of an object node, or undefined. */
export function childOf(node: Located, key: string): Located | undefined {
  if (!isJsonObject(node.value) || !Object.prototype.hasOwnProperty.call(node.value, key)) return undefined;
  return { value: node.value[key], at: [...node.at, key] };
}

/** The entries of an object node as located children, `x-` keys skipped. */
export function entriesOf(node: Located | undefined): Map<string, Located> {
  const out = new Map<string, Located>();
  if (!node || !isJsonObject(node.value)) return out;
  for (const [key, value] of Object.entries(node.value))
    if (!key.startsWith("x-")) out.set(key, { value, at: [...node.at, key] });
  return out;
}
