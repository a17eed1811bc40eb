/**
 * Inline Markdown (paragraph, heading, list-item and table-cell text) printed as prettier prints it with
 * `proseWrap: "preserve"`: text as written with runs of spaces collapsed, `*em*` as `_em_`, code spans, links and
 * autolinks as written. Only a small, unambiguous subset is accepted; anything else throws `LayoutUnsupported`.
 */
import { LayoutUnsupported } from "../layout-unsupported.js";

/** Where the text sits: table cells escape `|` in code and must stay on one line. */
export interface InlineContext {
  readonly inTable: boolean;
}

/** Marks a line break inside a code span: printed as a bare newline, where text line breaks get the block's indent. */
export const CODE_NEWLINE = "\u0000";

const AUTOLINK = /^<(?:https?:\/\/|mailto:)[^\s<>\\]*>/i;
const LINK = /^\[([^[\]\n]*)\]\(([A-Za-z0-9\-._~:/?#@!$'*+,;=%]+)\)/;
const SPACE = /[ \n]/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const CLOSER_FOLLOWER = /^(?:$|[ \n.,;:!?)])/;

/** Prints `text` (lines joined by `\n`, indentation beyond the container's kept); line breaks stay `\n`. */
export function printInline(text: string, context: InlineContext): string {
  if ((text.match(/\$/g)?.length ?? 0) > 1) throw new LayoutUnsupported("possible math span");
  if (/\{[%{]/.test(text)) throw new LayoutUnsupported("possible template tag");
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const rest = text.slice(i);
    if (ch === "\\") {
      if (i + 1 >= text.length || text[i + 1] === "\n") throw new LayoutUnsupported("hard line break");
      const escapes = ASCII_PUNCTUATION.test(text[i + 1]!);
      out += escapes ? text.slice(i, i + 2) : "\\";
      i += escapes ? 2 : 1;
    } else if (ch === "`") {
      const span = codeSpan(text, i, context);
      out += span.printed;
      i = span.end;
    } else if (ch === "<") {
      const link = AUTOLINK.exec(rest);
      if (!link) throw new LayoutUnsupported("raw HTML or unusual autolink");
      out += link[0];
      i += link[0].length;
    } else if (ch === "[") {
      const link = LINK.exec(rest);
      if (!link) throw new LayoutUnsupported("brackets that are not a plain link");
      out += `[${printInline(link[1]!, context)}](${link[2]!})`;
      i += link[0].length;
    } else if (ch === "*" || ch === "_") {
      const span = emphasis(text, i, context);
      out += span.printed;
      i = span.end;
    } else if (ch === " ") {
      while (text[i] === " ") i++;
      out += " ";
    } else if ((ch === "!" && text[i + 1] === "[") || ch === "~" || ch === "\t" || ch === CODE_NEWLINE) {
      throw new LayoutUnsupported(`inline ${JSON.stringify(ch)}`);
    } else if (ch === "\n") {
      if (context.inTable) throw new LayoutUnsupported("line break in a table cell");
      out += "\n";
      i++;
      while (text[i] === " ") i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** A one-backtick code span starting at `at`, printed as written. */
function codeSpan(text: string, at: number, context: InlineContext): { printed: string; end: number } {
  if (text[at + 1] === "`") throw new LayoutUnsupported("code span with a longer fence");
  const close = text.indexOf("`", at + 1);
  if (close < 0 || text[close + 1] === "`") throw new LayoutUnsupported("unclosed or unusual code span");
  const content = text.slice(at + 1, close);
  if (content === "" || SPACE.test(content[0]!) || SPACE.test(content.at(-1)!)) {
    throw new LayoutUnsupported("code span with edge spaces");
  }
  if (context.inTable && content.includes("\\") && !/^(?:[^\\]|\\\|)*$/.test(content)) {
    throw new LayoutUnsupported("backslash in a table code span");
  }
  return { printed: `\`${content.replace(/\n/g, CODE_NEWLINE)}\``, end: close + 1 };
}

const isAlphanumeric = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * `**strong**`, `*em*` or `_em_` between spaces (or the ends), an underscore inside a word, or a lone run of `*` or
 * `_` (nothing to pair with). Strong prints as written; emphasis prints with underscores, as prettier writes
 * emphasis that is not inside a word.
 */
function emphasis(text: string, at: number, context: InlineContext): { printed: string; end: number } {
  const ch = text[at]!;
  let run = 1;
  while (text[at + run] === ch) run++;
  const before = text[at - 1];
  if (ch === "_" && run === 1 && isAlphanumeric(before) && isAlphanumeric(text[at + 1]))
    return { printed: "_", end: at + 1 };
  // A lone run of its character cannot open or close anything: it is text.
  if (!text.slice(0, at).includes(ch) && !text.slice(at + run).includes(ch))
    return { printed: ch.repeat(run), end: at + run };
  const next = text[at + run];
  if (
    run > 2 ||
    (before !== undefined && !SPACE.test(before)) ||
    next === undefined ||
    SPACE.test(next) ||
    next === "*" ||
    next === "_"
  ) {
    throw new LayoutUnsupported("emphasis delimiter in an unusual place");
  }
  const delimiter = ch.repeat(run);
  const close = text.indexOf(delimiter, at + run);
  const inner = close < 0 ? "" : text.slice(at + run, close);
  const last = inner.at(-1);
  if (
    close < 0 ||
    text[close + run] === ch ||
    inner.includes("\n") ||
    inner.includes("\\\\") ||
    /(?<!\\)[*_]/.test(inner) ||
    last === undefined ||
    SPACE.test(last) ||
    last === "\\" ||
    !CLOSER_FOLLOWER.test(text.slice(close + run))
  ) {
    throw new LayoutUnsupported("emphasis that is not a plain span");
  }
  const printed = printInline(inner, context);
  const mark = run === 2 ? "**" : "_";
  return { printed: `${mark}${printed}${mark}`, end: close + run };
}
