import ts from "typescript";
import { describe, expect, it } from "vitest";
import { StructureKind } from "ts-morph";
import { printSourceFile } from "../../generator/emit/print.js";
import {
  jsDocText,
  LazyReference,
  lineCommentText,
  objectKey,
  quoteString,
  toCodeLiteral,
} from "../../generator/naming/literals.js";
import { layoutLiteral } from "../../generator/emit/code-layout.js";

/** Every token TypeScript sees in `code`, so a test can prove a hostile string stays one token. */
function tokens(code: string): ts.SyntaxKind[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, code);
  const kinds: ts.SyntaxKind[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) kinds.push(kind);
  return kinds;
}

const HOSTILE = [
  `"; process.exit(1); "`,
  "`${process.exit(1)}`",
  "a\u2028b\u2029c",
  "line\nbreak\r\n",
  "bidi \u202e reversed \u2066",
  "zero\u200bwidth",
  "*/ alert(1) /*",
  '\\"',
  "lone \ud800 surrogate",
];

describe("quoteString", () => {
  it.each(HOSTILE)("keeps %j one string token with the same value", (value) => {
    const literal = quoteString(value);
    expect(tokens(literal)).toEqual([ts.SyntaxKind.StringLiteral]);
    expect(JSON.parse(literal)).toBe(value);
    expect(literal).not.toMatch(/[\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b]/);
  });
});

describe("quoteString inside printed files", () => {
  it("a literal never ends in an escaped backslash, so ts-morph's writer cannot lose track and take /* for a comment", () => {
    const value = "toString/*\\";
    expect(quoteString(value)).toBe('"toString/*\\u005c"');
    const statement = `const spec = {\n  a: ${quoteString(value)},\n  b: ${quoteString("*/x")},\n};`;
    const printed = printSourceFile("// header", [
      statement,
      { kind: StructureKind.Class, name: "Next", isExported: true },
    ]);
    expect(printed).toContain("\nexport class Next {");
    expect(printed).not.toContain("*/export");
  });
});

describe("jsDocText", () => {
  it.each(HOSTILE)("cannot close the comment: %j", (value) => {
    const comment = `/** ${jsDocText(value)} */ const x = 1;`;
    expect(tokens(comment)).toEqual([
      ts.SyntaxKind.ConstKeyword,
      ts.SyntaxKind.Identifier,
      ts.SyntaxKind.EqualsToken,
      ts.SyntaxKind.NumericLiteral,
      ts.SyntaxKind.SemicolonToken,
    ]);
  });
});

describe("lineCommentText", () => {
  it.each(HOSTILE)("stays on one line: %j", (value) => {
    const code = `// ${lineCommentText(value)}\nconst x = 1;`;
    expect(tokens(code)[0]).toBe(ts.SyntaxKind.ConstKeyword);
  });
});

describe("toCodeLiteral", () => {
  it("writes values under keys every object has (constructor, toString, …) as const, so their literal types survive", () => {
    expect(toCodeLiteral({ constructor: { type: "integer" }, toString: "s", ok: "o", valueOf: null })).toBe(
      `{ constructor: { type: "integer" } as const, toString: "s" as const, ok: "o", valueOf: null }`,
    );
  });

  it("renders data with safe keys", () => {
    expect(toCodeLiteral({ a: 1, "x-y": [true, null, "s"], __proto__x: undefined })).toBe(
      `{ a: 1, "x-y": [true, null, "s"] }`,
    );
    expect(objectKey("__proto__")).toBe(`["__proto__"]`);
  });
  it("never sets a prototype through a key", () => {
    const data = JSON.parse(`{"__proto__": {"polluted": true}}`) as Record<string, unknown>;
    const value = new Function(`return ${toCodeLiteral(data)};`)() as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(["__proto__"]);
  });

  it("writes a lazy reference as an arrow to the constant, on one line however long, and accepts only identifiers", () => {
    const data = { items: { name: "category", ref: new LazyReference("categoryXml") } };
    expect(toCodeLiteral(data)).toBe(`{ items: { name: "category", ref: () => categoryXml } }`);
    expect(layoutLiteral({ ref: new LazyReference(`a${"b".repeat(120)}`) }, 0)).toBe(
      `{\n  ref: () => a${"b".repeat(120)},\n}`,
    );
    for (const bad of ["a b", "x; alert(1)", "", "1a", "a-b"])
      expect(() => new LazyReference(bad)).toThrow(/Not an identifier/);
  });
});
