/** Collects located diagnostics for WADL and XSD elements: file:line:col of the element or of one attribute. */
import type { Diagnostic } from "../../diagnostics.js";
import type { SourceFile } from "../source-file.js";
import type { XmlElement } from "./xml-tree.js";

/** Every problem found while converting; conversion goes on to report them all, then fails as a whole. */
export class XmlProblems {
  readonly list: Diagnostic[] = [];

  /** An error at `element`, or at its attribute `attribute` when given and present. */
  error(element: XmlElement, code: string, message: string, attribute?: string): void {
    const offset = attribute !== undefined ? (element.attributeOffsets[attribute] ?? element.offset) : element.offset;
    this.list.push(
      diagnosticAt(element.file, offset, code, message, attribute ? `${element.path}/@${attribute}` : element.path),
    );
  }

  /** An error at a character offset of a file (parse errors). */
  errorAt(file: SourceFile, offset: number, code: string, message: string): void {
    this.list.push(diagnosticAt(file, offset, code, message, ""));
  }

  get failed(): boolean {
    return this.list.length > 0;
  }
}

function diagnosticAt(file: SourceFile, offset: number, code: string, message: string, pointer: string): Diagnostic {
  const { line, column } = file.positionAt(offset);
  return { severity: "error", code, message, location: { file: file.displayPath, line, column, pointer } };
}
