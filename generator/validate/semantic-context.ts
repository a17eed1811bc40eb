/**
 * What the semantic rules share over one document: the facts of every validation unit (one walk in all) merged
 * into document order, and the path items, operations and servers (found once). Per-unit facts may come from a
 * cache; a document whose units share nodes (YAML aliases) is walked whole, as one unit.
 */
import type { SpecVersion } from "../load/load-spec.js";
import { toPointer } from "../load/pointer.js";
import {
  collectOperations,
  collectPathItems,
  collectServers,
  isRecord,
  parameterEntries,
  type JsonObject,
  type OperationVisit,
  type ParameterEntry,
  type PathItemVisit,
  type ServerVisit,
} from "./spec-nodes.js";
import { collectFacts, type FactPiece, type FactsOptions, type FactsStart, type XmlFacts } from "./unit-facts.js";
import { memberFilter, splitUnits, UNIT_SLOTS, type ValidationUnit } from "./validation-units.js";
import { childKind, segmentsOf, type ParentFrame, type SkipMember, type WalkKind } from "./walk-document.js";

/** The facts of all units in document order (schema `xml` facts in the order schemas are visited). */
export interface DocumentFacts {
  refs: FactPiece["refs"];
  anchors: ReadonlySet<string>;
  shapeless: FactPiece["shapeless"];
  xml: XmlFacts;
}

/** Shared, lazily computed inputs of the semantic rules. */
export interface SemanticContext {
  readonly document: JsonObject;
  facts(): DocumentFacts;
  pathItems(): PathItemVisit[];
  operations(): OperationVisit[];
  servers(): ServerVisit[];
  /** The operations of one of `pathItems()`, as `operations()` holds them. */
  operationsOf(pathItem: PathItemVisit): OperationVisit[];
  /** The parameters of a path item or operation from `pathItems()`/`operations()` (found once per owner). */
  parameters(owner: JsonObject, at: readonly string[]): ParameterEntry[];
}

/** One unit as the semantic walk sees it. */
export interface SemanticUnit {
  unit: ValidationUnit;
  start: FactsStart;
  options: FactsOptions;
}

/** The document's units with their walk starts and options (the options belong in a cache key with the content). */
export function semanticUnits(document: JsonObject): SemanticUnit[] {
  const options = documentFactsOptions(document);
  return splitUnits(document, semanticVersion(document)).map((unit) => {
    const base = options.scoped ? inheritedBase(document, unit.at) : undefined;
    const node = isRecord(unit.node) || Array.isArray(unit.node) ? unit.node : {};
    const kind = kindAt(unit.at, unit.node) ?? "structure";
    return { unit, start: { node, at: unit.at, kind }, options: { ...options, ...(base ? { base } : {}) } };
  });
}

/** How the document's dialect shapes its facts. */
function documentFactsOptions(document: JsonObject): FactsOptions {
  const openapi = typeof document["openapi"] === "string" ? document["openapi"] : "";
  return { scoped: openapi.startsWith("3.1"), siblingsIgnored: openapi.startsWith("3.0") };
}

/** The facts of one unit, alone: what a cache keeps per unit (exact for documents whose units share no nodes). */
export function collectUnitFacts(document: JsonObject, unit: SemanticUnit): FactPiece[] {
  if (!isRecord(unit.unit.node) && !Array.isArray(unit.unit.node)) return [];
  return collectFacts(unit.start, unit.options, { seen: new Set(), ...restSkip(document, unit) });
}

/**
 * The shared context of a document. `unitFacts` skips the walk: one entry per semantic unit (in `semanticUnits`
 * order, e.g. kept by a cache), or the single entry of `wholeDocumentFacts`.
 */
export function semanticContext(document: JsonObject, unitFacts?: readonly (readonly FactPiece[])[]): SemanticContext {
  let facts: DocumentFacts | undefined;
  let pathItems: PathItemVisit[] | undefined;
  let operations: OperationVisit[] | undefined;
  let servers: ServerVisit[] | undefined;
  const parameters = new WeakMap<readonly string[], ParameterEntry[]>();
  let byPathItem: Map<PathItemVisit, OperationVisit[]> | undefined;
  const context: SemanticContext = {
    document,
    facts: () => (facts ??= mergeFacts(unitFacts ?? collectDocumentFacts(document).facts)),
    pathItems: () => (pathItems ??= collectPathItems(document)),
    operations: () => (operations ??= collectOperations(document, context.pathItems())),
    servers: () => (servers ??= collectServers(document, context.pathItems(), context.operations())),
    operationsOf: (pathItem) => {
      if (!byPathItem) {
        byPathItem = new Map();
        for (const op of context.operations()) {
          const list = byPathItem.get(op.pathItem) ?? [];
          byPathItem.set(op.pathItem, list);
          list.push(op);
        }
      }
      return byPathItem.get(pathItem) ?? [];
    },
    parameters: (owner, at) => {
      let found = parameters.get(at);
      if (!found) parameters.set(at, (found = parameterEntries(document, owner, at)));
      return found;
    },
  };
  return context;
}

