/** Renders spec changes as text (terminals), Markdown (PR comments) or JSON (other tools), one renderer per format. */
import { CHANGE_CLASSES, type Change, type ChangeLocation } from "./change.js";

/** The output formats of `specforge diff`. */
export type ChangeFormat = "text" | "markdown" | "json";

function where(location: ChangeLocation | null): string {
  if (!location) return "—";
  return location.pointer === ""
    ? `${location.file}:${location.line}`
    : `${location.file}:${location.line} #${location.pointer}`;
}

/** The location that shows a change best: the more specific one (longer pointer), the head's on a tie. */
export function primaryLocation(change: Change): ChangeLocation | null {
  if (!change.base || !change.head) return change.head ?? change.base;
  return change.base.pointer.length > change.head.pointer.length ? change.base : change.head;
}

/** Escapes text for a Markdown table cell. */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[\r\n]+/g, " ")
    .replace(/</g, "&lt;");
}

/** Counts per class. */
export function countByClass(changes: readonly Change[]): Record<Change["class"], number> {
  const counts = { breaking: 0, "potentially-breaking": 0, "non-breaking": 0 };
  for (const c of changes) counts[c.class]++;
  return counts;
}

function renderText(changes: readonly Change[]): string {
  if (changes.length === 0) return "no changes\n";
  const lines = changes.map(
    (c) =>
      `${c.class.padEnd(20)} ${c.rule}  ${c.subject}: ${c.message}\n    base ${where(c.base)}\n    head ${where(c.head)}`,
  );
  const counts = countByClass(changes);
  return `${lines.join("\n")}\n\n${CHANGE_CLASSES.map((k) => `${counts[k]} ${k}`).join(", ")}\n`;
}

/** A Markdown table of changes (class, rule, subject, message, locations). */
export function renderMarkdownTable(changes: readonly Change[]): string {
  const rows = changes.map(
    (c) =>
      `| ${c.class} | \`${c.rule}\` | ${markdownCell(c.subject)} | ${markdownCell(c.message)} | ${markdownCell(where(c.base))} | ${markdownCell(where(c.head))} |`,
  );
  return ["| class | rule | subject | change | base | head |", "|---|---|---|---|---|---|", ...rows].join("\n");
}

function renderMarkdown(changes: readonly Change[]): string {
  if (changes.length === 0) return "No spec changes.\n";
  const counts = countByClass(changes);
  return `**${CHANGE_CLASSES.map((k) => `${counts[k]} ${k}`).join(", ")}**\n\n${renderMarkdownTable(changes)}\n`;
}

function renderJson(changes: readonly Change[]): string {
  return `${JSON.stringify({ changes }, null, 2)}\n`;
}

/** The renderer of each format. */
export const CHANGE_RENDERERS: Readonly<Record<ChangeFormat, (changes: readonly Change[]) => string>> = {
  text: renderText,
  markdown: renderMarkdown,
  json: renderJson,
};
