/**
 * The printing context of the TypeScript layout: the path from the root to the node being printed (the rules look
 * at parents and grandparents, as prettier's do) and the dispatch to each node type's printer.
 */
import type { Doc } from "../doc/doc.js";
import type { Node } from "./ts-ast.js";

/** Options a parent passes to a child's printer (prettier's `args`). */
export interface PrintArgs {
  readonly expandLastArg?: boolean;
  readonly expandFirstArg?: boolean;
  readonly assignmentLayout?: string;
}

/** Prints one node type; `p.node` is the node. */
export type NodePrinter = (p: TsPrinter, args: PrintArgs) => Doc;

interface Frame {
  readonly node: Node;
  readonly key: string;
}

/** Walks the tree while printing; printers call `print` for their children. */
export class TsPrinter {
  private readonly stack: Frame[] = [];

  constructor(
    /** The original code (blank lines and line breaks in it shape the layout). */
    readonly source: string,
    private readonly printers: Readonly<Record<string, NodePrinter>>,
    /** Target line width. */
    readonly width: number,
  ) {}

  /** Prints `node` as the `key` child of the current node. */
  print(node: Node, key: string, args: PrintArgs = {}): Doc {
    const printer = this.printers[node.type];
    if (!printer) throw new Error(`no printer for ${node.type}`);
    this.stack.push({ node, key });
    try {
      return printer(this, args);
    } finally {
      this.stack.pop();
    }
  }

  /** Runs `run` with `node` as the current node (a look at a child without printing it). */
  within<T>(node: Node, key: string, run: () => T): T {
    this.stack.push({ node, key });
    try {
      return run();
    } finally {
      this.stack.pop();
    }
  }

  get node(): Node {
    return this.stack.at(-1)!.node;
  }

  /** The key under which the current node hangs from its parent. */
  get key(): string {
    return this.stack.at(-1)!.key;
  }

  get parent(): Node | undefined {
    return this.stack.at(-2)?.node;
  }

  get grandparent(): Node | undefined {
    return this.stack.at(-3)?.node;
  }

  /** Ancestors, nearest first. */
  ancestors(): Node[] {
    return this.stack
      .slice(0, -1)
      .map((frame) => frame.node)
      .reverse();
  }
}
