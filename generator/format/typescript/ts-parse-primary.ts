/** Primary expressions of README example code (literals, objects, arrays, templates), binding names and types. */
import { LayoutUnsupported } from "../layout-unsupported.js";
import type { BlockStatement, Expression, Identifier, ObjectExpression, ObjectProperty, TypeNode } from "./ts-ast.js";
import { TokenCursor } from "./ts-parser-base.js";
import { stringValue } from "./ts-tokens.js";

/** The parsers primary expressions call back into: whole expressions and blocks. */
export interface ParseContext {
  expression(c: TokenCursor): Expression;
  block(c: TokenCursor): BlockStatement;
}

const KEYWORD_LITERALS = new Set(["true", "false", "null", "this"]);
const REFUSED_NAMES = new Set(["function", "class", "yield", "super", "import", "void", "delete", "in", "of"]);

/** A literal, identifier, object, array or template; `key` allows any name (an object key may be a keyword). */
export function parsePrimary(c: TokenCursor, p: ParseContext, key = false): Expression {
  const token = c.peek();
  const start = token.start + c.offset;
  const end = token.end + c.offset;
  if (token.kind === "name") {
    c.next();
    if (!key && KEYWORD_LITERALS.has(token.text)) return { type: "KeywordLiteral", raw: token.text, start, end };
    if (!key && REFUSED_NAMES.has(token.text)) throw new LayoutUnsupported(`\`${token.text}\` in code`);
    return { type: "Identifier", name: token.text, start, end };
  }
  if (token.kind === "number") {
    c.next();
    return { type: "NumericLiteral", raw: token.text, start, end };
  }
  if (token.kind === "string") {
    c.next();
    return { type: "StringLiteral", raw: token.text, value: stringValue(token.text), start, end };
  }
  if (key) throw new LayoutUnsupported(`object key ${token.text}`);
  if (token.kind === "template") {
    c.next();
    const expressions = token.parts!.map((part) => {
      const inner = new TokenCursor(c.source.slice(part.start, part.end), c.offset + part.start);
      const expression = p.expression(inner);
      if (inner.peek().kind !== "eof") throw new LayoutUnsupported("template interpolation");
      return expression;
    });
    return { type: "TemplateLiteral", quasis: token.quasis!, expressions, start, end };
  }
  if (c.is("{")) return parseObject(c, p, false);
  if (c.is("[")) return parseArray(c, p);
  throw new LayoutUnsupported(`expression starting with ${token.text || "the end"}`);
}

function parseArray(c: TokenCursor, p: ParseContext): Expression {
  const start = c.startHere();
  c.expect("[");
  const elements: Expression[] = [];
  while (!c.is("]")) {
    if (c.is(",") || c.is("...")) throw new LayoutUnsupported("array hole or spread");
    elements.push(p.expression(c));
    if (!c.eat(",")) break;
  }
  c.expect("]");
  return { type: "ArrayExpression", elements, start, end: c.endHere() };
}

/** `{ a, b: c }` as an object literal or a destructuring pattern. */
export function parseObject(c: TokenCursor, p: ParseContext, pattern: boolean): ObjectExpression {
  const start = c.startHere();
  c.expect("{");
  const properties: ObjectProperty[] = [];
  while (!c.is("}")) {
    properties.push(parseProperty(c, p, pattern));
    if (!c.eat(",")) break;
  }
  c.expect("}");
  return { type: pattern ? "ObjectPattern" : "ObjectExpression", properties, start, end: c.endHere() };
}

function parseProperty(c: TokenCursor, p: ParseContext, pattern: boolean): ObjectProperty {
  const start = c.startHere();
  if (c.is("...")) throw new LayoutUnsupported("spread property");
  const computed = !pattern && c.eat("[");
  const key = computed ? p.expression(c) : parsePrimary(c, p, true);
  if (computed) c.expect("]");
  if (!computed && key.type === "Identifier" && (c.is(",") || c.is("}"))) {
    if (!pattern && REFUSED_NAMES.has(key.name)) throw new LayoutUnsupported(`shorthand \`${key.name}\``);
    return { type: "Property", key, computed, shorthand: true, value: key, start, end: c.endHere() };
  }
  if (c.is("(")) throw new LayoutUnsupported("object method");
  c.expect(":");
  const value = pattern ? parseBindingName(c, p, false) : p.expression(c);
  return { type: "Property", key, computed, shorthand: false, value, start, end: c.endHere() };
}

/** A binding: a name (with a type annotation when `typed`) or an object pattern. */
export function parseBindingName(c: TokenCursor, p: ParseContext, typed: boolean): Identifier | ObjectExpression {
  if (c.is("{")) {
    const pattern = parseObject(c, p, true);
    if (c.is(":")) throw new LayoutUnsupported("typed pattern");
    return pattern;
  }
  const name = c.expectName();
  if (REFUSED_NAMES.has(name.text) || KEYWORD_LITERALS.has(name.text)) throw new LayoutUnsupported("binding name");
  const start = name.start + c.offset;
  if (typed && c.eat(":")) {
    const typeAnnotation = parseType(c, p);
    return { type: "Identifier", name: name.text, typeAnnotation, start, end: c.endHere() };
  }
  if (c.is("?")) throw new LayoutUnsupported("optional parameter");
  return { type: "Identifier", name: name.text, start, end: c.endHere() };
}

/** A type: names (dotted, with type arguments), string and number literal types, arrays and unions. */
export function parseType(c: TokenCursor, p: ParseContext): TypeNode {
  const start = c.startHere();
  const types: TypeNode[] = [parseArrayType(c, p)];
  while (c.eat("|")) types.push(parseArrayType(c, p));
  return types.length === 1 ? types[0]! : { type: "UnionType", types, start, end: c.endHere() };
}

function parseArrayType(c: TokenCursor, p: ParseContext): TypeNode {
  const start = c.startHere();
  let type = parseTypePrimary(c, p);
  while (c.is("[") && c.is("]", 1)) {
    c.next();
    c.next();
    type = { type: "ArrayType", element: type, start, end: c.endHere() };
  }
  return type;
}

function parseTypePrimary(c: TokenCursor, p: ParseContext): TypeNode {
  const start = c.startHere();
  const token = c.peek();
  if (token.kind === "string" || token.kind === "number") {
    const literal = parsePrimary(c, p);
    if (literal.type !== "StringLiteral" && literal.type !== "NumericLiteral") throw new LayoutUnsupported("type");
    return { type: "LiteralType", literal, start, end: c.endHere() };
  }
  let name = c.expectName().text;
  while (c.eat(".")) name += `.${c.expectName().text}`;
  const args: TypeNode[] = [];
  if (c.eat("<")) {
    do args.push(parseType(c, p));
    while (c.eat(","));
    c.expect(">");
  }
  return { type: "TypeReference", name, args, start, end: c.endHere() };
}
