/** Arrow functions and function declarations as prettier prints them (parameter lists, hugged patterns, bodies). */
import { removeLines, willBreak } from "../doc/doc-utils.js";
import { group, ifBreak, indent, line, softline, type Doc } from "../doc/doc.js";
import { LayoutUnsupported } from "../layout-unsupported.js";
import { ArgExpansionBailout } from "./print-call-arguments.js";
import type { ArrowFunction, Statement } from "./ts-ast.js";
import type { NodePrinter, PrintArgs, TsPrinter } from "./ts-printer.js";

type FunctionNode = ArrowFunction | Extract<Statement, { type: "FunctionDeclaration" }>;

/** `(a, b)`: hugged around a lone pattern, flattened when the function is a hugged argument, else breakable. */
function printParameters(p: TsPrinter, expand: boolean): Doc {
  const node = p.node as FunctionNode;
  const params = node.params;
  if (params.length === 0) return "()";
  const hug = params.length === 1 && params[0]!.type === "ObjectPattern";
  const printed: Doc[] = [];
  params.forEach((param, i) => {
    printed.push(p.print(param, "params"));
    if (i < params.length - 1) printed.push(",", hug ? " " : line);
  });
  if (expand) {
    if (willBreak(printed)) throw new ArgExpansionBailout();
    return group(removeLines(["(", printed, ")"]));
  }
  if (hug) return ["(", ...printed, ")"];
  return ["(", indent([softline, ...printed]), ifBreak(","), softline, ")"];
}

/** `async (x) => body`. */
export const printArrowFunction: NodePrinter = (p, args: PrintArgs) => {
  const node = p.node as ArrowFunction;
  const body = node.body;
  if (body.type === "ArrowFunctionExpression") throw new LayoutUnsupported("arrow chain");
  if (p.key === "callee" || p.key === "object") throw new LayoutUnsupported("arrow needing parentheses");
  const expand = args.expandLastArg === true || args.expandFirstArg === true;
  const signature: Doc = [node.async ? "async " : "", group([printParameters(p, expand)])];
  const bodyDoc = p.print(body, "body", args);
  const sameLine =
    body.type === "BlockStatement" || body.type === "ObjectExpression" || body.type === "ArrayExpression";
  const bodyPart: Doc = sameLine
    ? [" ", bodyDoc]
    : [indent([line, bodyDoc]), args.expandLastArg ? ifBreak(",") : "", args.expandLastArg ? softline : ""];
  return group([group(signature), " =>", group(bodyPart), ""]);
};

/** `async function name(params) { … }`. */
export const printFunctionDeclaration: NodePrinter = (p) => {
  const node = p.node as Extract<Statement, { type: "FunctionDeclaration" }>;
  return [
    node.async ? "async " : "",
    "function ",
    node.name,
    group([printParameters(p, false)]),
    " ",
    p.print(node.body, "body"),
  ];
};
