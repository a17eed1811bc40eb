/**
 * Spec text in the README. Prose (descriptions) stays Markdown — emphasis, lists, links and code spans work — but
 * cannot add raw HTML, dangerous links or headings above the README's own; one-liners (titles, table cells) are
 * literal except for their code spans; code spans and fences hold text exactly.
 */

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const SAFE_AUTOLINK = /^<(?:https?:\/\/|mailto:)[^\s<>]*>/i;
/** Link destinations left alone: web and mail URLs, fragments, and relative paths (no other scheme, no entities). */
const SAFE_DESTINATION = "(?:https?:|mailto:|[#/.?]|[\\w-]+(?:[/.#?)]|\\s|$))";

/**
 * Plain spec text (titles, summaries) as literal Markdown: characters Markdown or HTML would interpret are
 * backslash-escaped, and line terminators become spaces, so the text shows as written and cannot add markup.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029\u0085]+/g, " ")
    .replace(CONTROLS, "")
    .replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`);
}

/** A Markdown code span holding `text` exactly (table-safe: `|` is escaped, which GitHub also applies inside code). */
export function codeSpan(text: string): string {
  const flat = text
    .replace(/[\r\n\u2028\u2029\u0085]+/g, " ")
    .replace(CONTROLS, "")
    .replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** One line of spec text (a table cell, a summary): literal like `markdownText`, but its code spans stay code spans. */
export function inlineMarkdown(text: string): string {
  const flat = text
    .replace(/[\r\n\u2028\u2029\u0085]+/g, " ")
    .replace(CONTROLS, "")
    .trim();
  return splitCodeSpans(flat, false)
    .map((part) => (part.code ? part.text.replace(/\|/g, "\\|") : markdownText(part.text)))
    .join("");
}

/**
 * A spec description as a Markdown block: raw HTML is escaped (`\<`) outside code, links to script/data URLs are
 * disarmed, headings are moved below the README's own (`#` → `####`), and a fence left open is closed.
 */
export function markdownProse(text: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of text.replace(LINE_BREAKS, "\n").replace(CONTROLS, "").split("\n")) {
    if (fence !== undefined) {
      out.push(line);
      if (new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`).test(line)) fence = undefined;
      continue;
    }
    const open = /^(`{3,}|~{3,})(.*)$/.exec(line);
    if (open && !(open[1]!.startsWith("`") && open[2]!.includes("`"))) {
      fence = open[1]!;
      out.push(line);
      continue;
    }
    out.push(proseLine(line));
  }
  if (fence !== undefined) out.push(fence);
  return out.join("\n").trim();
}

function proseLine(line: string): string {
  const heading = /^ {0,3}(#{1,6})(?=[ \t]|$)/.exec(line);
  let text = heading ? `${"#".repeat(Math.min(6, heading[1]!.length + 3))}${line.slice(heading[0].length)}` : line;
  if (/^ {0,3}=+\s*$/.test(text)) text = text.replace("=", "\\=");
  text = text.replace(new RegExp(`^( {0,3})\\[(?=[^\\]]*\\]:(?![\\s<]*${SAFE_DESTINATION}))`, "i"), "$1\\[");
  return splitCodeSpans(text, true)
    .map((part) => (part.code ? part.text : escapeHtml(part.text)))
    .join("");
}

/** Outside code: `<` is escaped unless it starts a web or mail autolink; links to other schemes (`javascript:`) are disarmed. */
function escapeHtml(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\" && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      out += ch + text[i + 1]!;
      i++;
    } else if (ch === "<") {
      const link = SAFE_AUTOLINK.exec(text.slice(i));
      out += link ? link[0] : "\\<";
      if (link) i += link[0].length - 1;
    } else out += ch;
  }
  return out.replace(new RegExp(`\\]\\((?![\\s<]*${SAFE_DESTINATION})`, "gi"), "]\\(");
}

interface Part {
  text: string;
  code: boolean;
}

/**
 * Splits one line into text and code spans as CommonMark does: a run of backticks opens a span closed by the next run
 * of the same length; with `backslashEscapes`, `\`` is an escaped backtick, and safe autolinks are skipped whole.
 */
export function splitCodeSpans(line: string, backslashEscapes: boolean): Part[] {
  const parts: Part[] = [];
  let text = "";
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (backslashEscapes && ch === "\\" && i + 1 < line.length) {
      text += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    const link = backslashEscapes && ch === "<" ? SAFE_AUTOLINK.exec(line.slice(i)) : null;
    if (link) {
      text += link[0];
      i += link[0].length;
      continue;
    }
    if (ch !== "`") {
      text += ch;
      i++;
      continue;
    }
    const run = /^`+/.exec(line.slice(i))![0];
    const close = findClosingRun(line, i + run.length, run.length);
    if (close < 0) {
      text += run;
      i += run.length;
      continue;
    }
    if (text !== "") parts.push({ text, code: false });
    text = "";
    parts.push({ text: line.slice(i, close + run.length), code: true });
    i = close + run.length;
  }
  if (text !== "") parts.push({ text, code: false });
  return parts;
}

function findClosingRun(line: string, from: number, length: number): number {
  const runs = /`+/g;
  runs.lastIndex = from;
  for (let m = runs.exec(line); m; m = runs.exec(line)) if (m[0].length === length) return m.index;
  return -1;
}

/** A GitHub table; cells must already be Markdown (escaped with the helpers above). */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/\n/g, " ")).join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A fenced code block whose fence is longer than any backtick run at a line start of `code`. */
export function fencedCode(info: string, code: string): string {
  const longest = Math.max(2, ...(code.match(/^ *`+/gm) ?? []).map((run) => run.trim().length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${info}\n${code}\n${fence}`;
}
