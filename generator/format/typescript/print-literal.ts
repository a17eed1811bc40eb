/** Literals as prettier writes them: strings in the quote needing fewer escapes, normalized numbers, keys unquoted when safe. */
import { LayoutUnsupported } from "../layout-unsupported.js";
import type { Doc } from "../doc/doc.js";
import type { NumericLiteral, ObjectProperty, StringLiteral } from "./ts-ast.js";
import type { TsPrinter } from "./ts-printer.js";

/** The quote prettier picks for a string's content: double, unless the content holds more double quotes than single. */
function preferredQuote(content: string): '"' | "'" {
  let doubles = 0;
  let singles = 0;
  for (const ch of content) {
    if (ch === '"') doubles++;
    else if (ch === "'") singles++;
  }
  return doubles > singles ? "'" : '"';
}

/** A string literal's source in prettier's quotes, escapes of the other quote dropped. */
export function printString(raw: string): string {
  const content = raw.slice(1, -1);
  const quote = preferredQuote(content);
  if (raw[0] === quote) return raw;
  const other = quote === '"' ? "'" : '"';
  const body = content.replace(/\\(["'\\])|(["'])/g, (match, escaped: string | undefined, bare: string | undefined) => {
    if (escaped) return escaped === other ? other : match;
    return bare === quote ? `\\${bare}` : bare!;
  });
  return `${quote}${body}${quote}`;
}

/** A number literal's source as prettier writes it (lower case, no redundant zeros, signs or exponents). */
export function printNumber(raw: string): string {
  if (raw.length === 1) return raw;
  return raw
    .toLowerCase()
    .replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(?=\d)/, "$1$2")
    .replace(/^([+-]?[\d.]+)e[+-]?0+$/, "$1")
    .replace(/^([+-])?\./, "$10.")
    .replace(/(\.\d+?)0+(?=e|$)/, "$1")
    .replace(/\.(?=e|$)/, "");
}

/** Prints string and number literals. */
export function printLiteral(p: TsPrinter): Doc {
  const node = p.node as StringLiteral | NumericLiteral;
  return node.type === "StringLiteral" ? printString(node.raw) : printNumber(node.raw);
}

/** An ES5 identifier name (prettier unquotes keys that are); non-ASCII names are not decided here. */
function isEs5IdentifierName(name: string): boolean {
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) return true;
  if (/^[\x00-\x7f]*$/.test(name)) return false;
  throw new LayoutUnsupported("non-ASCII object key");
}

/** An object property's key: computed in brackets, a quoted key bare when it is an identifier name. */
export function printPropertyKey(p: TsPrinter): Doc {
  const property = p.node as ObjectProperty;
  const key = property.key;
  if (property.computed) return ["[", p.print(key, "key"), "]"];
  if (
    key.type === "StringLiteral" &&
    isEs5IdentifierName(key.value) &&
    printString(key.raw).slice(1, -1) === key.value
  ) {
    return key.value;
  }
  return p.print(key, "key");
}
