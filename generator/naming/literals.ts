/** The one quoting helper and the one JSDoc helper: spec text reaches code only through these. */
import { isPlainPropertyName } from "./identifiers.js";

/** Characters that are legal in strings and comments but can hide or reorder code (line terminators, bidi, zero-width). */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * A double-quoted TypeScript string literal holding exactly `value`, with every invisible character escaped. A final
 * backslash is written `\u005c`: ts-morph's writer takes any quote after a backslash for an escaped one, so `"a\\"`
 * would leave it "inside a string" and a later `/*` in another literal would look to it like an open comment.
 */
export function quoteString(value: string): string {
  const json = JSON.stringify(value);
  // JSON.stringify already escapes C0 controls; what is left to escape is DEL and beyond (most strings have none).
  const escaped = BEYOND_PRINTABLE_ASCII.test(json)
    ? json.replace(INVISIBLE, unicodeEscape).replace(/[\ud800-\udfff]/g, (ch) => unicodeEscape(ch))
    : json;
  return escaped.endsWith('\\\\"') ? `${escaped.slice(0, -3)}\\u005c"` : escaped;
}

const BEYOND_PRINTABLE_ASCII = /[^\x00-\x7e]/;

/** A property name for a type literal or interface: bare when safe, quoted otherwise. */
export function propertyName(name: string): string {
  return isPlainPropertyName(name) ? name : quoteString(name);
}

/** A property key for an object literal expression; `__proto__` is computed so it never sets the prototype. */
export function objectKey(name: string): string {
  if (name === "__proto__") return `[${quoteString(name)}]`;
  return propertyName(name);
}

/** A string literal type or value for any JSON value (used for enum/const/default rendering). */
export function literalOf(value: unknown): string {
  if (typeof value === "string") return quoteString(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return quoteString(JSON.stringify(value) ?? "");
}

/**
 * Text safe inside a `/** … *\/` comment: `*\/` cannot close it, line terminators become plain newlines,
 * invisible characters are shown as escapes, and nothing is lost.
 */
export function jsDocText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/\*\//g, "*\\/")
    .replace(
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g,
      unicodeEscape,
    )
    .trim();
}

/** JSDoc text (for ts-morph `docs`) from optional summary, description, extra tags and deprecation. */
export function jsDocLines(parts: {
  summary?: string | undefined;
  description?: string | undefined;
  deprecated?: boolean | undefined;
  tags?: readonly string[];
}): string | undefined {
  const paragraphs: string[] = [];
  if (parts.summary) paragraphs.push(jsDocText(parts.summary));
  if (parts.description && parts.description !== parts.summary) paragraphs.push(jsDocText(parts.description));
  const tags = [...(parts.tags ?? []), ...(parts.deprecated ? ["@deprecated"] : [])];
  if (tags.length > 0) paragraphs.push(tags.join("\n"));
  const text = paragraphs.filter((p) => p !== "").join("\n\n");
  return text === "" ? undefined : text;
}

/** A whole doc comment for text from `jsDocText`/`jsDocLines`: one line when it is one line, else one ` * ` line each. */
export function jsDocBlock(doc: string): string {
  const lines = doc.split("\n");
  if (lines.length === 1) return `/** ${doc} */`;
  return `/**\n${lines.map((line) => (line === "" ? " *" : ` * ${line}`)).join("\n")}\n */`;
}

/**
 * Code text with every invisible character (line separators, bidi controls, zero-width, other controls except tab and
 * newline) written as a `\uXXXX` escape: the same value inside string literals, plain text inside comments. For code
 * produced by other tools (openapi-typescript), which leave such characters raw.
 */
export function escapeInvisibleCharacters(code: string): string {
  return code
    .replace(/\r\n?/g, "\n")
    .replace(
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g,
      unicodeEscape,
    );
}

/** Text for a `//` comment: one line, no terminators, invisible characters escaped. */
export function lineCommentText(text: string): string {
  return text.replace(/\r\n?|[\n\u2028\u2029\u0085]/g, " ").replace(INVISIBLE, unicodeEscape);
}

/** Members every object has (lib.es5's `Object`): TypeScript types a literal's entry under one of these keys from them. */
const OBJECT_MEMBERS = new Set([
  "constructor",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
]);

/**
 * `key: value` for an object literal. Under a key named like a member every object has (`constructor`,
 * `toString`, …) TypeScript looks up that member instead of the index signature for the value's contextual type,
 * so `"integer"` would widen to `string`; such values are written `as const` to carry their own literal types.
 */
export function objectEntry(key: string, valueCode: string, value: unknown): string {
  const selfTyped = OBJECT_MEMBERS.has(key) && value !== null && value !== undefined;
  return `${objectKey(key)}: ${valueCode}${selfTyped ? " as const" : ""}`;
}

/**
 * A lazy reference to a generated constant, written `() => name` by `toCodeLiteral`: data that refers to itself
 * (recursive XML shapes) or to constants declared later. Only identifiers are accepted, so no spec text gets through.
 */
export class LazyReference {
  constructor(readonly name: string) {
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) throw new Error(`Not an identifier: ${JSON.stringify(name)}`);
  }
}

/** A TypeScript expression for plain data: objects (keys via `objectKey`), arrays, strings, numbers, booleans, null. */
export function toCodeLiteral(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value instanceof LazyReference) return `() => ${value.name}`;
  if (value === null || typeof value === "boolean") return String(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "string") return quoteString(value);
  if (Array.isArray(value)) return `[${value.map(toCodeLiteral).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{ ${entries.map(([k, v]) => objectEntry(k, toCodeLiteral(v), v)).join(", ")} }`;
  }
  return "undefined";
}
