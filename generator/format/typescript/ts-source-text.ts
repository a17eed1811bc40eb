/** Questions prettier asks of the original code text: is there a blank line after this node, a line break in that range. */

/** The index after spaces and tabs from `index`. */
function skipSpaces(text: string, index: number): number {
  let i = index;
  while (text[i] === " " || text[i] === "\t") i++;
  return i;
}

/** The index after a `//` comment starting at `index` (or `index` when there is none). */
function skipLineComment(text: string, index: number): number {
  if (!text.startsWith("//", index)) return index;
  const end = text.indexOf("\n", index);
  return end < 0 ? text.length : end;
}

/**
 * True when the line after the one `index` is on is blank, skipping what may follow a node on its line (`,`, `;`,
 * spaces and a trailing comment) — prettier's `isNextLineEmpty`.
 */
export function isNextLineEmpty(text: string, index: number): boolean {
  let i = index;
  while (text[i] === "," || text[i] === ";" || text[i] === " " || text[i] === "\t") i++;
  i = skipLineComment(text, i);
  if (text[i] !== "\n") return false;
  i = skipSpaces(text, i + 1);
  return text[i] === "\n";
}

/** True when a line break lies in `text[start, end)`. */
export function hasNewlineInRange(text: string, start: number, end: number): boolean {
  const at = text.indexOf("\n", start);
  return at >= 0 && at < end;
}

/** True when the rest of the line after `index` is blank and the next line is blank too (a blank line follows). */
export function isBlankLineAfter(text: string, index: number): boolean {
  const i = skipSpaces(text, index);
  if (text[i] !== "\n") return false;
  return text[skipSpaces(text, i + 1)] === "\n";
}
