/**
 * GitHub tables aligned as prettier aligns them: every cell printed, padded to its column's widest cell (at least 3,
 * widths measured as prettier measures them), the delimiter row rebuilt from the columns' alignment.
 */
import { LayoutUnsupported } from "../layout-unsupported.js";
import { textWidth } from "../text-width.js";
import { printInline } from "./markdown-inline.js";

type Align = "none" | "left" | "right" | "center";

const DELIMITER_CELL = /^:?-+:?$/;

/** True when `line` is a table delimiter row (`| --- | :-: |`). */
export function isDelimiterRow(line: string): boolean {
  const cells = splitRow(line);
  return cells !== undefined && cells.length > 0 && cells.every((cell) => DELIMITER_CELL.test(cell));
}

/** The trimmed cells of a `| a | b |` row, or undefined when the line is not one. */
function splitRow(line: string): string[] | undefined {
  const row = line.trimEnd();
  if (!row.startsWith("|") || !row.endsWith("|") || row.length < 2 || /(?<!\\)(?:\\\\)*\\\|$/.test(row))
    return undefined;
  const cells: string[] = [];
  let cell = "";
  for (let i = 1; i < row.length - 1; i++) {
    const ch = row[i]!;
    if (ch === "\\" && i + 1 < row.length - 1) {
      cell += row.slice(i, i + 2);
      i++;
    } else if (ch === "|") {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

function alignmentOf(delimiter: string): Align {
  const left = delimiter.startsWith(":");
  const right = delimiter.endsWith(":");
  return left && right ? "center" : left ? "left" : right ? "right" : "none";
}

/** The table's lines (header, delimiter, body rows) as prettier prints them. */
export function layoutTable(lines: readonly string[]): string {
  const rows = lines.map((line) => splitRow(line) ?? fail("table row"));
  const header = rows[0]!;
  const aligns = rows[1]!.map(alignmentOf);
  if (rows.some((row) => row.length !== header.length) || aligns.length !== header.length) fail("ragged table");
  const printed = [header, ...rows.slice(2)].map((row) =>
    row.map((cell) => {
      const text = printInline(cell, { inTable: true });
      return { text, width: textWidth(text) };
    }),
  );
  const widths = header.map((_, column) => Math.max(3, ...printed.map((row) => row[column]!.width)));
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  const pad = (row: readonly { text: string; width: number }[]): string[] =>
    row.map(({ text, width }, column) => {
      const spaces = widths[column]! - width;
      const align = aligns[column]!;
      const before = align === "right" ? spaces : align === "center" ? Math.floor(spaces / 2) : 0;
      return `${" ".repeat(before)}${text}${" ".repeat(spaces - before)}`;
    });
  const delimiter = widths.map((width, column) => {
    const align = aligns[column]!;
    const first = align === "center" || align === "left" ? ":" : "-";
    const last = align === "center" || align === "right" ? ":" : "-";
    return `${first}${"-".repeat(width - 2)}${last}`;
  });
  return [line(pad(printed[0]!)), line(delimiter), ...printed.slice(1).map((row) => line(pad(row)))].join("\n");
}

function fail(reason: string): never {
  throw new LayoutUnsupported(reason);
}
