/** Turns diagnostics into the text users read: `file:line:col  code  message`, the pointer and a code frame. */
import { readFileSync } from "node:fs";
import { formatDiagnostic, renderCodeFrame, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import type { SourceFile } from "./load/source-file.js";

/** Text of a file a diagnostic names (when the loader could not hand it over), or undefined. */
function readQuietly(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Adds a code frame to each diagnostic whose file is among `files`. */
export function attachCodeFrames(diagnostics: readonly Diagnostic[], files: readonly SourceFile[]): Diagnostic[] {
  const texts = new Map(files.map((f) => [f.displayPath, f.text]));
  return sortDiagnostics(diagnostics).map((d) => {
    if (d.location.line <= 0) return d;
    const text = texts.get(d.location.file) ?? readQuietly(d.location.file);
    return text === undefined ? d : { ...d, frame: renderCodeFrame(text, d.location.line, d.location.column) };
  });
}

/** All diagnostics as one block of text, followed by a count. */
export function formatReport(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const summary = [
    errors ? `${errors} error${errors === 1 ? "" : "s"}` : "",
    warnings ? `${warnings} warning${warnings === 1 ? "" : "s"}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  return `${diagnostics.map(formatDiagnostic).join("\n\n")}\n\n${summary}\n`;
}