/**
 * Every unit's facts in one pass (one entry per semantic unit, `perUnit`); when a node is reachable twice (YAML
 * aliases), per-unit facts would count it once per unit, so the whole document is walked as one unit instead.
 */
export function collectDocumentFacts(document: JsonObject): { facts: FactPiece[][]; perUnit: boolean } {
  const seen = new Set<unknown>();
  let shared = false;
  const onRevisit = () => (shared = true);
  const units = semanticUnits(document);
  const facts = units.map((unit) =>
    isRecord(unit.unit.node) || Array.isArray(unit.unit.node)
      ? collectFacts(unit.start, unit.options, { seen, onRevisit, ...restSkip(document, unit) })
      : [],
  );
  return shared ? { facts: wholeDocumentFacts(document), perUnit: false } : { facts, perUnit: true };
}

/** The facts of the document walked as a single unit (the reference per-unit facts must add up to). */
export function wholeDocumentFacts(document: JsonObject): FactPiece[][] {
  const whole = { node: document, at: [], kind: "structure" as const };
  return [collectFacts(whole, documentFactsOptions(document), { seen: new Set() })];
}

/** For the rest of the document: skip (and count) the members that are units of their own. */
function restSkip(document: JsonObject, unit: SemanticUnit): { skip?: SkipMember } {
  if (unit.unit.at.length > 0) return {};
  const filters = new Map<string, (key: string) => boolean>();
  for (const slot of UNIT_SLOTS[semanticVersion(document)]) filters.set(toPointer(slot.container), memberFilter(slot));
  return { skip: (parent, key) => filters.get(toPointer(segmentsOf(parent)))?.(key) ?? false };
}

/** Units in document order: the rest's pieces between the members they were cut at. */
function mergeFacts(unitFacts: readonly (readonly FactPiece[])[]): DocumentFacts {
  const [rest = [], ...units] = unitFacts;
  const ordered: FactPiece[] = [];
  let next = 0;
  for (let passed = 0; passed <= units.length; passed++) {
    while (next < rest.length && rest[next]!.after <= passed) ordered.push(rest[next++]!);
    if (passed < units.length) ordered.push(...units[passed]!);
  }
  const anchors = new Set(ordered.flatMap((p) => p.anchors));
  const xml: XmlFacts = { extensions: [], text: [] };
  for (const phase of [0, 1] as const) {
    for (const piece of ordered) {
      xml.extensions.push(...piece.xml[phase].extensions);
      xml.text.push(...piece.xml[phase].text);
    }
  }
  return {
    refs: ordered.flatMap((p) => p.refs),
    anchors,
    shapeless: ordered.flatMap((p) => p.shapeless),
    xml,
  };
}

/** The semantic rules read OpenAPI 3.x: 3.1 when the document says so, else 3.0. */
function semanticVersion(document: JsonObject): SpecVersion {
  return typeof document["openapi"] === "string" && document["openapi"].startsWith("3.1") ? "3.1" : "3.0";
}

/** The innermost container of a unit (below the root) that is a 3.1 schema resource with an `$id`, as a pointer. */
function inheritedBase(document: JsonObject, at: readonly string[]): string | undefined {
  let node: unknown = document;
  let base: string | undefined;
  for (let i = 0; i < at.length - 1; i++) {
    node = isRecord(node) ? node[at[i]!] : undefined;
    if (isRecord(node) && typeof node["$id"] === "string") base = toPointer(at.slice(0, i + 1));
  }
  return base;
}

/** The kind of the node at `at` (given the node itself), as a walk from the document root would find it. */
function kindAt(at: readonly string[], node: unknown): WalkKind | undefined {
  let frame: ParentFrame = { node: {}, kind: "structure", depth: 0, key: "" };
  for (let i = 0; i < at.length; i++) {
    const child = i === at.length - 1 && node !== null && typeof node === "object" ? node : {};
    const kind = childKind(frame, at[i]!, child);
    if (kind === undefined) return undefined;
    frame = { node: child, kind, depth: i + 1, key: at[i]! };
  }
  return frame.kind;
}
