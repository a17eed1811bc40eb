/**
 * How prettier cuts a call chain (`client.pets.list(…).withResponse()`) into groups: the head (the object and the
 * members that stay with it), then one group per `.member(…)` step. Structure only; print-member-chain.ts prints.
 */
import type { CallExpression, Expression } from "./ts-ast.js";

/** One link of a flattened chain: the root object, a `.member` lookup, or a call's argument list. */
export interface ChainLink {
  readonly kind: "root" | "member" | "call";
  readonly node: Expression;
}

/** The chain of a call whose callee is a member expression, root first. */
export function flattenChain(call: CallExpression): ChainLink[] {
  const links: ChainLink[] = [{ kind: "call", node: call }];
  let node: Expression = call.callee;
  for (;;) {
    if (
      node.type === "CallExpression" &&
      (node.callee.type === "MemberExpression" || node.callee.type === "CallExpression")
    ) {
      links.unshift({ kind: "call", node });
      node = node.callee;
    } else if (node.type === "MemberExpression") {
      links.unshift({ kind: "member", node });
      node = node.object;
    } else {
      links.unshift({ kind: "root", node });
      return links;
    }
  }
}

const isCall = (link: ChainLink): boolean =>
  link.kind === "call" || (link.kind === "root" && link.node.type === "CallExpression");
const isNumericIndex = (link: ChainLink): boolean =>
  link.kind === "member" &&
  link.node.type === "MemberExpression" &&
  link.node.computed &&
  link.node.property.type === "NumericLiteral";

/** The chain's groups: the head (root, its calls and all but the last of its leading members), then each step. */
export function chainGroups(links: readonly ChainLink[]): ChainLink[][] {
  const head = [links[0]!];
  let i = 1;
  for (; i < links.length && (links[i]!.kind === "call" || isNumericIndex(links[i]!)); i++) head.push(links[i]!);
  if (!isCall(links[0]!)) {
    for (; i + 1 < links.length && links[i]!.kind === "member" && links[i + 1]!.kind === "member"; i++)
      head.push(links[i]!);
  }
  const groups = [head];
  let current: ChainLink[] = [];
  let seenCall = false;
  for (; i < links.length; i++) {
    const link = links[i]!;
    if (seenCall && link.kind === "member") {
      if (isNumericIndex(link)) {
        current.push(link);
        continue;
      }
      groups.push(current);
      current = [];
      seenCall = false;
    }
    if (link.kind === "call") seenCall = true;
    current.push(link);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

const isFactory = (name: string): boolean => /^[A-Z]|^[$_]+$/.test(name);

/** True when the first step stays on the head's line (`Object.keys(x)`, `this.items`, short names in statements). */
export function shouldMergeFirstGroup(
  groups: readonly ChainLink[][],
  isExpressionStatement: boolean,
  tabWidth: number,
): boolean {
  if (groups.length < 2) return false;
  const first = groups[1]![0];
  const hasComputed = first?.node.type === "MemberExpression" && first.node.computed;
  const head = groups[0]!;
  if (head.length === 1) {
    const root = head[0]!.node;
    if (root.type === "KeywordLiteral") return root.raw === "this";
    return (
      root.type === "Identifier" &&
      (isFactory(root.name) || (isExpressionStatement && root.name.length <= tabWidth) || hasComputed === true)
    );
  }
  const last = head.at(-1)!.node;
  return (
    last.type === "MemberExpression" &&
    !last.computed &&
    last.property.type === "Identifier" &&
    (isFactory(last.property.name) || hasComputed === true)
  );
}

/** True when prettier prints this call as a (labelled) member chain rather than one concatenated line. */
export function printsAsMemberChain(call: CallExpression, isExpressionStatement = false): boolean {
  if (call.callee.type !== "MemberExpression") return false;
  const groups = chainGroups(flattenChain(call));
  const cutoff = shouldMergeFirstGroup(groups, isExpressionStatement, 2) ? 3 : 2;
  return groups.length > cutoff;
}
