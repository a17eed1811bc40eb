/** Tokens of README example code. Anything outside the small language the layout handles is refused. */
import { LayoutUnsupported } from "../layout-unsupported.js";

/** What a token is. */
export type TokenKind = "name" | "number" | "string" | "template" | "punct" | "comment" | "eof";

/** One token, with its place in the source. */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** A line break between the previous token and this one. */
  readonly newlineBefore: boolean;
  /** Template literals: the raw text between the `${…}` parts, and where each part's expression is. */
  readonly quasis?: readonly string[];
  readonly parts?: readonly { start: number; end: number }[];
}

const PUNCTUATORS = ["...", "===", "!==", "=>", "==", "!=", "&&", "||", "??", "?.", "{", "}", "(", ")", "[", "]"]
  .concat([";", ",", "<", ">", "+", "-", "*", "%", "!", "?", ":", "=", ".", "|", "&"])
  .sort((a, b) => b.length - a.length);
const NAME = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const NUMBER = /(?:0[xX][0-9a-fA-F_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d[\d_]*)?)n?(?![A-Za-z0-9_$])/y;

/** The tokens of `source`; throws `LayoutUnsupported` for regular expressions, block comments, `\r` and the like. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let newline = false;
  const push = (kind: TokenKind, end: number, extra: Partial<Token> = {}): void => {
    tokens.push({ kind, text: source.slice(i, end), start: i, end, newlineBefore: newline, ...extra });
    newline = false;
    i = end;
  };
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === "\n") {
      newline = true;
      i++;
    } else if (ch === " " || ch === "\t") i++;
    else if (source.startsWith("//", i)) {
      const end = source.indexOf("\n", i);
      push("comment", end < 0 ? source.length : end);
    } else if (ch === '"' || ch === "'") push("string", stringEnd(source, i));
    else if (ch === "`") {
      const template = scanTemplate(source, i);
      push("template", template.end, { quasis: template.quasis, parts: template.parts });
    } else if (/[0-9]/.test(ch)) push("number", matchAt(NUMBER, source, i, "number"));
    else if (/[A-Za-z_$]/.test(ch)) push("name", matchAt(NAME, source, i, "name"));
    else {
      const punct = PUNCTUATORS.find((p) => source.startsWith(p, i));
      if (!punct) throw new LayoutUnsupported(`character ${JSON.stringify(ch)} in code`);
      push("punct", i + punct.length);
    }
  }
  tokens.push({ kind: "eof", text: "", start: source.length, end: source.length, newlineBefore: newline });
  return tokens;
}

function matchAt(pattern: RegExp, source: string, at: number, what: string): number {
  pattern.lastIndex = at;
  const match = pattern.exec(source);
  if (!match) throw new LayoutUnsupported(`${what} in code`);
  return at + match[0].length;
}

/** The offset after a string literal starting at `at`. */
function stringEnd(source: string, at: number): number {
  const quote = source[at]!;
  for (let i = at + 1; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      if (source[i + 1] === "\n" || source[i + 1] === undefined) break;
      i++;
    } else if (ch === quote) return i + 1;
    else if (ch === "\n") break;
  }
  throw new LayoutUnsupported("unterminated or multi-line string");
}

/** A template literal starting at `at`: its raw quasis, the spans of its `${…}` expressions, and where it ends. */
function scanTemplate(
  source: string,
  at: number,
): { end: number; quasis: string[]; parts: { start: number; end: number }[] } {
  const quasis: string[] = [];
  const parts: { start: number; end: number }[] = [];
  let quasi = "";
  for (let i = at + 1; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      quasi += source.slice(i, i + 2);
      i++;
    } else if (ch === "`") {
      quasis.push(quasi);
      return { end: i + 1, quasis, parts };
    } else if (ch === "$" && source[i + 1] === "{") {
      quasis.push(quasi);
      quasi = "";
      const close = interpolationEnd(source, i + 2);
      parts.push({ start: i + 2, end: close });
      i = close;
    } else quasi += ch;
  }
  throw new LayoutUnsupported("unterminated template literal");
}

/** The offset of the `}` closing a `${` whose expression starts at `at` (strings skipped; nested templates refused). */
function interpolationEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "'" || ch === '"') i = stringEnd(source, i) - 1;
    else if (ch === "`" || ch === "\n" || source.startsWith("//", i)) break;
    else if (ch === "{") depth++;
    else if (ch === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  throw new LayoutUnsupported("template interpolation");
}

/** The value of a string literal's source text (escapes decoded). */
export function stringValue(raw: string): string {
  return raw
    .slice(1, -1)
    .replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_all, escape: string) => {
      if (escape.startsWith("u{")) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
      if (/^[ux][0-9a-fA-F]/.test(escape)) return String.fromCharCode(parseInt(escape.slice(1), 16));
      const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", "0": "\0" };
      if (/^[1-9]$/.test(escape)) throw new LayoutUnsupported("octal escape");
      return simple[escape] ?? escape;
    });
}
