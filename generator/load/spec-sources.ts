/** The files a spec was loaded from, and the map from a pointer in the loaded document back to them. */
import type { SourceLocation } from "../diagnostics.js";
import { parsePointer, toPointer } from "./pointer.js";
import type { PositionTarget, SourceFile } from "./source-file.js";

interface Origin {
  file: SourceFile;
  segments: string[];
}

/** Where every node of the loaded document came from. */
export class SpecSources {
  readonly root: SourceFile;
  readonly files: SourceFile[] = [];
  /** Objects that came from files other than the root, by identity (they keep it through bundling). */
  private readonly origins = new WeakMap<object, Origin>();
  /** Pointer prefixes renamed by an upgrade (e.g. Swagger 2.0 `/definitions` → `/components/schemas`). */
  private readonly renames: [string[], string[]][] = [];
  private document: unknown;

  constructor(root: SourceFile) {
    this.root = root;
    this.files.push(root);
  }

  /** Records that every object under `value` came from `file` at `segments`. */
  registerOrigins(file: SourceFile, value: unknown): void {
    const stack: { node: unknown; segments: string[] }[] = [{ node: value, segments: [] }];
    while (stack.length > 0) {
      const { node, segments } = stack.pop()!;
      if (node === null || typeof node !== "object" || this.origins.has(node)) continue;
      this.origins.set(node, { file, segments });
      for (const [key, child] of Object.entries(node)) stack.push({ node: child, segments: [...segments, key] });
    }
  }

  /** Declares that document pointers starting with `to` were at `from` in the source. */
  addRename(from: string[], to: string[]): void {
    this.renames.push([from, to]);
  }

  /** Sets the final document that pointers are resolved in. */
  setDocument(document: unknown): void {
    this.document = document;
  }

  /** File, line, column and in-file pointer for a pointer into the loaded document (its key with `target: "key"`). */
  locate(pointer: string, target: PositionTarget = "value"): SourceLocation {
    const segments = parsePointer(pointer) ?? [];
    const origin = this.originOf(segments);
    const position = origin.file.positionOf(origin.segments, target);
    return {
      file: origin.file.displayPath,
      line: position.line,
      column: position.column,
      pointer: toPointer(origin.segments),
    };
  }

  private originOf(segments: string[]): Origin {
    let best: Origin = { file: this.root, segments: this.renamed(segments) };
    let node: unknown = this.document;
    for (let i = 0; i <= segments.length; i++) {
      if (node !== null && typeof node === "object") {
        const origin = this.origins.get(node);
        if (origin && origin.file !== this.root)
          best = { file: origin.file, segments: [...origin.segments, ...segments.slice(i)] };
      } else break;
      if (i < segments.length) node = (node as Record<string, unknown>)[segments[i]!];
    }
    return best;
  }

  private renamed(segments: string[]): string[] {
    for (const [from, to] of this.renames) {
      if (to.every((s, i) => segments[i] === s)) return [...from, ...segments.slice(to.length)];
    }
    return segments;
  }
}
