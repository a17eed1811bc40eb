/** Finds where each start tag (and its attributes) begins in raw XML text, since fast-xml-parser keeps no positions. */

/** Offset of one start tag and of each of its attributes' names. */
export interface TagPosition {
  offset: number;
  attributes: Record<string, number>;
}

const NAME_START = /[A-Za-z_:\u00c0-\uffff]/;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

/** Start tags in document order (the order of a pre-order walk of the parsed tree), and the first one nested too deep. */
export function scanStartTags(text: string, maxDepth: number): { tags: TagPosition[]; tooDeep?: number } {
  const tags: TagPosition[] = [];
  let depth = 0;
  let tooDeep: number | undefined;
  let at = text.indexOf("<");
  while (at !== -1) {
    const skipTo = skippedSection(text, at);
    if (skipTo !== undefined) {
      at = text.indexOf("<", skipTo);
      continue;
    }
    if (NAME_START.test(text[at + 1] ?? "")) {
      const end = tagEnd(text, at);
      tags.push({ offset: at, attributes: attributeOffsets(text.slice(at, end), at) });
      if (text[end - 2] !== "/" && ++depth > maxDepth) tooDeep ??= at;
      at = text.indexOf("<", end);
    } else {
      if (text[at + 1] === "/") depth--;
      at = text.indexOf("<", at + 1);
    }
  }
  return tooDeep === undefined ? { tags } : { tags, tooDeep };
}

/** Where a comment, CDATA section, processing instruction or declaration ends; undefined for other markup. */
function skippedSection(text: string, at: number): number | undefined {
  const close = (marker: string, closing: string) =>
    text.startsWith(marker, at) ? endOf(text, closing, at + marker.length) : undefined;
  return close("<!--", "-->") ?? close("<![CDATA[", "]]>") ?? close("<?", "?>") ?? close("<!", ">");
}

function endOf(text: string, closing: string, from: number): number {
  const found = text.indexOf(closing, from);
  return found === -1 ? text.length : found + closing.length;
}

/** The offset just past a start tag's `>`, skipping quoted attribute values. */
function tagEnd(text: string, at: number): number {
  let quote: string | undefined;
  for (let i = at + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i + 1;
  }
  return text.length;
}

function attributeOffsets(tag: string, base: number): Record<string, number> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const match of tag.matchAll(ATTRIBUTE)) out[match[1]!] ??= base + match.index;
  return out;
}
