/** Number formatting shared by the stdout tables, BENCHMARKS.md and the chart. */
import type { Stats } from "./measure.js";
import type { Measurement } from "./measurement.js";

/** 734 ms, 1.52 s, 21.4 s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** Median with the range of the runs: `1.52 s (1.48–1.60 s, n=5)`. */
export function formatWall(stats: Stats): string {
  if (stats.n === 0) return "n/a (no successful run)";
  if (stats.n === 1) return formatMs(stats.median);
  return `${formatMs(stats.median)} (${formatMs(stats.min).replace(/ m?s$/, "")}–${formatMs(stats.max)})`;
}

/** A table cell for one measurement: its wall time, or that it failed and why. */
export function formatTimeCell(m: Measurement | undefined): string {
  if (!m) return "—";
  if (m.wall.n === 0) return escapeCell(`**failed**: ${m.failures[0] ?? "no run"}`);
  return `${formatWall(m.wall)}${m.failures.length ? ` (${m.failures.length} failed)` : ""}`;
}

/** Text made safe for one markdown table cell. */
export function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** Markdown inline code that survives backticks in the text. */
export function inlineCode(text: string): string {
  return text.includes("`") ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** Median peak RSS: `412 MiB`. */
export function formatMiB(stats: Stats): string {
  return stats.n === 0 ? "n/a" : `${Math.round(stats.median)} MiB`;
}

/** `2.15×` (a ratio of two medians), or `n/a` when either is missing. */
export function formatRatio(numerator: number, denominator: number): string {
  const value = numerator / denominator;
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : "n/a";
}

/** `12.3 %`. */
export function formatShare(part: number, whole: number): string {
  return Number.isFinite(part) && whole > 0 ? `${((part / whole) * 100).toFixed(1)} %` : "n/a";
}

/** A markdown table (also what stdout shows: it reads fine as plain text). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ("l" | "r")[] = [],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const cell = (text: string, i: number) =>
    (align[i] ?? "l") === "r" ? text.padStart(widths[i]!) : text.padEnd(widths[i]!);
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => cell(c, i)).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => ((align[i] ?? "l") === "r" ? `${"-".repeat(Math.max(1, w - 1))}:` : "-".repeat(w))).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}
