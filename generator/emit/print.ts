/** Prints one ts-morph source-file structure to text, once per file. */
import { printStructure, StructureKind, type SourceFileStructure, type StatementStructures } from "ts-morph";

/** Text of a whole file built from structures (the header comment first). */
export function printSourceFile(header: string, statements: (string | StatementStructures)[]): string {
  const structure: SourceFileStructure = { kind: StructureKind.SourceFile, statements: [header, ...statements] };
  return printStructure(structure, { indentNumberOfSpaces: 2 });
}
