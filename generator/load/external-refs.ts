/** Finds the `$ref`s of a document that point at other files, and where each one stands. */
import path from "node:path";
import { toPointer } from "./pointer.js";

export interface ExternalRef {
  /** The part before `#` (a relative path or URL). */
  target: string;
  /** The part after `#`, without the `#`. */
  fragment: string;
  /** Pointer of the object holding the `$ref`, inside its own file. */
  at: string[];
}

/** Keys whose values are data, not spec structure: a `$ref` inside them is an example, not a reference. */
const DATA_KEYS = new Set(["example", "examples", "default", "const", "enum", "x-examples"]);

/** Every `$ref` string that leaves the current file, found without recursion. */
export function collectExternalRefs(root: unknown): ExternalRef[] {
  const found: ExternalRef[] = [];
  const stack: { node: unknown; path: string[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    const record = node as Record<string, unknown>;
    const ref = record["$ref"];
    if (typeof ref === "string" && !ref.startsWith("#")) {
      const hash = ref.indexOf("#");
      found.push({
        target: hash < 0 ? ref : ref.slice(0, hash),
        fragment: hash < 0 ? "" : ref.slice(hash + 1),
        at: path,
      });
    }
    for (const key of Object.keys(record)) {
      if (DATA_KEYS.has(key) && !isSchemaMap(path)) continue;
      const child = record[key];
      if (child !== null && typeof child === "object") stack.push({ node: child, path: [...path, key] });
    }
  }
  return found.sort((a, b) => (toPointer(a.at) < toPointer(b.at) ? -1 : 1));
}

/** Inside `properties` a key named `example` is a property name, not example data. */
function isSchemaMap(path: readonly string[]): boolean {
  const last = path[path.length - 1];
  return last === "properties" || last === "patternProperties" || last === "$defs" || last === "definitions";
}

/**
 * True for references that name another host or scheme: `http:`, `https:`, `file:` and any other scheme-qualified
 * reference, network-path references (`//host/…`) and UNC paths (`\\\\host\\…`).
 */
export function hasUrlScheme(target: string): boolean {
  return (/^[a-z][a-z0-9+.-]*:/i.test(target) && !/^[a-z]:[\\/]/i.test(target)) || /^[\\/]{2}/.test(target);
}

/** The absolute path (or URL) a `$ref` target names, relative to the file (or URL) holding it. */
export function resolveRefTarget(base: string, target: string): string {
  if (hasUrlScheme(target)) return target;
  if (hasUrlScheme(base)) return new URL(target, base).href;
  // A backslash is a separator on Windows only; reading it as one everywhere makes `..\\x` mean the same on every OS.
  return path.resolve(path.dirname(base), decodeURIComponentSafe(target).replace(/\\/g, "/"));
}

/** A relative reference's percent escapes decoded; a malformed escape leaves the text as written. */
export function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
