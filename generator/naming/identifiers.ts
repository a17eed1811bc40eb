/**
 * The one naming module: every identifier that reaches generated code is made here from spec text.
 * Output is always `[A-Za-z_$][A-Za-z0-9_$]*`, never a reserved word, and deterministic.
 */
import { toCamelCase, toPascalCase } from "./words.js";

/** Words that cannot be identifiers, or that break generated code when used as one. */
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "as implements interface let package private protected public static yield await async of any boolean never " +
    "number object string symbol unknown undefined bigint type declare module namespace require keyof readonly " +
    "infer is asserts unique global abstract accessor satisfies out constructor arguments eval NaN Infinity"
  ).split(" "),
);

/** Member names that would shadow Object/Promise behaviour on generated classes and objects. */
const UNSAFE_MEMBERS = new Set([
  "then",
  "constructor",
  "__proto__",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "toJSON",
  "client",
]);

/** Type names that would shadow globals used by generated code. */
const UNSAFE_TYPES = new Set([
  "Array",
  "Blob",
  "Date",
  "Error",
  "File",
  "Function",
  "Map",
  "Object",
  "Promise",
  "Record",
  "Response",
  "Request",
  "Set",
  "String",
  "Number",
  "Boolean",
  "Symbol",
  "ReadableStream",
  "Uint8Array",
  "ArrayBuffer",
  "FormData",
  "Headers",
  "URL",
  "Partial",
  "Required",
  "Readonly",
  "Pick",
  "Omit",
  "NonNullable",
  "Readable",
  "Writable",
  "paths",
  "components",
  "operations",
  "webhooks",
]);

/**
 * A lower camelCase member name (method or property) from spec text; `fallback` when nothing usable remains.
 * Reserved words are fine as member names (`client.items.delete()`); members that change how objects behave
 * (`then`, `constructor`, `__proto__`, …) get a trailing underscore.
 */
export function toMemberName(text: string, fallback: string): string {
  let name = toCamelCase(text);
  if (name === "") name = fallback;
  if (/^[0-9]/.test(name)) name = `_${name}`;
  if (UNSAFE_MEMBERS.has(name)) name = `${name}_`;
  return name;
}

/** A lower camelCase name for a local variable or constant: reserved words also get a trailing underscore. */
export function toVariableName(text: string, fallback: string): string {
  const name = toMemberName(text, fallback);
  return RESERVED.has(name) ? `${name}_` : name;
}

/** An UpperCamelCase type or class name from spec text. */
export function toTypeName(text: string, fallback: string): string {
  let name = toPascalCase(text);
  if (name === "") name = fallback;
  if (/^[0-9]/.test(name)) name = `T${name}`;
  if (RESERVED.has(name) || UNSAFE_TYPES.has(name)) name = `${name}_`;
  return name;
}

/** True when `text` can be written as a bare property name in a type or object literal. */
export function isPlainPropertyName(text: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text) && text !== "__proto__";
}

/** Returns `base`, or `base2`, `base3`, … — the first that is not taken — and records it. */
export function claimUniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}
