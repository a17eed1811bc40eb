/**
 * Statements of README example code, with their `//` comments: own-line comments lead the next statement, and a
 * comment after a statement on its last line trails it. Comments anywhere else are refused.
 */
import { LayoutUnsupported } from "../layout-unsupported.js";
import type {
  BlockStatement,
  Comment,
  Identifier,
  ImportSpecifier,
  ObjectExpression,
  Statement,
  StringLiteral,
  VariableDeclaration,
} from "./ts-ast.js";
import { parseExpression } from "./ts-parse-expression.js";
import { parseBindingName, parsePrimary, type ParseContext } from "./ts-parse-primary.js";
import { TokenCursor } from "./ts-parser-base.js";

const context: ParseContext = {
  expression: (c) => parseExpression(c, context),
  block: (c) => parseBlock(c),
};

/** The statements of a code example; throws `LayoutUnsupported` for anything outside the handled language. */
export function parseProgram(source: string): Statement[] {
  const c = new TokenCursor(source);
  const body = parseStatementList(c, "eof");
  if (c.peekRaw().kind !== "eof") throw new LayoutUnsupported("unexpected code");
  return body;
}

function parseStatementList(c: TokenCursor, end: "eof" | "}"): Statement[] {
  const body: Statement[] = [];
  for (;;) {
    const leading: Comment[] = [];
    while (c.peekRaw().kind === "comment") leading.push(takeComment(c));
    const next = c.peekRaw();
    if (next.kind === "eof" || (end === "}" && next.text === "}")) {
      if (leading.length > 0) throw new LayoutUnsupported("comment at the end of a block");
      return body;
    }
    const statement: Statement = parseStatement(c);
    if (leading.length > 0) statement.leadingComments = leading;
    const after = c.peekRaw();
    if (after.kind === "comment" && !after.newlineBefore) statement.trailingComment = takeComment(c);
    body.push(statement);
  }
}

function takeComment(c: TokenCursor): Comment {
  const token = c.peekRaw();
  c.index++;
  return { text: token.text.trimEnd(), start: token.start, end: token.end };
}

/** `{ … }`. */
export function parseBlock(c: TokenCursor): BlockStatement {
  const start = c.startHere();
  c.expect("{");
  const body = parseStatementList(c, "}");
  c.expect("}");
  return { type: "BlockStatement", body, start, end: c.endHere() };
}

function parseStatement(c: TokenCursor): Statement {
  const start = c.startHere();
  const done = <T extends object>(node: T): T & { start: number; end: number } => ({
    ...node,
    start,
    end: c.endHere(),
  });
  if (c.is("{")) return parseBlock(c);
  if (c.is("import")) return parseImport(c, start);
  if (c.is("const") || c.is("let") || c.is("var")) {
    const declaration = parseDeclaration(c, true);
    endStatement(c);
    return { ...declaration, end: c.endHere() };
  }
  if (c.is("return") || c.is("throw")) {
    const type = c.next().text === "return" ? "ReturnStatement" : "ThrowStatement";
    const next = c.peekRaw();
    const ends = next.kind === "eof" || next.kind === "comment" || next.newlineBefore || c.is(";") || c.is("}");
    const argument = ends ? undefined : context.expression(c);
    endStatement(c);
    return done({ type, argument });
  }
  if (c.eat("if")) {
    c.expect("(");
    const test = context.expression(c);
    c.expect(")");
    const consequent = parseStatement(c);
    const alternate = c.eat("else") ? parseStatement(c) : undefined;
    return done({ type: "IfStatement", test, consequent, alternate });
  }
  if (c.eat("for")) {
    const isAwait = c.eat("await");
    c.expect("(");
    const left = parseDeclaration(c, false);
    c.expect("of");
    const right = context.expression(c);
    c.expect(")");
    return done({ type: "ForOfStatement", await: isAwait, left, right, body: parseStatement(c) });
  }
  if (c.eat("try")) {
    const block = parseBlock(c);
    c.expect("catch");
    let param: Identifier | undefined;
    if (c.eat("(")) {
      const binding = parseBindingName(c, context, false);
      if (binding.type !== "Identifier") throw new LayoutUnsupported("catch pattern");
      param = binding;
      c.expect(")");
    }
    const handler = parseBlock(c);
    if (c.is("finally")) throw new LayoutUnsupported("finally");
    return done({ type: "TryStatement", block, param, handler });
  }
  if (c.is("function") || (c.is("async") && c.is("function", 1))) return parseFunction(c, start);
  const expression = context.expression(c);
  endStatement(c);
  return done({ type: "ExpressionStatement", expression });
}

/** A statement's end: `;`, or a line break, `}` or the end of the code (automatic semicolon insertion). */
function endStatement(c: TokenCursor): void {
  if (c.eat(";")) return;
  const next = c.peekRaw();
  if (next.kind === "template") throw new LayoutUnsupported("template after a statement");
  if (
    next.kind === "eof" ||
    next.kind === "comment" ||
    next.newlineBefore ||
    (next.kind === "punct" && next.text === "}")
  )
    return;
  throw new LayoutUnsupported(`expected ; in code, found ${next.text}`);
}

function parseDeclaration(c: TokenCursor, withInit: boolean): VariableDeclaration {
  const start = c.startHere();
  const kind = c.next().text;
  const id = parseBindingName(c, context, true);
  const init = withInit && c.eat("=") ? context.expression(c) : undefined;
  if (c.is(",")) throw new LayoutUnsupported("several declarators");
  return { type: "VariableDeclaration", kind, id, init, start, end: c.endHere() };
}

function parseImport(c: TokenCursor, start: number): Statement {
  c.expect("import");
  if (c.is("type") && c.is("{", 1)) throw new LayoutUnsupported("import type");
  c.expect("{");
  const specifiers: ImportSpecifier[] = [];
  while (!c.is("}")) {
    const specStart = c.startHere();
    const typeOnly = c.is("type") && c.peek(1).kind === "name" && !c.is("as", 1) ? (c.next(), true) : false;
    const imported = c.expectName().text;
    const local = c.eat("as") ? c.expectName().text : imported;
    specifiers.push({ imported, local, typeOnly, start: specStart, end: c.endHere() });
    if (!c.eat(",")) break;
  }
  c.expect("}");
  c.expect("from");
  const source = parsePrimary(c, context);
  if (source.type !== "StringLiteral") throw new LayoutUnsupported("import source");
  endStatement(c);
  return { type: "ImportDeclaration", specifiers, source: source as StringLiteral, start, end: c.endHere() };
}

function parseFunction(c: TokenCursor, start: number): Statement {
  const isAsync = c.eat("async");
  c.expect("function");
  const name = c.expectName().text;
  const params: (Identifier | ObjectExpression)[] = [];
  c.expect("(");
  while (!c.is(")")) {
    params.push(parseBindingName(c, context, true));
    if (!c.eat(",")) break;
  }
  c.expect(")");
  if (c.is(":")) throw new LayoutUnsupported("return type");
  return { type: "FunctionDeclaration", async: isAsync, name, params, body: parseBlock(c), start, end: c.endHere() };
}
