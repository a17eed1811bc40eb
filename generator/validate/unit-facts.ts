/**
 * What the semantic rules need from the structure of one validation unit, gathered in one walk: its local refs and
 * anchors, its shapeless nodes, and what its schemas' `xml` objects call for. Plain data, a pure function of the
 * unit's content, key and options, so an incremental run can keep it while the unit is unchanged.
 */
import { escapePointerSegment } from "../load/pointer.js";
import type { RuleFinding } from "./rule.js";
import { checkExtensionSite, hasSpecforgeField } from "./rules/extension-check.js";
import { isShapeless, shapelessFact, type ShapelessFact } from "./rules/shapeless-nodes.js";
import { xmlTextItems, type XmlTextItem } from "./rules/xml-text-items.js";
import { holdsSchemaField, visitSchemas } from "./schema-nodes.js";
import { isRecord, type JsonObject } from "./spec-nodes.js";
import { pointerOf, segmentsOf, walkFrames, type SkipMember, type WalkFrame, type WalkKind } from "./walk-document.js";

/** A local `$ref` (or discriminator mapping), where it is, and the 3.1 schema resource it resolves in (else the document); pointers. */
export interface RefFact {
  ref: string;
  at: string;
  base?: string;
}

/** The findings of a schema's `xml` object checked as an extension site. */
export interface XmlExtensionFact {
  xmlAt: string[];
  findings: RuleFinding[];
}

/** What schemas' `xml` objects call for, in the order the schemas are visited. */
export interface XmlFacts {
  extensions: XmlExtensionFact[];
  text: XmlTextItem[];
}

/** The facts of a stretch of the walk; the rest of a document is cut where unit members sit. */
export interface FactPiece {
  /** How many unit members the walk passed before this piece (0 inside a unit). */
  after: number;
  refs: RefFact[];
  anchors: string[];
  shapeless: ShapelessFact[];
  /** Below component schemas, then below the `schema` fields the walk found. */
  xml: [XmlFacts, XmlFacts];
}

/** What a unit's facts depend on besides its content: the document's dialect and the unit's inherited `$id` scope. */
export interface FactsOptions {
  /** OpenAPI 3.1: a schema's `$id` scopes the refs inside it. */
  scoped: boolean;
  /** OpenAPI 3.0: a `$ref` ignores its siblings. */
  siblingsIgnored: boolean;
  /** The pointer of the `$id` scope enclosing the unit, when not the document. */
  base?: string;
}

/** Where facts are gathered: the unit's value, its pointer and how it is read. */
export interface FactsStart {
  node: object;
  at: readonly string[];
  kind: WalkKind;
}

/** Gathers the facts of one start node; `seen` spans every walk that must visit a node once. */
export function collectFacts(
  start: FactsStart,
  options: FactsOptions,
  walk: { seen: Set<unknown>; skip?: SkipMember; onRevisit?: () => void },
): FactPiece[] {
  const pieces: FactPiece[] = [];
  let passed = 0;
  /** The piece facts go to now: a new one once the walk has passed a unit member. */
  const piece = () => {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.after === passed) return last;
    const next = emptyPiece(passed);
    pieces.push(next);
    return next;
  };
  const roots: SchemaRoot[][] = [walk.skip ? [] : componentRoots(start, piece), []];
  let sawXml = false;
  const visit = (frame: WalkFrame, keys: readonly string[]) => {
    const node = frame.node as JsonObject;
    if (walk.skip && isComponentSchema(frame)) roots[0]!.push({ schema: node, at: segmentsOf(frame), piece: piece() });
    collectRefs(frame, node, options, piece);
    if (isShapeless(node, keys, options.siblingsIgnored)) {
      const fact = shapelessFact(node, pointerOf(frame));
      if (fact.targets.length > 0) piece().shapeless.push(fact);
    }
    if (isRecord(node["xml"])) sawXml = true;
    if (isRecord(node["schema"]) && holdsSchemaField(frame.key) && !inComponentSchemas(frame))
      roots[1]!.push({ schema: node["schema"], at: [...segmentsOf(frame), "schema"], piece: piece() });
  };
  walkFrames({ ...start, scoped: options.scoped }, visit, { ...walk, onSkip: () => passed++ });
  if (sawXml) collectXml(roots);
  return pieces.filter((p) => p.refs.length + p.anchors.length + p.shapeless.length > 0 || hasXml(p));
}

