/** The questions prettier asks of call arguments: is it simple, could it be hugged, is the array printed concisely. */
import type { Expression, Node } from "./ts-ast.js";

const isArrow = (node: Node): boolean => node.type === "ArrowFunctionExpression";

/** Literals, names, and small objects/arrays/calls of them, `depth` levels deep (prettier's `isSimpleCallArgument`). */
export function isSimpleCallArgument(node: Expression, depth = 2): boolean {
  if (depth <= 0) return false;
  const child = (n: Expression): boolean => isSimpleCallArgument(n, depth - 1);
  switch (node.type) {
    case "StringLiteral":
    case "NumericLiteral":
    case "KeywordLiteral":
    case "Identifier":
      return true;
    case "TemplateLiteral":
      return node.quasis.every((q) => !q.includes("\n")) && node.expressions.every(child);
    case "ObjectExpression":
      return node.properties.every((p) => !p.computed && (p.shorthand || child(p.value)));
    case "ArrayExpression":
      return node.elements.every(child);
    case "CallExpression":
    case "NewExpression":
      return isSimpleCallArgument(node.callee, depth) && node.arguments.length <= depth && node.arguments.every(child);
    case "MemberExpression":
      return isSimpleCallArgument(node.object, depth) && isSimpleCallArgument(node.property, depth);
    case "UnaryExpression":
      return ["!", "-", "+", "~"].includes(node.operator) && isSimpleCallArgument(node.argument, depth);
    default:
      return false;
  }
}

/** An argument prettier may hug (print broken in place): a non-empty object or array, a function. */
export function couldExpandArg(arg: Expression, arrowChainRecursion = false): boolean {
  if (arg.type === "ObjectExpression" && arg.properties.length > 0) return true;
  if (arg.type === "ArrayExpression" && arg.elements.length > 0) return true;
  if (arg.type === "AsExpression") return couldExpandArg(arg.expression);
  if (arg.type !== "ArrowFunctionExpression") return false;
  const body = arg.body;
  if (body.type === "BlockStatement" || body.type === "ObjectExpression" || body.type === "ArrayExpression")
    return true;
  if (body.type === "ArrowFunctionExpression" && couldExpandArg(body, true)) return true;
  return !arrowChainRecursion && (body.type === "CallExpression" || body.type === "NewExpression");
}

/** An array of numbers only, which prettier fills line by line. */
export function isConciselyPrintedArray(node: Node): boolean {
  return (
    node.type === "ArrayExpression" &&
    node.elements.length > 0 &&
    node.elements.every(
      (e) =>
        e.type === "NumericLiteral" ||
        (e.type === "UnaryExpression" &&
          (e.operator === "-" || e.operator === "+") &&
          e.argument.type === "NumericLiteral"),
    )
  );
}

/** Several function arguments, or a call argument taking a function: each argument on its own line. */
export function isFunctionCompositionArguments(args: readonly Expression[]): boolean {
  if (args.length <= 1) return false;
  let functions = 0;
  for (const arg of args) {
    if (isArrow(arg)) {
      if (++functions > 1) return true;
    } else if ((arg.type === "CallExpression" || arg.type === "NewExpression") && arg.arguments.some(isArrow))
      return true;
  }
  return false;
}

/** Whether the last argument is hugged: prettier's `shouldExpandLastArg`. */
export function shouldExpandLastArg(args: readonly Expression[]): boolean {
  const last = args.at(-1)!;
  const penultimate = args.at(-2);
  return (
    couldExpandArg(last) &&
    (!penultimate || penultimate.type !== last.type) &&
    (args.length !== 2 || !isArrow(penultimate!) || last.type !== "ArrayExpression") &&
    !(args.length > 1 && isConciselyPrintedArray(last))
  );
}

/** `f(() => {…}, x)` (first argument hugged) and React hook calls: shapes the layout leaves to prettier. */
export function isFirstArgOrHookExpansion(args: readonly Expression[]): boolean {
  const blockArrow = (n: Expression | undefined): boolean =>
    n?.type === "ArrowFunctionExpression" && n.body.type === "BlockStatement";
  if (args.length === 3) return blockArrow(args[1]) && args[2]!.type === "ArrayExpression";
  return args.length === 2 && blockArrow(args[0]) && !isArrow(args[1]!);
}
