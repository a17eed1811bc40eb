/** A parsed spec file: its text, its data and (lazily) the position of any JSON pointer in it. */
import { parseTree, type Node as JsonNode } from "jsonc-parser";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export interface Position {
  line: number;
  column: number;
}

/** Whether a position names an object member's key (`unknown field`) or its value (`invalid value`). */
export type PositionTarget = "key" | "value";

/** Finds the character offset of a pointer in one file's syntax (YAML or JSON). */
interface OffsetIndex {
  offsetOf(segments: readonly string[], target: PositionTarget): number;
}

/** One file of a spec as the loader read it. */
export class SourceFile {
  /** Path shown in diagnostics (relative to the working directory). */
  readonly displayPath: string;
  readonly absolutePath: string;
  readonly text: string;
  private index: OffsetIndex | undefined;
  private lineStarts: number[] | undefined;

  constructor(options: { displayPath: string; absolutePath: string; text: string }) {
    this.displayPath = options.displayPath;
    this.absolutePath = options.absolutePath;
    this.text = options.text;
  }

  /**
   * Line and column (1-based) of the node at `segments` (of its key with `target: "key"`, so `unknown field`
   * points at the field), or of its deepest existing ancestor.
   */
  positionOf(segments: readonly string[], target: PositionTarget = "value"): Position {
    this.index ??= /^\s*[{[]/.test(this.text) ? jsonIndex(this.text) : yamlIndex(this.text);
    return this.positionAt(this.index.offsetOf(segments, target));
  }

  /** Line and column (1-based) of a character offset. */
  positionAt(offset: number): Position {
    this.lineStarts ??= computeLineStarts(this.text);
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/**
 * JSON: jsonc-parser's tree is fast on large files (no YAML parse needed for a position). Its parser recurses, so
 * a document nested too deep for it gets the flat index instead.
 */
function jsonIndex(text: string): OffsetIndex {
  let root: JsonNode | undefined;
  try {
    root = parseTree(text, [], { allowTrailingComma: false, disallowComments: true });
  } catch (error) {
    if (error instanceof RangeError) return nestingIndex(text);
    throw error;
  }
  return {
    offsetOf(segments, target) {
      let node: JsonNode | undefined = root;
      let keyOffset: number | undefined;
      for (const segment of segments) {
        const next = node && jsonChild(node, segment);
        if (!next) return node?.offset ?? 0;
        node = next.value;
        keyOffset = next.keyOffset;
      }
      return (target === "key" && keyOffset !== undefined ? keyOffset : node?.offset) ?? 0;
    },
  };
}

/**
 * For JSON too deep to build a tree of: the offset where nesting first goes deeper than the pointer's length, found
 * in one pass that skips strings. Exact for the pointers the depth limit reports (one key per level).
 */
function nestingIndex(text: string): OffsetIndex {
  return {
    offsetOf(segments) {
      let depth = 0;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '"') {
          for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
        } else if (ch === "{" || ch === "[") {
          if (depth === segments.length) return i;
          depth++;
        } else if (ch === "}" || ch === "]") depth--;
      }
      return 0;
    },
  };
}

/** One step down a jsonc-parser tree: an object member by key or an array element by index. */
function jsonChild(node: JsonNode, segment: string): { value: JsonNode; keyOffset?: number } | undefined {
  if (node.type === "array") {
    const item = node.children?.[Number(segment)];
    return item && /^\d+$/.test(segment) ? { value: item } : undefined;
  }
  if (node.type !== "object") return undefined;
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.value === segment && value) return { value, keyOffset: key.offset };
  }
  return undefined;
}

/** YAML: the `yaml` package's syntax tree. */
function yamlIndex(text: string): OffsetIndex {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), keepSourceTokens: false, uniqueKeys: false });
  return {
    offsetOf(segments, target) {
      let node: unknown = doc.contents;
      let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
      for (let i = 0; i < segments.length; i++) {
        const next = childOf(node, segments[i]!, target === "key" && i === segments.length - 1);
        if (!next) break;
        node = next.node;
        offset = next.offset;
      }
      return offset;
    },
  };
}

function childOf(node: unknown, segment: string, wantKey: boolean): { node: unknown; offset: number } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key) || String(pair.key.value) !== segment) continue;
      const value = pair.value as Node | null;
      const keyOffset = (pair.key as Node).range?.[0] ?? 0;
      return { node: value, offset: wantKey || !value?.range ? keyOffset : value.range[0] };
    }
    return undefined;
  }
  if (isSeq(node)) {
    const index = Number(segment);
    const item = Number.isInteger(index) ? (node.items[index] as Node | undefined) : undefined;
    return item ? { node: item, offset: item.range?.[0] ?? 0 } : undefined;
  }
  return undefined;
}
