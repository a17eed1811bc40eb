/**
 * Text width in columns as prettier measures it (East Asian wide and fullwidth characters and emoji count 2,
 * combining marks and control characters 0), so README tables and code line up where prettier puts them.
 * Characters that can join into multi-character emoji sequences are not measured: their width depends on the
 * sequence, so layout gives up and leaves that text to prettier.
 */
import { LayoutUnsupported } from "./layout-unsupported.js";
import { WIDTH_RANGES } from "./text-width-table.js";

/** ZWJ, variation selectors, keycap, regional indicators, skin tones, tags: parts of emoji sequences. */
const SEQUENCE_PARTS = /[\u200d\ufe0e\ufe0f\u20e3\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;
/** Prettier's fast path: text of U+0020–U+007F only is as wide as it is long (DEL counts 1 there, 0 elsewhere). */
const ASCII_ONLY = /^[\x20-\x7f]*$/;

/** The width of one code point: 0, 1 or 2. */
function codePointWidth(codePoint: number): number {
  let low = 0;
  let high = WIDTH_RANGES.length / 3 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (codePoint < WIDTH_RANGES[mid * 3]!) high = mid - 1;
    else if (codePoint > WIDTH_RANGES[mid * 3 + 1]!) low = mid + 1;
    else return WIDTH_RANGES[mid * 3 + 2]!;
  }
  return 1;
}

/** Columns `text` takes when prettier prints it; throws `LayoutUnsupported` for emoji sequences. */
export function textWidth(text: string): number {
  if (ASCII_ONLY.test(text)) return text.length;
  if (SEQUENCE_PARTS.test(text)) throw new LayoutUnsupported("emoji sequence");
  let width = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    width += codePoint === 0x7f ? 0 : codePointWidth(codePoint);
  }
  return width;
}