function emptyPiece(after: number): FactPiece {
  return {
    after,
    refs: [],
    anchors: [],
    shapeless: [],
    xml: [
      { extensions: [], text: [] },
      { extensions: [], text: [] },
    ],
  };
}

function hasXml(piece: FactPiece): boolean {
  return piece.xml.some((x) => x.extensions.length + x.text.length > 0);
}

function collectRefs(frame: WalkFrame, node: JsonObject, options: FactsOptions, piece: () => FactPiece): void {
  const anchor = node["$anchor"];
  if (typeof anchor === "string") piece().anchors.push(anchor);
  const dynamicAnchor = node["$dynamicAnchor"];
  if (typeof dynamicAnchor === "string") piece().anchors.push(dynamicAnchor);
  const ref = node["$ref"];
  const mapping = frame.key === "discriminator" ? node["mapping"] : undefined;
  if (!(typeof ref === "string" && ref.startsWith("#")) && !isRecord(mapping)) return;
  const at = pointerOf(frame);
  const base = frame.base ? pointerOf(frame.base) : options.base;
  const add = (value: string, where: string) =>
    piece().refs.push(base === undefined ? { ref: value, at: where } : { ref: value, at: where, base });
  if (typeof ref === "string" && ref.startsWith("#")) add(ref, `${at}/$ref`);
  if (!isRecord(mapping)) return;
  for (const [key, value] of Object.entries(mapping)) {
    if (typeof value === "string" && value.startsWith("#")) add(value, `${at}/mapping/${escapePointerSegment(key)}`);
  }
}

/** A schema the schema walk starts from, and the piece its facts belong to. */
interface SchemaRoot {
  schema: unknown;
  at: string[];
  piece: FactPiece;
}

/**
 * Component schemas are schema roots: the members of a document's `components.schemas`, or a unit that is one.
 * (The rest of a split document finds its own members as the walk passes them, to keep their place among the units.)
 */
function componentRoots(start: FactsStart, piece: () => FactPiece): SchemaRoot[] {
  const { node, at } = start;
  if (at.length === 3 && at[0] === "components" && at[1] === "schemas")
    return [{ schema: node, at: [...at], piece: piece() }];
  if (at.length > 0 || !isRecord(node)) return [];
  const components = isRecord(node["components"]) ? node["components"] : {};
  const schemas = isRecord(components["schemas"]) ? components["schemas"] : {};
  return Object.keys(schemas).map((name) => ({
    schema: schemas[name],
    at: ["components", "schemas", name],
    piece: piece(),
  }));
}

/** A member of `components.schemas` reached by the walk. */
function isComponentSchema(frame: WalkFrame): boolean {
  return frame.depth === 3 && frame.parent?.key === "schemas" && frame.parent.parent?.key === "components";
}

/** Below `components/schemas/<name>`, where schemas are reached through their keywords instead. */
function inComponentSchemas(frame: WalkFrame): boolean {
  if (frame.depth <= 2) return false;
  const at = segmentsOf(frame);
  return at[0] === "components" && at[1] === "schemas";
}

/** Visits the schemas below the roots (component schemas first) and records what their `xml` objects call for. */
function collectXml(roots: SchemaRoot[][]): void {
  const seen = new Set<unknown>();
  const firstTextOf = new Map<JsonObject, string>();
  roots.forEach((list, phase) => {
    for (const root of list) {
      const facts = root.piece.xml[phase]!;
      visitSchemas([root], seen, (visit) => {
        const xml = visit.schema["xml"];
        if (!isRecord(xml)) return;
        if (hasSpecforgeField(xml)) {
          const xmlAt = [...visit.at(), "xml"];
          const findings: RuleFinding[] = [];
          checkExtensionSite(xml, xmlAt, "xml", (finding) => findings.push(finding));
          facts.extensions.push({ xmlAt, findings });
        }
        facts.text.push(...xmlTextItems(visit, firstTextOf));
      });
    }
  });
}
