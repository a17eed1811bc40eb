/** Prints one file from ts-morph structures, once per file; top-level declarations are separated by a blank line. */
import { jsDocBlock } from "../naming/literals.js";
import { LINE_WIDTH } from "./code-layout.js";
import { printStructure, StructureKind, type SourceFileStructure, type StatementStructures } from "ts-morph";

/** Text of a whole file built from structures (the header comment first, imports grouped). */
export function printSourceFile(header: string, statements: (string | StatementStructures)[]): string {
  const spaced: (string | StatementStructures)[] = [header];
  statements.forEach((statement, i) => {
    const previous = statements[i - 1];
    const separate = i > 0 && !(isImport(statement) && previous !== undefined && isImport(previous));
    spaced.push(separate && typeof statement === "string" ? `\n${statement}` : statement);
  });
  const structure: SourceFileStructure = { kind: StructureKind.SourceFile, statements: spaced };
  return printStructure(structure, { indentNumberOfSpaces: 2 }).replace(/\n{3,}/g, "\n\n");
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
