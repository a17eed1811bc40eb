/** Calls and `new` as prettier prints them: member callees as chains, others as callee plus argument list. */
import { group, lineSuffixBoundary, type Doc } from "../doc/doc.js";
import { LayoutUnsupported } from "../layout-unsupported.js";
import { printCallArguments } from "./print-call-arguments.js";
import { printMemberChain } from "./print-member-chain.js";
import type { CallExpression, Expression } from "./ts-ast.js";
import type { NodePrinter } from "./ts-printer.js";

/** Callees prettier keeps on one line with their arguments whatever the width (test and module calls). */
const SPECIAL_CALLEES =
  /^(?:require|define|it|test|describe|xit|xtest|xdescribe|fit|fdescribe|ftest|skip|only|each|beforeEach|afterEach|beforeAll|afterAll)$/;

function rootName(node: Expression): string | undefined {
  if (node.type === "Identifier") return node.name;
  if (node.type === "MemberExpression") return rootName(node.object) ?? undefined;
  return undefined;
}

/** A call or `new` expression. */
export const printCallExpression: NodePrinter = (p) => {
  const node = p.node as CallExpression;
  const name = rootName(node.callee);
  if (name !== undefined && SPECIAL_CALLEES.test(name)) throw new LayoutUnsupported(`call of ${name}`);
  if (node.callee.type === "MemberExpression" && SPECIAL_CALLEES.test(memberName(node.callee))) {
    throw new LayoutUnsupported("test-like call");
  }
  if (node.type === "CallExpression" && node.callee.type === "MemberExpression") return printMemberChain(p);
  const contents: Doc = [
    node.type === "NewExpression" ? "new " : "",
    p.print(node.callee, "callee"),
    lineSuffixBoundary,
    printCallArguments(p),
  ];
  return node.callee.type === "CallExpression" ? group(contents) : contents;
};

function memberName(node: Extract<Expression, { type: "MemberExpression" }>): string {
  return !node.computed && node.property.type === "Identifier" ? node.property.name : "";
}
