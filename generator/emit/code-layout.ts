/**
 * Layout of generated code without a formatter pass: data literals and unions break across lines only when
 * they do not fit, with two-space indentation — the printers' own output is then final.
 */
import { LazyReference, objectEntry, objectKey, toCodeLiteral } from "../naming/literals.js";

/** Target line width of generated code. */
export const LINE_WIDTH = 100;

/**
 * A TypeScript expression for plain data (objects, arrays, strings, numbers, booleans, null), on one line when
 * it fits in `LINE_WIDTH` after `column` characters, else one entry per line, recursively.
 */
export function layoutLiteral(value: unknown, column = 0, indent = ""): string {
  const flat = toCodeLiteral(value);
  if (
    column + flat.length <= LINE_WIDTH ||
    value === null ||
    typeof value !== "object" ||
    value instanceof LazyReference
  )
    return flat;
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((item) => layoutLiteral(item, inner.length, inner))
    : Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => objectEntry(k, layoutLiteral(v, inner.length + objectKey(k).length + 2, inner), v));
  if (entries.length === 0) return flat;
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${open}\n${entries.map((e) => `${inner}${e},`).join("\n")}\n${indent}${close}`;
}

/** `A | B | C` on one line when it fits after `column`, else one member per line with a leading `|`. */
export function layoutUnion(members: readonly string[], column = 0, indent = ""): string {
  const flat = members.join(" | ");
  if (members.length < 2 || (column + flat.length <= LINE_WIDTH && !flat.includes("\n"))) return flat;
  return members.map((m) => `\n${indent}  | ${m.replace(/\n/g, `\n${indent}    `)}`).join("");
}

/** `{ a: A; b?: B }` as a block with one member per line (members may carry a JSDoc block above them). */
export function layoutTypeLiteral(members: readonly string[], indent = ""): string {
  if (members.length === 0) return "{}";
  const inner = `${indent}  `;
  return `{\n${members
    .map((m) =>
      m
        .split("\n")
        .map((line) => `${inner}${line}`)
        .join("\n"),
    )
    .join("\n")}\n${indent}}`;
}

/** `import`/`export { a, b } from "x";` on one line when it fits, else one name per line. */
export function layoutNamedList(keyword: string, names: readonly string[], from: string): string {
  const flat = `${keyword} { ${names.join(", ")} } from ${from};`;
  if (flat.length <= LINE_WIDTH) return flat;
  return `${keyword} {\n${names.map((n) => `  ${n},`).join("\n")}\n} from ${from};`;
}
