/**
 * `left = right` (declarations, assignments) and `key: value` (object properties) as prettier lays them out: it picks a
 * layout (break after the operator, break the right side first, …) from the shapes of both sides.
 */
import { canBreak } from "../doc/doc-utils.js";
import { group, indent, indentIfBreak, line, lineSuffixBoundary, type Doc } from "../doc/doc.js";
import { LayoutUnsupported } from "../layout-unsupported.js";
import { textWidth } from "../text-width.js";
import { printsAsMemberChain } from "./member-chain-groups.js";
import { printString } from "./print-literal.js";
import type { Expression, Node, ObjectExpression } from "./ts-ast.js";
import type { TsPrinter } from "./ts-printer.js";

type Layout = "break-after-operator" | "never-break-after-operator" | "fluid" | "break-lhs" | "only-left";

/** `left operator right` in the layout prettier chooses; `right` is the `rightKey` child of the current node. */
export function printAssignment(
  p: TsPrinter,
  leftDoc: Doc,
  operator: string,
  right: Expression | undefined,
  rightKey: string,
): Doc {
  const layout = chooseLayout(p, leftDoc, right);
  if (layout === "only-left" || right === undefined) return leftDoc;
  const rightDoc = p.print(right, rightKey, { assignmentLayout: layout });
  switch (layout) {
    case "break-after-operator":
      return group([group(leftDoc), operator, group(indent([line, rightDoc]))]);
    case "never-break-after-operator":
      return group([group(leftDoc), operator, " ", rightDoc]);
    case "break-lhs":
      return group([leftDoc, operator, " ", group(rightDoc)]);
    case "fluid": {
      const id = Symbol("assignment");
      return group([
        group(leftDoc),
        operator,
        group(indent(line), { id }),
        lineSuffixBoundary,
        indentIfBreak(rightDoc, id),
      ]);
    }
  }
}

function chooseLayout(p: TsPrinter, leftDoc: Doc, right: Expression | undefined): Layout {
  if (right === undefined) return "only-left";
  const node = p.node;
  const parent = p.parent;
  if (
    right.type === "AssignmentExpression" ||
    (node.type === "AssignmentExpression" && parent?.type !== "ExpressionStatement")
  ) {
    throw new LayoutUnsupported("assignment chain");
  }
  const canBreakLeft = canBreak(leftDoc);
  const left =
    node.type === "VariableDeclaration" ? node.id : node.type === "AssignmentExpression" ? node.left : undefined;
  if (left?.type === "ObjectPattern" && isComplexDestructuring(left)) return "break-lhs";
  if (node.type === "VariableDeclaration" && right.type === "ArrowFunctionExpression" && canBreakLeft)
    return "break-lhs";
  const hasShortKey = node.type === "Property" && typeof leftDoc === "string" && textWidth(leftDoc) < 2 + 3;
  if (shouldBreakAfterOperator(p, right, hasShortKey)) return "break-after-operator";
  const literal = right.type === "TemplateLiteral" || right.type === "NumericLiteral" || isBooleanLiteral(right);
  if (!canBreakLeft && (hasShortKey || literal)) return "never-break-after-operator";
  return "fluid";
}

function isBooleanLiteral(node: Node): boolean {
  return node.type === "KeywordLiteral" && (node.raw === "true" || node.raw === "false");
}

function isComplexDestructuring(pattern: ObjectExpression): boolean {
  return pattern.properties.length > 2 && pattern.properties.some((property) => !property.shorthand);
}

/** True for right sides that read better on their own line: operators, strings, short member/call chains. */
function shouldBreakAfterOperator(p: TsPrinter, right: Expression, hasShortKey: boolean): boolean {
  if ((right.type === "BinaryExpression" || right.type === "LogicalExpression") && !shouldInlineLogical(right))
    return true;
  if (hasShortKey) return false;
  let node = right;
  while (node.type === "UnaryExpression" || node.type === "AwaitExpression") node = node.argument;
  return node.type === "StringLiteral" || isPoorlyBreakableChain(p, node, false);
}

/** `a || {…}` / `a ?? […]`: a logical expression whose right side is a non-empty object or array. */
export function shouldInlineLogical(node: Node): boolean {
  if (node.type !== "LogicalExpression") return false;
  const right = node.right;
  return (
    (right.type === "ObjectExpression" && right.properties.length > 0) ||
    (right.type === "ArrayExpression" && right.elements.length > 0)
  );
}

/** A member/call chain whose calls take no arguments or one short one, not printed as a member chain. */
function isPoorlyBreakableChain(p: TsPrinter, node: Expression, deep: boolean): boolean {
  if (node.type === "CallExpression") {
    if (printsAsMemberChain(node)) return false;
    const args = node.arguments;
    if (args.length > 1 || (args.length === 1 && !isLoneShortArgument(args[0]!, p.width))) return false;
    return isPoorlyBreakableChain(p, node.callee, true);
  }
  if (node.type === "MemberExpression") return isPoorlyBreakableChain(p, node.object, true);
  return deep && (node.type === "Identifier" || (node.type === "KeywordLiteral" && node.raw === "this"));
}

/** A lone argument short enough (a quarter of the line width) that its call is not worth breaking. */
export function isLoneShortArgument(node: Expression, width: number): boolean {
  const threshold = width * 0.25;
  switch (node.type) {
    case "Identifier":
      return node.name.length <= threshold;
    case "KeywordLiteral":
    case "NumericLiteral":
      return true;
    case "StringLiteral":
      return printString(node.raw).length <= threshold;
    case "TemplateLiteral":
      return node.expressions.length === 0 && node.quasis[0]!.length <= threshold && !node.quasis[0]!.includes("\n");
    case "UnaryExpression":
      return isLoneShortArgument(node.argument, width);
    case "CallExpression":
      return (
        node.arguments.length === 0 && node.callee.type === "Identifier" && node.callee.name.length <= threshold - 2
      );
    default:
      return false;
  }
}
