// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Error bodies that are text: an HTML page (a framework's debug-mode error page) becomes readable text. */

import { mediaEssence } from "./decode.js";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const TRACEBACK_START = /^Traceback(?: \(most recent call last\))?:$/;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** True when the body is an HTML page: by Content-Type, or by its first tag when the type says nothing useful. */
export function isHtmlBody(text: string, contentType: string | null): boolean {
  if (HTML_TYPES.has(mediaEssence(contentType))) return true;
  return /^\s*<(?:!doctype\s+html|html)[\s>]/i.test(text);
}

/**
 * The message of a text error body. Plain text stays as it is. An HTML page gives its `Traceback:` section (up to
 * the closing `</textarea>`, as Django's debug page writes it), else the page's text without tags; HTML entities are
 * unescaped in both.
 */
export function htmlErrorText(text: string, contentType: string | null): string {
  if (!isHtmlBody(text, contentType)) return text;
  const traceback = tracebackSection(text);
  return unescapeHtml(traceback ?? stripTags(text)).trim();
}

function tracebackSection(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => TRACEBACK_START.test(line.trim()));
  if (start < 0) return undefined;
  const out: string[] = [];
  for (const line of lines.slice(start)) {
    const end = line.indexOf("</textarea>");
    if (end >= 0) {
      out.push(line.slice(0, end));
      break;
    }
    out.push(line);
  }
  return out.join("\n");
}

function stripTags(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<[^>]*>/g, "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line, i, all) => line !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n");
}

/** Replaces character references (`&lt;`, `&#39;`, `&#x27;`, …); unknown names stay as written. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code =
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}
