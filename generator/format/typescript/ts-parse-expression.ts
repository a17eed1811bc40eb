/** Expressions of README example code: literals, objects, arrays, calls, member access, arrows, operators, `as`. */
import { LayoutUnsupported } from "../layout-unsupported.js";
import type { Expression, Identifier, ObjectExpression } from "./ts-ast.js";
import { BINARY_PRECEDENCE as PRECEDENCE, LOGICAL_OPERATORS as LOGICAL } from "./ts-operators.js";
import { TokenCursor } from "./ts-parser-base.js";
import { parseBindingName, parsePrimary, parseType, type ParseContext } from "./ts-parse-primary.js";

/** An assignment expression (the widest expression a statement or argument holds). */
export function parseExpression(c: TokenCursor, p: ParseContext): Expression {
  if (isArrowStart(c)) return parseArrow(c, p);
  const start = c.startHere();
  const left = parseBinary(c, p, 0);
  if (c.is("?")) throw new LayoutUnsupported("conditional expression");
  if (!c.eat("=")) return left;
  if (left.type !== "Identifier" && left.type !== "MemberExpression") throw new LayoutUnsupported("assignment target");
  const right = parseExpression(c, p);
  return { type: "AssignmentExpression", operator: "=", left, right, start, end: c.endHere() };
}

function isArrowStart(c: TokenCursor): boolean {
  let i = c.index;
  const at = (k: number) => c.tokens[k]!;
  if (at(i).kind === "name" && at(i).text === "async" && (at(i + 1).text === "(" || at(i + 1).kind === "name")) i++;
  if (at(i).kind === "name") return at(i + 1).text === "=>";
  if (at(i).text !== "(") return false;
  return at(c.skipBalanced(i)).text === "=>";
}

function parseArrow(c: TokenCursor, p: ParseContext): Expression {
  const start = c.startHere();
  const async = c.is("async") && !c.is("=>", 1) ? (c.next(), true) : false;
  const params: (Identifier | ObjectExpression)[] = [];
  if (c.peek().kind === "name") params.push(parseBindingName(c, p, false));
  else {
    c.expect("(");
    while (!c.is(")")) {
      params.push(parseBindingName(c, p, true));
      if (!c.eat(",")) break;
    }
    c.expect(")");
  }
  c.expect("=>");
  const body = c.is("{") ? p.block(c) : parseExpression(c, p);
  return { type: "ArrowFunctionExpression", async, params, body, start, end: c.endHere() };
}

function parseBinary(c: TokenCursor, p: ParseContext, minPrecedence: number): Expression {
  const start = c.startHere();
  let left = parseUnary(c, p);
  for (;;) {
    const token = c.peek();
    if (token.kind === "name" && token.text === "as") {
      if (8 < minPrecedence) break;
      c.next();
      const typeAnnotation = c.eat("const") ? undefined : parseType(c, p);
      left = { type: "AsExpression", expression: left, typeAnnotation, start, end: c.endHere() };
      continue;
    }
    const precedence = (token.kind === "punct" || token.text === "instanceof") && PRECEDENCE[token.text];
    if (!precedence || precedence < minPrecedence) break;
    c.next();
    const right = parseBinary(c, p, precedence + 1);
    const type = LOGICAL.has(token.text) ? "LogicalExpression" : "BinaryExpression";
    left = { type, operator: token.text, left, right, start, end: c.endHere() };
  }
  return left;
}

function parseUnary(c: TokenCursor, p: ParseContext): Expression {
  const start = c.startHere();
  const token = c.peek();
  if (token.kind === "name" && (token.text === "await" || token.text === "typeof") && !c.is("=>", 1)) {
    c.next();
    const argument = parseUnary(c, p);
    const type = token.text === "await" ? "AwaitExpression" : "UnaryExpression";
    return { type, operator: token.text, argument, start, end: c.endHere() };
  }
  if (token.kind === "punct" && (token.text === "!" || token.text === "-" || token.text === "+")) {
    c.next();
    const argument = parseUnary(c, p);
    return { type: "UnaryExpression", operator: token.text, argument, start, end: c.endHere() };
  }
  return parsePostfix(c, p);
}

function parsePostfix(c: TokenCursor, p: ParseContext): Expression {
  const start = c.startHere();
  let expression: Expression;
  if (c.eat("new")) {
    let callee = parsePrimary(c, p);
    while (c.is(".") || c.is("[")) callee = parseMember(c, p, callee, start);
    const args = c.is("(") ? parseArguments(c, p) : [];
    expression = { type: "NewExpression", callee, arguments: args, start, end: c.endHere() };
  } else expression = parsePrimary(c, p);
  for (;;) {
    if (c.is(".") || c.is("[") || c.is("?.")) expression = parseMember(c, p, expression, start);
    else if (c.is("(")) {
      const args = parseArguments(c, p);
      expression = { type: "CallExpression", callee: expression, arguments: args, start, end: c.endHere() };
    } else return expression;
  }
}

function parseMember(c: TokenCursor, p: ParseContext, object: Expression, start: number): Expression {
  const optional = c.eat("?.");
  if (optional && c.is("(")) throw new LayoutUnsupported("optional call");
  if (c.eat(".") || (optional && c.peek().kind === "name")) {
    const name = c.expectName();
    const property: Identifier = {
      type: "Identifier",
      name: name.text,
      start: name.start + c.offset,
      end: name.end + c.offset,
    };
    return { type: "MemberExpression", object, property, computed: false, optional, start, end: c.endHere() };
  }
  c.expect("[");
  const property = parseExpression(c, p);
  c.expect("]");
  return { type: "MemberExpression", object, property, computed: true, optional, start, end: c.endHere() };
}

/** `( a, b )`: call arguments. */
export function parseArguments(c: TokenCursor, p: ParseContext): Expression[] {
  c.expect("(");
  const args: Expression[] = [];
  while (!c.is(")")) {
    if (c.is("...")) throw new LayoutUnsupported("spread argument");
    args.push(parseExpression(c, p));
    if (!c.eat(",")) break;
  }
  c.expect(")");
  return args;
}
