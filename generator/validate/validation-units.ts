/**
 * Validation units: each path item, each webhook, each component (each definition, parameter and response of
 * Swagger 2.0) and the rest of the document. A unit's results depend only on its own content and key, so an
 * incremental run re-validates only the units whose content changed:
 * - structure: `validateUnitStructure(version, unit)` per unit, cached by (version, key, content); then
 *   `locateStructuralProblems(spec, all problems)` (locations are looked up fresh: they move when other units grow);
 * - semantics: `collectUnitFacts(document, unit)` per `semanticUnits` unit, cached by (key, options, content); then
 *   `validateSemantics(spec, { unitFacts })`. Exact when `collectDocumentFacts(document).perUnit` (no node is
 *   reachable twice, as YAML aliases make it); otherwise use that function's whole-document facts.
 */
import { toPointer } from "../load/pointer.js";
import type { SpecVersion } from "../load/load-spec.js";
import { isRecord } from "./spec-nodes.js";

/** Where units sit: the members of one container object, and the subschema of the official schema that checks each. */
export interface UnitSlot {
  /** Names the slot's validator. */
  readonly name: string;
  /** Path of the container in the document. */
  readonly container: readonly string[];
  /** Path, in the version's official schema, of the subschema applied to each member. */
  readonly schema: readonly string[];
}

/** Names the validator of the rest of the document. */
export const REST_SLOT = "rest";

const COMPONENTS_30 = ["schemas", "responses", "parameters", "examples", "requestBodies", "headers"];
const COMPONENTS_30_ALL = [...COMPONENTS_30, "securitySchemes", "links", "callbacks"];
const COMPONENT_NAME_30 = "^[a-zA-Z0-9\\.\\-_]+$";

/** The unit slots of each version, in the order their containers appear in the official schema. */
export const UNIT_SLOTS: Readonly<Record<SpecVersion, readonly UnitSlot[]>> = {
  "2.0": [
    { name: "path-item", container: ["paths"], schema: ["definitions", "paths", "patternProperties", "^/"] },
    { name: "definition", container: ["definitions"], schema: ["definitions", "definitions", "additionalProperties"] },
    {
      name: "parameter",
      container: ["parameters"],
      schema: ["definitions", "parameterDefinitions", "additionalProperties"],
    },
    {
      name: "response",
      container: ["responses"],
      schema: ["definitions", "responseDefinitions", "additionalProperties"],
    },
  ],
  "3.0": [
    { name: "path-item", container: ["paths"], schema: ["definitions", "Paths", "patternProperties", "^\\/"] },
    ...COMPONENTS_30_ALL.map((kind) => ({
      name: `components-${kind}`,
      container: ["components", kind],
      schema: ["definitions", "Components", "properties", kind, "patternProperties", COMPONENT_NAME_30],
    })),
  ],
  "3.1": [
    { name: "path-item", container: ["paths"], schema: ["$defs", "paths", "patternProperties", "^/"] },
    { name: "webhook", container: ["webhooks"], schema: ["properties", "webhooks", "additionalProperties"] },
    ...[...COMPONENTS_30_ALL, "pathItems"].map((kind) => ({
      name: `components-${kind}`,
      container: ["components", kind],
      schema: ["$defs", "components", "properties", kind, "additionalProperties"],
    })),
  ],
};

/** One unit: its key (the JSON pointer of its value; "" for the rest), its slot and its content. */
export interface ValidationUnit {
  readonly key: string;
  readonly at: readonly string[];
  /** The slot's name, or REST_SLOT. */
  readonly slot: string;
  /** The member's value; for the rest, a shallow copy of the document with every unit's value replaced by null. */
  readonly node: unknown;
}

/** The members of a slot's container that are units: those the slot's subschema applies to. */
export function memberFilter(slot: UnitSlot): (key: string) => boolean {
  const [keyword, pattern] = slot.schema.slice(-2);
  if (keyword !== "patternProperties" || pattern === undefined) return () => true;
  const regex = new RegExp(pattern, "u");
  return (key) => regex.test(key);
}

/** Splits a document into its units: the rest first, then every member of a slot's container in document order. */
export function splitUnits(document: Record<string, unknown>, version: SpecVersion): ValidationUnit[] {
  const units: ValidationUnit[] = [];
  const rest = pruneUnits(document, [], slotTree(UNIT_SLOTS[version]), units);
  return [{ key: "", at: [], slot: REST_SLOT, node: rest }, ...units];
}

/** Containers by path: a slot where members are units, or deeper containers. */
interface SlotTree {
  slot?: UnitSlot;
  children: Map<string, SlotTree>;
}

function slotTree(slots: readonly UnitSlot[]): SlotTree {
  const root: SlotTree = { children: new Map() };
  for (const slot of slots) {
    let tree = root;
    for (const key of slot.container) {
      if (!tree.children.has(key)) tree.children.set(key, { children: new Map() });
      tree = tree.children.get(key)!;
    }
    tree.slot = slot;
  }
  return root;
}

/** A shallow copy of `node` with each unit's value set to null; the units are appended in document order. */
function pruneUnits(
  node: Record<string, unknown>,
  at: readonly string[],
  tree: SlotTree,
  units: ValidationUnit[],
): Record<string, unknown> {
  const copy = { ...node };
  const isMember = tree.slot ? memberFilter(tree.slot) : undefined;
  for (const [key, child] of Object.entries(node)) {
    const childAt = [...at, key];
    if (tree.slot && isMember!(key)) {
      units.push({ key: toPointer(childAt), at: childAt, slot: tree.slot.name, node: child });
      copy[key] = null;
      continue;
    }
    const branch = tree.children.get(key);
    if (branch && isRecord(child)) copy[key] = pruneUnits(child, childAt, branch, units);
  }
  return copy;
}
