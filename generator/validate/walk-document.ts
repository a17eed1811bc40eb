/**
 * One iterative walk over the structural nodes of a document (or of one validation unit), skipping example and
 * default data (a `$ref` inside an example is data, not a reference). Frames link to their parent, so a node's
 * pointer is built only when a rule needs it.
 */
import { escapePointerSegment, toPointer } from "../load/pointer.js";
import type { JsonObject } from "./spec-nodes.js";

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
export type WalkKind = "structure" | "name-map" | "example-map" | "example";

/** A node reached by the walk, linked to its parent. */
export interface WalkFrame {
  readonly node: JsonObject | unknown[];
  readonly parent: WalkFrame | undefined;
  /** The key under the parent ("" for the start). */
  readonly key: string;
  /** How many keys lead from the document root to the node. */
  readonly depth: number;
  readonly kind: WalkKind;
  /** The nearest frame (itself included) of a 3.1 schema with an `$id`; undefined: the walk's start base. */
  readonly base: WalkFrame | undefined;
  /** The start frame's pointer segments (only on the start frame). */
  readonly prefix?: readonly string[];
  /** The node's JSON pointer, once built (see pointerOf). */
  pointer?: string;
}

/** Where a walk starts: a node, its pointer and how its children are read. */
export interface WalkStart {
  node: object;
  at: readonly string[];
  kind: WalkKind;
  /** Whether `$id` scopes refs (OpenAPI 3.1). */
  scoped: boolean;
}

/** What the walk may skip and must count: a unit member of the rest of a document, in document order. */
export type SkipMember = (parent: WalkFrame, key: string) => boolean;

const SKIPPED = Symbol("skipped unit");

/** Visits every structural object of the start node once, depth-first in document order, without recursion. */
export function walkFrames(
  start: WalkStart,
  visit: (frame: WalkFrame, keys: readonly string[]) => void,
  options: { seen: Set<unknown>; skip?: SkipMember; onSkip?: () => void; onRevisit?: () => void },
): void {
  const first: MutableFrame = {
    node: start.node as JsonObject,
    parent: undefined,
    key: start.at[start.at.length - 1] ?? "",
    depth: start.at.length,
    kind: start.kind,
    base: undefined,
    prefix: start.at,
  };
  if (start.scoped) scope(first);
  const stack: (WalkFrame | typeof SKIPPED)[] = [first];
  const { seen, skip } = options;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame === SKIPPED) {
      options.onSkip?.();
      continue;
    }
    const node = frame.node;
    if (seen.has(node)) {
      options.onRevisit?.();
      continue;
    }
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) pushChild(stack, frame, String(i), node[i], start.scoped);
      continue;
    }
    const keys = Object.keys(node);
    visit(frame, keys);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (skip !== undefined && frame.depth < 3 && skip(frame, key)) stack.push(SKIPPED);
      else pushChild(stack, frame, key, node[key], start.scoped);
    }
  }
}

type MutableFrame = { -readonly [K in keyof WalkFrame]: WalkFrame[K] };

function pushChild(
  stack: (WalkFrame | typeof SKIPPED)[],
  parent: WalkFrame,
  key: string,
  child: unknown,
  scoped: boolean,
): void {
  if (child === null || typeof child !== "object") return;
  const kind = childKind(parent, key, child);
  if (kind === undefined) return;
  const next: MutableFrame = {
    node: child as JsonObject,
    parent,
    key,
    depth: parent.depth + 1,
    kind,
    base: parent.base,
  };
  if (scoped) scope(next);
  stack.push(next);
}

/** A 3.1 schema with an `$id` (below the root) is the base its own refs resolve against. */
function scope(frame: MutableFrame): void {
  const node = frame.node as Record<string, unknown>;
  if (frame.depth > 0 && !Array.isArray(node) && typeof node["$id"] === "string") frame.base = frame;
}

/** The JSON pointer of a frame, built from its parent's (each frame's at most once). */
export function pointerOf(frame: WalkFrame): string {
  const pending: WalkFrame[] = [];
  let current: WalkFrame | undefined = frame;
  while (current !== undefined && current.pointer === undefined) {
    pending.push(current);
    current = current.parent;
  }
  let pointer = current?.pointer ?? "";
  for (let i = pending.length - 1; i >= 0; i--) {
    const next = pending[i]!;
    pointer = next.parent ? `${pointer}/${escapePointerSegment(next.key)}` : toPointer(next.prefix ?? []);
    next.pointer = pointer;
  }
  return pointer;
}

/** The pointer segments of a frame. */
export function segmentsOf(frame: WalkFrame): string[] {
  const keys: string[] = [];
  let current: WalkFrame = frame;
  while (current.parent !== undefined) {
    keys.push(current.key);
    current = current.parent;
  }
  return [...(current.prefix ?? []), ...keys.reverse()];
}

/** What the kind of a child depends on. */
export type ParentFrame = Pick<WalkFrame, "kind" | "depth" | "key"> & { readonly node: unknown };

/** The kind of a child, or undefined when the child is data and must not be walked. */
export function childKind(parent: ParentFrame, key: string, child: object): WalkKind | undefined {
  if (Array.isArray(parent.node)) return parent.kind === "name-map" ? "structure" : parent.kind;
  if (parent.kind === "name-map") return "structure";
  if (parent.kind === "example-map") return "example";
  if (parent.kind === "example") return key === "value" ? undefined : "structure";
  if (parent.depth === 1 && parent.key === "components") return key === "examples" ? "example-map" : "name-map";
  if (DATA_KEYS.has(key)) return undefined;
  if (key === "examples") return Array.isArray(child) ? undefined : "example-map";
  return NAME_MAP_KEYS.has(key) ? "name-map" : "structure";
}

/** A structural node reached by the walk. */
export interface WalkedNode {
  node: JsonObject;
  at: string[];
  /** The nearest enclosing schema with an `$id` (3.1), against which `#/…` refs resolve; else the document. */
  base: unknown;
}

/** Visits every structural object node of a document once, depth-first in document order. */
export function walkDocument(document: JsonObject, visit: (walked: WalkedNode) => void): void {
  const scoped = typeof document["openapi"] === "string" && document["openapi"].startsWith("3.1");
  const start: WalkStart = { node: document, at: [], kind: "structure", scoped };
  walkFrames(
    start,
    (frame) => visit({ node: frame.node as JsonObject, at: segmentsOf(frame), base: frame.base?.node ?? document }),
    { seen: new Set() },
  );
}
