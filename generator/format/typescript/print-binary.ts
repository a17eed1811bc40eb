/**
 * Binary and logical expressions as prettier prints them: operators of one precedence level break together, after
 * the operator, indented under the first operand (not indented inside `if (…)`).
 */
import { group, indent, line, type Doc } from "../doc/doc.js";
import { LayoutUnsupported } from "../layout-unsupported.js";
import { shouldInlineLogical } from "./print-assignment.js";
import type { BinaryExpression, Node } from "./ts-ast.js";
import { BINARY_PRECEDENCE } from "./ts-operators.js";
import type { NodePrinter, TsPrinter } from "./ts-printer.js";

const precedence = (operator: string): number => BINARY_PRECEDENCE[operator]!;
const EQUALITY = new Set(["==", "===", "!=", "!=="]);

const isBinaryish = (node: Node): node is BinaryExpression =>
  node.type === "BinaryExpression" || node.type === "LogicalExpression";

/** Same-precedence operators print as one flat sequence (prettier's `shouldFlatten`). */
function shouldFlatten(parent: string, child: string): boolean {
  if (precedence(parent) !== precedence(child)) return false;
  if (EQUALITY.has(parent) && EQUALITY.has(child)) return false;
  if ((child === "%" && (parent === "*" || parent === "%")) || (parent === "%" && child === "*")) return false;
  return true;
}

/** Refuses operand nestings prettier would parenthesize (mixed logical operators, arithmetic under comparisons…). */
function refuseParentheses(node: BinaryExpression): void {
  for (const child of [node.left, node.right]) {
    if (!isBinaryish(child)) continue;
    const sameChain = child === node.left && child.operator === node.operator;
    const tighterComparison = child.type === "BinaryExpression" && node.type === "LogicalExpression";
    if (!sameChain && !tighterComparison) throw new LayoutUnsupported("operators needing parentheses");
  }
}

/** A binary or logical expression. */
export const printBinaryish: NodePrinter = (p) => {
  const node = p.node as BinaryExpression;
  refuseParentheses(node);
  const parent = p.parent;
  const isInsideParenthesis = p.key === "test" && parent?.type === "IfStatement";
  const parts = printBinaryishParts(p, isInsideParenthesis);
  if (isInsideParenthesis) return parts;
  if (p.key === "callee" || p.key === "object") {
    throw new LayoutUnsupported("operator expression needing parentheses");
  }
  if (parent?.type === "UnaryExpression") throw new LayoutUnsupported("operator under a unary operator");
  const shouldNotIndent =
    parent?.type === "ReturnStatement" ||
    parent?.type === "ThrowStatement" ||
    (p.key === "body" && parent?.type === "ArrowFunctionExpression") ||
    parent?.type === "TemplateLiteral";
  const shouldIndentIfInlining =
    parent?.type === "AssignmentExpression" || parent?.type === "VariableDeclaration" || parent?.type === "Property";
  const samePrecedence = isBinaryish(node.left) && shouldFlatten(node.operator, node.left.operator);
  const inline = shouldInlineLogical(node);
  if (shouldNotIndent || (inline && !samePrecedence) || (!inline && shouldIndentIfInlining)) return group(parts);
  const firstGroup = parts.findIndex(
    (part) => typeof part === "object" && !Array.isArray(part) && (part as { type: string }).type === "group",
  );
  const head = parts.slice(0, firstGroup === -1 ? 1 : firstGroup + 1);
  return group([...head, indent(parts.slice(head.length))]);
};

/** The operands and operators of the current node, flattened over same-precedence left operands. */
function printBinaryishParts(p: TsPrinter, isInsideParenthesis: boolean): Doc[] {
  const node = p.node as BinaryExpression;
  const parts: Doc[] =
    isBinaryish(node.left) && shouldFlatten(node.operator, node.left.operator)
      ? p.within(node.left, "left", () => printBinaryishParts(p, isInsideParenthesis))
      : [group(p.print(node.left, "left"))];
  const inline = shouldInlineLogical(node);
  const rightDoc = p.print(node.right, "right");
  let right: Doc = inline ? [node.operator, " ", rightDoc] : [node.operator, line, rightDoc];
  const parent = p.parent;
  const shouldGroup =
    !(isInsideParenthesis && node.type === "LogicalExpression") &&
    parent?.type !== node.type &&
    node.left.type !== node.type &&
    node.right.type !== node.type;
  if (shouldGroup) right = group(right);
  parts.push(" ", right);
  return parts;
}
