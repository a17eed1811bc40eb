/** Names, types, templates, `await`, unary operators, `as` and assignments as prettier prints them. */
import { align, group, ifBreak, indent, line, lineSuffixBoundary, softline, type Doc } from "../doc/doc.js";
import { printDoc } from "../doc/print-doc.js";
import { LayoutUnsupported } from "../layout-unsupported.js";
import { printAssignment } from "./print-assignment.js";
import type {
  AsExpression,
  BinaryExpression,
  Identifier,
  TemplateLiteral,
  TypeNode,
  UnaryExpression,
} from "./ts-ast.js";
import type { NodePrinter, TsPrinter } from "./ts-printer.js";

/** A name, with its type annotation when it has one. */
export const printIdentifier: NodePrinter = (p) => {
  const node = p.node as Identifier;
  return node.typeAnnotation ? [node.name, ": ", p.print(node.typeAnnotation, "typeAnnotation")] : node.name;
};

/** A type: names, literals, `T[]`, and unions (broken one member per line, indented, when long). */
export const printType: NodePrinter = (p) => {
  const node = p.node as TypeNode;
  switch (node.type) {
    case "TypeReference":
      if (node.args.length > 0) throw new LayoutUnsupported("type arguments");
      return node.name;
    case "LiteralType":
      return p.print(node.literal, "literal");
    case "ArrayType":
      return [p.print(node.element, "elementType"), "[]"];
    case "UnionType": {
      const members = node.types.map((type, i) => {
        const doc = align(2, p.print(type, "types"));
        return i === 0 ? [ifBreak("| "), doc] : [line, "| ", doc];
      });
      return group(indent([softline, group(members)]));
    }
  }
};

/** `` `a${b}c` ``: the interpolations printed flat, as prettier keeps them when they had no line break. */
export const printTemplate: NodePrinter = (p) => {
  const node = p.node as TemplateLiteral;
  if (node.quasis.some((quasi) => quasi.includes("\n"))) throw new LayoutUnsupported("multi-line template literal");
  const parts: Doc[] = [lineSuffixBoundary, "`"];
  node.quasis.forEach((quasi, i) => {
    parts.push(quasi);
    if (i >= node.expressions.length) return;
    const flat = printDoc(p.print(node.expressions[i]!, "expressions"), Number.POSITIVE_INFINITY);
    if (flat.includes("\n")) throw new LayoutUnsupported("multi-line interpolation");
    parts.push(group(["${", flat, lineSuffixBoundary, "}"]));
  });
  parts.push("`");
  return parts;
};

/** Refuses an expression in callee or member-object position, where prettier would add parentheses. */
function refuseParenthesized(p: TsPrinter, what: string): void {
  const parent = p.parent;
  if (
    (p.key === "callee" || p.key === "object") &&
    (parent?.type === "CallExpression" || parent?.type === "NewExpression" || parent?.type === "MemberExpression")
  ) {
    throw new LayoutUnsupported(`${what} needing parentheses`);
  }
}

/** `await x`, `!x`, `-x`, `typeof x`. */
export const printUnary: NodePrinter = (p) => {
  const node = p.node as UnaryExpression;
  refuseParenthesized(p, node.operator);
  const argument = node.argument;
  if (argument.type === "UnaryExpression" && node.type === "UnaryExpression" && /^[+-]$/.test(node.operator)) {
    throw new LayoutUnsupported("nested sign");
  }
  const space = /[a-z]$/.test(node.operator) ? " " : "";
  return [node.operator, space, p.print(argument, "argument")];
};

/** `x as T` and `x as const`. */
export const printAs: NodePrinter = (p) => {
  const node = p.node as AsExpression;
  refuseParenthesized(p, "as");
  const type = node.typeAnnotation ? p.print(node.typeAnnotation, "typeAnnotation") : "const";
  return [p.print(node.expression, "expression"), " as ", type];
};

/** `a = b` inside an expression statement. */
export const printAssignmentExpression: NodePrinter = (p) => {
  const node = p.node as BinaryExpression;
  return printAssignment(p, p.print(node.left, "left"), " =", node.right, "right");
};

/** `true`, `false`, `null`, `this`. */
export const printKeyword: NodePrinter = (p) => (p.node as { raw: string }).raw;
