/**
 * Call chains as prettier prints them: on one line when they fit, else one `.step(…)` per line under the head —
 * or, for short chains, the last call's arguments broken instead.
 */
import { willBreak } from "../doc/doc-utils.js";
import { breakParent, conditionalGroup, group, hardline, indent, join, label, type Doc } from "../doc/doc.js";
import { LayoutUnsupported } from "../layout-unsupported.js";
import { chainGroups, flattenChain, shouldMergeFirstGroup, type ChainLink } from "./member-chain-groups.js";
import { printCallArguments } from "./print-call-arguments.js";
import { isSimpleCallArgument } from "./print-call-arguments-rules.js";
import { printMemberLookup } from "./print-member.js";
import type { CallExpression, Expression, MemberExpression } from "./ts-ast.js";
import type { TsPrinter } from "./ts-printer.js";
import { isNextLineEmpty } from "./ts-source-text.js";

/** Label of a call printed as an expanded member chain (assignment layout looks for it). */
export const MEMBER_CHAIN_LABEL = "member-chain";

/** Prints the current node, a call whose callee is a member expression. */
export function printMemberChain(p: TsPrinter): Doc {
  const top = p.node as CallExpression;
  const isExpressionStatement = p.parent?.type === "ExpressionStatement";
  if (p.key === "callee" && p.parent?.type === "CallExpression") throw new LayoutUnsupported("curried call chain");
  const links = flattenChain(top);
  const printed = new Map<ChainLink, Doc>();
  printLinks(p, links, links.length - 1, printed);
  const groups = chainGroups(links);
  const printGroup = (g: readonly ChainLink[]): Doc[] => g.map((link) => printed.get(link)!);
  const shouldMerge = shouldMergeFirstGroup(groups, isExpressionStatement, 2);
  const printedGroups = groups.map(printGroup);
  const oneLine: Doc = printedGroups;
  const cutoff = shouldMerge ? 3 : 2;
  if (groups.length <= cutoff) return group(oneLine);
  const rest = groups.slice(shouldMerge ? 2 : 1);
  const expanded: Doc = [
    printGroup(groups[0]!),
    shouldMerge ? printGroup(groups[1]!) : "",
    indent([hardline, join(hardline, rest.map(printGroup))]),
  ];
  const calls = links
    .filter((l) => l.kind === "call" || l.node.type === "CallExpression")
    .map((l) => l.node as CallExpression);
  const lastLink = groups.at(-1)!.at(-1)!;
  const lastGroupBreaksAfterFunctionArguments =
    lastLink.kind === "call" &&
    willBreak(printedGroups.at(-1)!) &&
    calls.slice(0, -1).some((call) => call.arguments.some((a) => a.type === "ArrowFunctionExpression"));
  const expand =
    (calls.length > 2 && calls.some((call) => call.arguments.some((a) => !isSimpleCallArgument(a, 2)))) ||
    printedGroups.slice(0, -1).some(willBreak) ||
    lastGroupBreaksAfterFunctionArguments;
  const result: Doc = expand
    ? group(expanded)
    : [willBreak(oneLine) ? breakParent : "", conditionalGroup([oneLine, expanded])];
  return label(MEMBER_CHAIN_LABEL, result);
}

/** Prints each link of the chain from the top call down; `p.node` is the link's node, as in prettier's recursion. */
function printLinks(p: TsPrinter, links: readonly ChainLink[], index: number, printed: Map<ChainLink, Doc>): void {
  const link = links[index]!;
  let child: Expression;
  let key: string;
  if (link.kind === "call") {
    const call = link.node as CallExpression;
    if (index !== links.length - 1 && isNextLineEmpty(p.source, call.end))
      throw new LayoutUnsupported("blank line in a chain");
    printed.set(link, printCallArguments(p));
    [child, key] = [call.callee, "callee"];
  } else {
    if (isNextLineEmpty(p.source, link.node.end)) throw new LayoutUnsupported("blank line in a chain");
    printed.set(link, printMemberLookup(p));
    [child, key] = [(link.node as MemberExpression).object, "object"];
  }
  const below = links[index - 1]!;
  if (below.kind === "root") printed.set(below, p.print(child, key));
  else p.within(child, key, () => printLinks(p, links, index - 1, printed));
}
