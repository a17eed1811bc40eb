/** Warnings raised while normalizing; the pipeline fills in file, line and column from the pointer. */
import type { Diagnostic } from "../diagnostics.js";

/** A warning about the node at `pointer` in the loaded document. */
export function pointerWarning(pointer: string, code: string, message: string): Diagnostic {
  return { severity: "warning", code, message, location: { file: "", line: 0, column: 0, pointer } };
}
