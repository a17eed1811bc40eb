/** Statements as prettier prints them: sequences keep one blank line, blocks indent, clauses break after `)` when long. */
import {
  breakParent,
  group,
  hardline,
  ifBreak,
  indent,
  join,
  line,
  lineSuffix,
  softline,
  type Doc,
} from "../doc/doc.js";
import { LayoutUnsupported } from "../layout-unsupported.js";
import { printAssignment } from "./print-assignment.js";
import type { Expression, Statement, UnaryExpression } from "./ts-ast.js";
import type { NodePrinter, TsPrinter } from "./ts-printer.js";
import { isBlankLineAfter, isNextLineEmpty } from "./ts-source-text.js";

/** Statements one per line, a blank line kept (at most one) where the code had one; comments attached. */
export function printStatementSequence(p: TsPrinter, statements: readonly Statement[], key: string): Doc[] {
  const parts: Doc[] = [];
  statements.forEach((statement, i) => {
    parts.push(printWithComments(p, statement, key));
    if (i === statements.length - 1) return;
    parts.push(hardline);
    if (isNextLineEmpty(p.source, statement.end)) parts.push(hardline);
  });
  return parts;
}

function printWithComments(p: TsPrinter, statement: Statement, key: string): Doc {
  const leading = (statement.leadingComments ?? []).map((comment) => [
    comment.text,
    hardline,
    isBlankLineAfter(p.source, comment.end) ? hardline : "",
  ]);
  const trailing = statement.trailingComment ? [lineSuffix([" ", statement.trailingComment.text]), breakParent] : "";
  return [leading, p.print(statement, key), trailing];
}

const BARE_EMPTY_BLOCK_PARENTS = new Set(["ArrowFunctionExpression", "FunctionDeclaration", "TryStatement:handler"]);

const printBlock: NodePrinter = (p) => {
  const block = p.node as Extract<Statement, { type: "BlockStatement" }>;
  if (block.body.length > 0)
    return ["{", indent([hardline, printStatementSequence(p, block.body, "body")]), hardline, "}"];
  const parent = p.parent;
  const bare =
    parent && (BARE_EMPTY_BLOCK_PARENTS.has(parent.type) || BARE_EMPTY_BLOCK_PARENTS.has(`${parent.type}:${p.key}`));
  return bare ? "{}" : ["{", hardline, "}"];
};

/** A clause body: a block after a space, a statement indented on the next line when it does not fit. */
function printClause(p: TsPrinter, body: Statement, key: string): Doc {
  const doc = p.print(body, key);
  if (body.type === "BlockStatement" || (body.type === "IfStatement" && key === "alternate")) return [" ", doc];
  return indent([line, doc]);
}

/** `!(a && b)` conditions stay inline; anything else may break inside the parentheses. */
function printCondition(p: TsPrinter, test: Expression): Doc {
  const doc = p.print(test, "test");
  return isInlineCondition(test) ? doc : group([indent([softline, doc]), softline]);
}

function isInlineCondition(test: Expression): boolean {
  if (test.type !== "UnaryExpression" || test.operator !== "!") return false;
  const inner = (test as UnaryExpression).argument;
  const unwrapped = inner.type === "UnaryExpression" && inner.operator === "!" ? inner.argument : inner;
  return unwrapped.type === "LogicalExpression";
}

const printIf: NodePrinter = (p) => {
  const node = p.node as Extract<Statement, { type: "IfStatement" }>;
  const opening = group(["if (", printCondition(p, node.test), ")", printClause(p, node.consequent, "consequent")]);
  if (!node.alternate) return opening;
  const isBlock = node.consequent.type === "BlockStatement";
  return [opening, isBlock ? " " : hardline, "else", group(printClause(p, node.alternate, "alternate"))];
};

const printForOf: NodePrinter = (p) => {
  const node = p.node as Extract<Statement, { type: "ForOfStatement" }>;
  const left = p.print(node.left, "left");
  const right = p.print(node.right, "right");
  return group(["for", node.await ? " await" : "", " (", left, " of ", right, ")", printClause(p, node.body, "body")]);
};

const printVariableDeclaration: NodePrinter = (p) => {
  const node = p.node as Extract<Statement, { type: "VariableDeclaration" }>;
  const inFor = p.parent?.type === "ForOfStatement";
  const assignment = printAssignment(p, p.print(node.id, "id"), " =", node.init, "init");
  return group([node.kind, " ", assignment, inFor ? "" : ";"]);
};

const printImport: NodePrinter = (p) => {
  const node = p.node as Extract<Statement, { type: "ImportDeclaration" }>;
  const specifiers = node.specifiers.map(
    (s) => `${s.typeOnly ? "type " : ""}${s.imported}${s.local !== s.imported ? ` as ${s.local}` : ""}`,
  );
  if (specifiers.length === 0) throw new LayoutUnsupported("empty import");
  const list =
    specifiers.length === 1
      ? ["{ ", specifiers[0]!, " }"]
      : group(["{", indent([line, join([",", line], specifiers)]), ifBreak(","), line, "}"]);
  return ["import ", list, " from ", p.print(node.source, "source"), ";"];
};

const printReturnOrThrow: NodePrinter = (p) => {
  const node = p.node as Extract<Statement, { type: "ReturnStatement" | "ThrowStatement" }>;
  const word = node.type === "ThrowStatement" ? "throw" : "return";
  if (!node.argument) return [word, ";"];
  const argument = p.print(node.argument, "argument");
  const binaryish = node.argument.type === "BinaryExpression" || node.argument.type === "LogicalExpression";
  const wrapped = binaryish ? group([ifBreak("("), indent([softline, argument]), softline, ifBreak(")")]) : argument;
  return [word, " ", wrapped, ";"];
};

const printTry: NodePrinter = (p) => {
  const node = p.node as Extract<Statement, { type: "TryStatement" }>;
  const param = node.param ? ["(", p.print(node.param, "param"), ") "] : "";
  return ["try ", p.print(node.block, "block"), " catch ", param, p.print(node.handler, "handler")];
};

const printExpressionStatement: NodePrinter = (p) => {
  const node = p.node as Extract<Statement, { type: "ExpressionStatement" }>;
  return [p.print(node.expression, "expression"), ";"];
};

/** Printers of every statement type. */
export const STATEMENT_PRINTERS: Readonly<Record<string, NodePrinter>> = {
  BlockStatement: printBlock,
  IfStatement: printIf,
  ForOfStatement: printForOf,
  VariableDeclaration: printVariableDeclaration,
  ImportDeclaration: printImport,
  ReturnStatement: printReturnOrThrow,
  ThrowStatement: printReturnOrThrow,
  TryStatement: printTry,
  ExpressionStatement: printExpressionStatement,
};
