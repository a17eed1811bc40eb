/**
 * The blocks of a README section, for the subset of Markdown the layout handles: an HTML comment line, ATX headings,
 * paragraphs, `-` lists of one-paragraph items, fenced code and tables. Anything that could parse as something
 * else (setext underlines, quotes, other list markers, indented code, HTML) throws `LayoutUnsupported`.
 */
import { LayoutUnsupported } from "../layout-unsupported.js";
import { isDelimiterRow } from "./markdown-table.js";

/** One block of a section. */
export type Block =
  | { readonly kind: "comment"; readonly line: string }
  | { readonly kind: "heading"; readonly level: number; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly ListItem[] }
  | { readonly kind: "fence"; readonly lang: string; readonly code: string }
  | { readonly kind: "table"; readonly lines: readonly string[] };

/** One `-` item: its text (continuation lines unindented) and whether a blank line separated it from the next. */
export interface ListItem {
  readonly text: string;
  readonly blankAfter: boolean;
}

const BLANK = /^ *$/;
const HEADING = /^(#{1,6}) +(.*?) *$/;
const FENCE = /^(`{3,})([A-Za-z0-9_+-]*)$/;
const ITEM = /^- (?=\S)/;
/** Line starts that begin (or may begin) another block, or that prettier would join to the previous line. */
const BLOCK_START =
  /^(?:[-+*](?: |$)|\d+[.)](?: |$)|#{1,6}(?: |$)|>|<|`{3}|~{3}|\||\$\$|=+ *$|-+ *$|\*{3}|_{3}|[*_ -]*$)/;

/** Splits a section into blocks; throws `LayoutUnsupported` for Markdown outside the handled subset. */
export function parseBlocks(section: string): Block[] {
  const lines = section.split("\n");
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (BLANK.test(line)) {
      i++;
      continue;
    }
    if (/^ /.test(line)) throw new LayoutUnsupported("indented block");
    const fence = FENCE.exec(line);
    if (fence) i = readFence(lines, i, fence[1]!.length, fence[2]!, blocks);
    else if (line.startsWith("<!--") && line.trimEnd().endsWith("-->") && !line.slice(4, -3).includes("-->")) {
      blocks.push({ kind: "comment", line: line.trimEnd() });
      i++;
    } else if (HEADING.test(line)) {
      const [, hashes, text] = HEADING.exec(line)!;
      if (text === "" || text!.endsWith("#")) throw new LayoutUnsupported("unusual heading");
      blocks.push({ kind: "heading", level: hashes!.length, text: text! });
      i++;
    } else if (line.startsWith("|") && i + 1 < lines.length && isDelimiterRow(lines[i + 1]!)) {
      let end = i + 2;
      while (end < lines.length && lines[end]!.startsWith("|")) end++;
      if (end < lines.length && !BLANK.test(lines[end]!)) throw new LayoutUnsupported("table followed by text");
      blocks.push({ kind: "table", lines: lines.slice(i, end) });
      i = end;
    } else if (ITEM.test(line)) i = readList(lines, i, blocks);
    else i = readParagraph(lines, i, blocks);
  }
  return blocks;
}

function readFence(lines: readonly string[], start: number, length: number, lang: string, blocks: Block[]): number {
  const close = new RegExp(`^ {0,3}\`{${length},} *$`);
  for (let end = start + 1; end < lines.length; end++) {
    if (!close.test(lines[end]!)) continue;
    blocks.push({ kind: "fence", lang, code: lines.slice(start + 1, end).join("\n") });
    return end + 1;
  }
  throw new LayoutUnsupported("unclosed code fence");
}

/**
 * The lines of a paragraph (or item text) from `start`: until a blank line, a new item or the end. Continuation
 * lines lose the container's indentation (a list item's two columns) and keep the rest: prettier drops it from text
 * but keeps it inside code spans.
 */
function readText(
  lines: readonly string[],
  start: number,
  firstText: string,
  inList: boolean,
): { text: string; end: number } {
  const parts = [checkLine(firstText)];
  let end = start + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (BLANK.test(line) || (inList && ITEM.test(line))) break;
    const indent = /^ */.exec(line)![0].length;
    parts.push(" ".repeat(inList ? Math.max(0, indent - 2) : indent) + checkLine(line.slice(indent)));
  }
  return { text: parts.join("\n"), end };
}

/** A text line without its trailing space; refuses hard line breaks (two trailing spaces) and block starts. */
function checkLine(text: string): string {
  if (/ {2,}$/.test(text)) throw new LayoutUnsupported("hard line break");
  if (BLOCK_START.test(text)) throw new LayoutUnsupported(`line starting a block: ${text.slice(0, 20)}`);
  return text.replace(/ $/, "");
}

function readParagraph(lines: readonly string[], start: number, blocks: Block[]): number {
  const { text, end } = readText(lines, start, lines[start]!, false);
  blocks.push({ kind: "paragraph", text });
  return end;
}

function readList(lines: readonly string[], start: number, blocks: Block[]): number {
  const items: { text: string; blankAfter: boolean }[] = [];
  let i = start;
  while (i < lines.length && ITEM.test(lines[i]!)) {
    const { text, end } = readText(lines, i, lines[i]!.slice(2), true);
    let next = end;
    while (next < lines.length && BLANK.test(lines[next]!)) next++;
    const continues = next < lines.length && ITEM.test(lines[next]!);
    if (next > end && next < lines.length && /^ /.test(lines[next]!))
      throw new LayoutUnsupported("list item with several blocks");
    items.push({ text, blankAfter: continues && next > end });
    i = continues ? next : end;
  }
  blocks.push({ kind: "list", items });
  return i;
}
