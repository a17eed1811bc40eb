/** Diagnostics: every problem the generator reports names a file, line, column and JSON pointer. */

export type Severity = "error" | "warning";

/** Where a problem is: a file position plus the JSON pointer of the node in that file. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  pointer: string;
}

export interface Diagnostic {
  severity: Severity;
  /** Stable, kebab-case code, e.g. `duplicate-operation-id`. */
  code: string;
  message: string;
  location: SourceLocation;
  /** Lines of source around the location, with a caret; filled in by the reporter. */
  frame?: string;
}

/** Thrown by a stage that cannot continue; carries every problem collected so far. */
export class DiagnosticError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(`${diagnostics.length} problem(s) found`);
    this.name = "DiagnosticError";
    this.diagnostics = diagnostics;
  }
}

/** Builds a diagnostic with a location that has no line information yet (line 1, column 1). */
export function fileDiagnostic(file: string, code: string, message: string, severity: Severity = "error"): Diagnostic {
  return { severity, code, message, location: { file, line: 1, column: 1, pointer: "" } };
}

/** Sorts diagnostics by file, line, column and code so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareText(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}

/** Plain code-unit comparison; never locale-dependent, so output is identical on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Characters a terminal or editor acts on instead of showing: controls (but tab and newline), line separators, bidi. */
const UNSHOWABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text from a spec, made safe to print: every unshowable character becomes a visible `\uXXXX` escape. */
export function showableText(text: string): string {
  return text.replace(UNSHOWABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Renders `file:line:col  code  message`, the pointer and the code frame; spec text cannot drive the terminal. */
export function formatDiagnostic(d: Diagnostic): string {
  const { file, line, column, pointer } = d.location;
  const head = `${file}:${line}:${column}  ${d.severity === "warning" ? "warning " : ""}${d.code}  ${d.message}`;
  const lines = [head, `    at ${pointer === "" ? "#" : `#${pointer}`}`];
  if (d.frame) lines.push(d.frame);
  return lines.map(showableText).join("\n");
}

/** Renders a code frame: up to two lines before, the line itself and a caret under the column. */
export function renderCodeFrame(text: string, line: number, column: number): string {
  const all = text.split(/\r\n|\r|\n/);
  const first = Math.max(1, line - 2);
  const last = Math.min(all.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const source = clip(all[n - 1] ?? "");
    const marker = n === line ? ">" : " ";
    out.push(`  ${marker} ${String(n).padStart(width)} | ${source}`);
    if (n === line) out.push(`    ${" ".repeat(width)} | ${" ".repeat(Math.max(0, Math.min(column - 1, 160)))}^`);
  }
  return out.join("\n");
}

function clip(line: string): string {
  const visible = line.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, "?");
  return visible.length > 160 ? `${visible.slice(0, 160)}…` : visible;
}
