/**
 * README example code laid out as prettier (pinned, `PRETTIER_OPTIONS`) lays out TypeScript: parsed, printed to a
 * doc by rules that follow prettier's, and printed in the line width. Code outside the handled language throws
 * `LayoutUnsupported`, and its README section goes to prettier instead.
 */
import { printDoc } from "../doc/print-doc.js";
import { LayoutUnsupported } from "../layout-unsupported.js";
import { printBinaryish } from "./print-binary.js";
import { printCallExpression } from "./print-call.js";
import {
  printAs,
  printAssignmentExpression,
  printIdentifier,
  printKeyword,
  printTemplate,
  printType,
  printUnary,
} from "./print-expression.js";
import { printArrowFunction, printFunctionDeclaration } from "./print-function.js";
import { printLiteral } from "./print-literal.js";
import { printMemberExpression } from "./print-member.js";
import { printArray, printObject, printProperty } from "./print-object.js";
import { printStatementSequence, STATEMENT_PRINTERS } from "./print-statement.js";
import { parseProgram } from "./ts-parse-statement.js";
import { TsPrinter, type NodePrinter } from "./ts-printer.js";

const PRINTERS: Readonly<Record<string, NodePrinter>> = {
  ...STATEMENT_PRINTERS,
  FunctionDeclaration: printFunctionDeclaration,
  ArrowFunctionExpression: printArrowFunction,
  Identifier: printIdentifier,
  StringLiteral: printLiteral,
  NumericLiteral: printLiteral,
  KeywordLiteral: printKeyword,
  TemplateLiteral: printTemplate,
  ObjectExpression: printObject,
  ObjectPattern: printObject,
  Property: printProperty,
  ArrayExpression: printArray,
  MemberExpression: printMemberExpression,
  CallExpression: printCallExpression,
  NewExpression: printCallExpression,
  AwaitExpression: printUnary,
  UnaryExpression: printUnary,
  BinaryExpression: printBinaryish,
  LogicalExpression: printBinaryish,
  AssignmentExpression: printAssignmentExpression,
  AsExpression: printAs,
  TypeReference: printType,
  LiteralType: printType,
  UnionType: printType,
  ArrayType: printType,
};

/** The code as prettier's TypeScript formatting prints it in `width` columns (without a final newline). */
export function layoutTypeScript(code: string, width: number): string {
  const statements = parseProgram(code);
  if (statements.length === 0) throw new LayoutUnsupported("empty code block");
  const printer = new TsPrinter(code, PRINTERS, width);
  return printDoc(printStatementSequence(printer, statements, "body"), width);
}
