/** Prints one file from ts-morph structures, once per file; top-level declarations are separated by a blank line. */
import { jsDocBlock } from "../naming/literals.js";
import { LINE_WIDTH } from "./code-layout.js";
import { printStructure, StructureKind, type StatementStructures } from "ts-morph";

/** Structures ts-morph puts a blank line before. */
const BLOCK_KINDS = new Set<StructureKind>([
  StructureKind.Function,
  StructureKind.Class,
  StructureKind.Interface,
  StructureKind.Module,
  StructureKind.Enum,
]);

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
  const parts = [header];
  statements.forEach((statement, i) => {
    const previous = statements[i - 1];
    const grouped = previous !== undefined && isImport(statement) && isImport(previous);
    // Only the last pieces are looked at, never the joined text: a whole-text regex (or indexing a string built
    // with +=) per statement made printing quadratic in the file's size (seconds for a 2 MB types.ts).
    const { end, before } = tailOf(parts);
    const blank =
      before === "}" || (typeof statement === "string" ? i > 0 && !grouped : BLOCK_KINDS.has(statement.kind));
    parts.push(blank ? blankLineSuffix(end) : newLineSuffix(end));
    parts.push(
      typeof statement === "string"
        ? statement.replace(/\r?\n/g, "\n")
        : printStructure(statement, { indentNumberOfSpaces: 2 }),
    );
  });
  parts.push(newLineSuffix(tailOf(parts).end));
  return parts.join("").replace(/\n{3,}/g, "\n\n");
}

/** The whitespace the joined pieces end with, and the character before it. */
function tailOf(parts: readonly string[]): { end: string; before: string | undefined } {
  let end = "";
  for (let k = parts.length - 1; k >= 0; k--) {
    const piece = parts[k]!;
    let start = piece.length;
    while (start > 0 && /\s/.test(piece[start - 1]!)) start--;
    end = piece.slice(start) + end;
    if (start > 0) return { end, before: piece[start - 1] };
  }
  return { end, before: undefined };
}

/** What to append so the text ends with a line break, given its trailing whitespace. */
function newLineSuffix(end: string): string {
  return /[\n\r]$/.test(end) ? "" : "\n";
}

/** What to append so the text ends with a blank line, given its trailing whitespace. */
function blankLineSuffix(end: string): string {
  return /\n\r*\n\r*$/.test(end) ? "" : `${newLineSuffix(end)}\n`;
}

function isImport(statement: string | StatementStructures): boolean {
  return typeof statement === "string"
    ? /^(import|export) .* from /.test(statement)
    : statement.kind === StructureKind.ImportDeclaration;
}

/**
 * A type alias whose type is already laid out (emit/code-layout.ts). Written as a statement of its own: ts-morph's
 * printer would add a hanging indent to every continuation line of the type.
 */
export function typeAliasStatement(options: {
  name: string;
  type: string;
  docs?: string | undefined;
  exported?: boolean;
}): string {
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
