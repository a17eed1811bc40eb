/** A parsed spec file: its text, its data and (lazily) the position of any JSON pointer in it. */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

export interface Position {
  line: number;
  column: number;
}

/** One file of a spec as the loader read it. */
export class SourceFile {
  /** Path shown in diagnostics (relative to the working directory). */
  readonly displayPath: string;
  readonly absolutePath: string;
  readonly text: string;
  private tree: { doc: Document; lines: LineCounter } | undefined;

  constructor(options: { displayPath: string; absolutePath: string; text: string }) {
    this.displayPath = options.displayPath;
    this.absolutePath = options.absolutePath;
    this.text = options.text;
  }

  /** Line and column (1-based) of the node at `segments`, or of its deepest existing ancestor. */
  positionOf(segments: readonly string[]): Position {
    const { doc, lines } = this.syntaxTree();
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const segment of segments) {
      const next = childOf(node, segment);
      if (!next) break;
      node = next.node;
      offset = next.offset;
    }
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  /** Line and column of a character offset. */
  positionAt(offset: number): Position {
    const pos = this.syntaxTree().lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  /** The YAML syntax tree, built only when a position is asked for (JSON files never pay otherwise). */
  private syntaxTree(): { doc: Document; lines: LineCounter } {
    if (!this.tree) {
      const lines = new LineCounter();
      const doc = parseDocument(this.text, { lineCounter: lines, keepSourceTokens: false, uniqueKeys: false });
      this.tree = { doc, lines };
    }
    return this.tree;
  }
}

function childOf(node: unknown, segment: string): { node: unknown; offset: number } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== segment) continue;
      const value = pair.value as Node | null;
      const keyNode = pair.key as Node | null;
      const offset = value?.range?.[0] ?? keyNode?.range?.[0] ?? 0;
      return { node: value, offset };
    }
    return undefined;
  }
  if (isSeq(node)) {
    const index = Number(segment);
    const item = Number.isInteger(index) ? (node.items[index] as Node | undefined) : undefined;
    if (!item) return undefined;
    return { node: item, offset: item.range?.[0] ?? 0 };
  }
  return undefined;
}
