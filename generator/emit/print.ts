/** Prints one file from ts-morph structures, once per file; top-level declarations are separated by a blank line. */
import { jsDocBlock } from "../naming/literals.js";
import { LINE_WIDTH } from "./code-layout.js";
import { printStructure, StructureKind, type StatementStructures } from "ts-morph";

/** Structures ts-morph puts a blank line before. */
const BLOCK_KINDS = new Set<StructureKind>([StructureKind.Function, StructureKind.Class, StructureKind.Interface, StructureKind.Module, StructureKind.Enum]);

/**
 * Text of a whole file from laid-out text and ts-morph structures: the header comment first, imports grouped, a
 * blank line before every text statement, block declaration and after every `}` (as ts-morph's own source-file
 * printer lays structures out).
 *
 * Text is joined as it is, and each structure gets a writer of its own. code-block-writer lexes all it writes to
 * track strings and comments, and misreads valid code: after `"\\"` it takes the string for still open (it reads
 * `\"` as an escaped quote), so a later `"/*"` on the line opens a comment in its eyes, which it then "closes" with a
 * stray `*\/` before the next structure. Spec strings in third-party text (openapi-typescript's literals) can be
 * anything, so no text statement reaches a writer that prints anything after it. Text inside a structure is still
 * lexed: it must be our own, with literals from `quoteString` (which never end in `\\"`).
 */
export function printSourceFile(header: string, statements: (string | StatementStructures)[]): string {
  let text = header;
  statements.forEach((statement, i) => {
    const previous = statements[i - 1];
    const grouped = previous !== undefined && isImport(statement) && isImport(previous);
    const blank = /\}\s*$/.test(text) || (typeof statement === "string" ? i > 0 && !grouped : BLOCK_KINDS.has(statement.kind));
    text = blank ? blankLineIfLastNot(text) : newLineIfLastNot(text);
    text += typeof statement === "string" ? statement.replace(/\r?\n/g, "\n") : printStructure(statement, { indentNumberOfSpaces: 2 });
  });
  return newLineIfLastNot(text).replace(/\n{3,}/g, "\n\n");
}

function newLineIfLastNot(text: string): string {
  return /[\n\r]$/.test(text) ? text : `${text}\n`;
}

function blankLineIfLastNot(text: string): string {
  return /\n\r*\n\r*$/.test(text) ? text : `${newLineIfLastNot(text)}\n`;
}

function isImport(statement: string | StatementStructures): boolean {
  return typeof statement === "string" ? /^(import|export) .* from /.test(statement) : statement.kind === StructureKind.ImportDeclaration;
}

/**
 * A type alias whose type is already laid out (emit/code-layout.ts). Written as a statement of its own: ts-morph's
 * printer would add a hanging indent to every continuation line of the type.
 */
export function typeAliasStatement(options: { name: string; type: string; docs?: string | undefined; exported?: boolean }): string {
  const doc = options.docs ? `${jsDocBlock(options.docs)}\n` : "";
  const head = `${options.exported ? "export " : ""}type ${options.name} =`;
  const type = breakGeneric(options.type, head.length + 1);
  return `${doc}${head}${type.startsWith("\n") ? "" : " "}${type};`;
}

/** `Wrapper<inner>` that does not fit on the line becomes `Wrapper<\n  inner\n>`. */
function breakGeneric(type: string, column: number): string {
  const match = /^([A-Za-z_$][\w$]*)<(.*)>$/.exec(type);
  if (!match || type.includes("\n") || column + type.length + 1 <= LINE_WIDTH) return type;
  return `${match[1]}<\n  ${match[2]}\n>`;
}

/** A `const` declaration whose initializer is already laid out; `type: ""` leaves the type to inference. */
export function constStatement(options: { name: string; type: string; initializer: string }): string {
  return `const ${options.name}${options.type ? `: ${options.type}` : ""} = ${options.initializer};`;
}
