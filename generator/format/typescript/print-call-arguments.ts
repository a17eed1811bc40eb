/**
 * A call's argument list as prettier prints it: flat when it fits, else the last argument hugged (`f(a, {` … `})`)
 * when it is an object, array or function, else one argument per line.
 */
import { willBreak } from "../doc/doc-utils.js";
import {
  breakParent,
  conditionalGroup,
  group,
  hardline,
  ifBreak,
  indent,
  line,
  softline,
  type Doc,
} from "../doc/doc.js";
import { LayoutUnsupported } from "../layout-unsupported.js";
import {
  isFirstArgOrHookExpansion,
  isFunctionCompositionArguments,
  shouldExpandLastArg,
} from "./print-call-arguments-rules.js";
import type { CallExpression } from "./ts-ast.js";
import type { TsPrinter } from "./ts-printer.js";
import { isNextLineEmpty } from "./ts-source-text.js";

/** `(…)` of the current call or `new` expression. */
export function printCallArguments(p: TsPrinter): Doc {
  const node = p.node as CallExpression;
  const args = node.arguments;
  if (args.length === 0) return group(["(", ")"]);
  if (isFirstArgOrHookExpansion(args)) throw new LayoutUnsupported("first-argument expansion");
  let anyEmptyLine = false;
  const printed: Doc[] = args.map((arg, i) => {
    const doc = p.print(arg, "arguments");
    if (i === args.length - 1) return doc;
    if (isNextLineEmpty(p.source, arg.end)) {
      anyEmptyLine = true;
      return [doc, ",", hardline, hardline];
    }
    return [doc, ",", line];
  });
  const allBrokenOut = (): Doc =>
    group(["(", indent([line, ...printed]), ifBreak(","), line, ")"], { shouldBreak: true });
  if (anyEmptyLine || isFunctionCompositionArguments(args)) return allBrokenOut();
  if (shouldExpandLastArg(args)) {
    const head = printed.slice(0, -1);
    if (head.some(willBreak)) return allBrokenOut();
    const last = printExpandedLast(p, node);
    if (last === undefined) return allBrokenOut();
    if (willBreak(last)) {
      return [breakParent, conditionalGroup([["(", ...head, group(last, { shouldBreak: true }), ")"], allBrokenOut()])];
    }
    return conditionalGroup([
      ["(", ...head, last, ")"],
      ["(", ...head, group(last, { shouldBreak: true }), ")"],
      allBrokenOut(),
    ]);
  }
  return group(["(", indent([softline, ...printed]), ifBreak(","), softline, ")"], {
    shouldBreak: printed.some(willBreak),
  });
}

/** The last argument printed for hugging, or undefined when it cannot be (prettier's `ArgExpansionBailout`). */
function printExpandedLast(p: TsPrinter, node: CallExpression): Doc | undefined {
  try {
    return p.print(node.arguments.at(-1)!, "arguments", { expandLastArg: true });
  } catch (error) {
    if (error instanceof ArgExpansionBailout) return undefined;
    throw error;
  }
}

/** Thrown while printing a hugged argument whose parameters would have to break. */
export class ArgExpansionBailout extends Error {}
