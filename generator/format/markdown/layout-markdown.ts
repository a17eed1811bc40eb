/**
 * README Markdown laid out as prettier (pinned, `PRETTIER_OPTIONS`) formats it, section by section: each `## `
 * section is a pure function of its text, so a cache can keep sections that did not change. A section holding
 * Markdown outside the handled subset comes back `undefined` and is left to prettier.
 */
import { LayoutUnsupported } from "../layout-unsupported.js";
import { PRETTIER_OPTIONS } from "../prettier-options.js";
import { layoutTypeScript } from "../typescript/layout-typescript.js";
import { parseBlocks, type Block } from "./markdown-blocks.js";
import { CODE_NEWLINE, printInline } from "./markdown-inline.js";
import { layoutTable } from "./markdown-table.js";

/** Languages prettier formats nothing of inside a Markdown fence (checked against prettier's own list by a test). */
export const VERBATIM_FENCE_LANGUAGES: ReadonlySet<string> = new Set([
  "",
  "sh",
  "bash",
  "shell",
  "console",
  "text",
  "txt",
  "http",
]);
/** The layout models `proseWrap: "preserve"` and `\n` line ends; other settings leave everything to prettier. */
const MODELLED_OPTIONS =
  (PRETTIER_OPTIONS.proseWrap as string) === "preserve" && (PRETTIER_OPTIONS.endOfLine as string) === "lf";
const TYPESCRIPT_FENCE_LANGUAGES: ReadonlySet<string> = new Set(["ts", "typescript"]);

/** The section as prettier prints it (no final newline), or undefined when it cannot be laid out here. */
export function layoutMarkdownSection(section: string): string | undefined {
  try {
    if (!MODELLED_OPTIONS) throw new LayoutUnsupported("prettier options the layout does not model");
    if (/[\r\u0000]/.test(section)) throw new LayoutUnsupported("carriage return or NUL");
    return parseBlocks(section).map(printBlock).join("\n\n");
  } catch (error) {
    if (error instanceof LayoutUnsupported) return undefined;
    throw error;
  }
}

/** Text with line breaks: text breaks take `indent`, breaks inside code spans stay bare. */
function withBreaks(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`).replaceAll(CODE_NEWLINE, "\n");
}

function printBlock(block: Block): string {
  switch (block.kind) {
    case "comment":
      return block.line;
    case "heading":
      return `${"#".repeat(block.level)} ${printInline(block.text, { inTable: false })}`;
    case "paragraph":
      return withBreaks(printInline(block.text, { inTable: false }), "");
    case "list":
      return block.items
        .map((item, i) => {
          const text = `- ${withBreaks(printInline(item.text, { inTable: false }), "  ")}`;
          return i < block.items.length - 1 ? `${text}\n${item.blankAfter ? "\n" : ""}` : text;
        })
        .join("");
    case "table":
      return layoutTable(block.lines);
    case "fence":
      return printFence(block.lang, block.code);
  }
}

function printFence(lang: string, code: string): string {
  if (code.trim() === "") throw new LayoutUnsupported("empty code block");
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  let body: string;
  if (TYPESCRIPT_FENCE_LANGUAGES.has(lang)) body = layoutTypeScript(code, PRETTIER_OPTIONS.printWidth);
  else if (VERBATIM_FENCE_LANGUAGES.has(lang))
    body = code
      .split("\n")
      .map((line) => line.trimEnd())
      .join("\n");
  else throw new LayoutUnsupported(`code block in ${lang}`);
  return `${fence}${lang}\n${body}\n${fence}`;
}
