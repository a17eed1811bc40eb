/** Text artefacts: doc comments on argument members, README escaping and examples, dependency versions. */
import { describe, expect, it } from "vitest";
import { installedVersion } from "../../generator/emit/emit-package-json.js";
import { codeSpan, emitReadme, markdownText } from "../../generator/emit/emit-readme.js";
import { argumentsTypeText } from "../../generator/emit/operation-types.js";
import { jsDocBlock } from "../../generator/naming/literals.js";
import { normalizeApi } from "../../generator/normalize/normalize.js";
import { makeOperation } from "../normalize/op-factory.js";

describe("jsDocBlock", () => {
  it.each([
    ["One line.", "/** One line. */"],
    ["Use `after`.\n\n@deprecated", "/**\n * Use `after`.\n *\n * @deprecated\n */"],
  ])("%j → %j", (doc, want) => {
    expect(jsDocBlock(doc)).toBe(want);
  });

  it("formats multi-line argument docs as a block", () => {
    const param = {
      name: "cursor",
      in: "query" as const,
      key: "cursor",
      required: false,
      style: "form" as const,
      explode: true,
      allowReserved: false,
      deprecated: true,
      description: "Use */ `after`.",
      type: { root: "paths" as const, keys: ["/x", "get", "parameters", "query", "cursor"] },
      example: "c",
    };
    const text = argumentsTypeText(makeOperation({ method: "get", path: "/x", params: [param] }), "XOp");
    expect(text).toContain("  /**\n   * Use *\\/ `after`.\n   *\n   * @deprecated\n   */\n  cursor?:");
  });
  it.each([
    [10, "  /**\n   * How many.\n   *\n   * @default 10\n   */\n  limit?:"],
    ["*/ x", '  /**\n   * How many.\n   *\n   * @default "*\\/ x"\n   */\n  limit?:'],
  ])("shows the schema default %j in the argument's doc", (value, want) => {
    const param = {
      name: "limit",
      in: "query" as const,
      key: "limit",
      required: false,
      style: "form" as const,
      explode: true,
      allowReserved: false,
      deprecated: false,
      description: "How many.",
      default: value,
      type: { root: "paths" as const, keys: ["/x", "get", "parameters", "query", "limit"] },
      example: 1,
    };
    expect(argumentsTypeText(makeOperation({ method: "get", path: "/x", params: [param] }), "XOp")).toContain(want);
  });
});

describe("README text", () => {
  it.each([
    ["Pets API", "Pets API"],
    ["Evil */ `${x}` <b>", "Evil \\*/ \\`${x}\\` \\<b\\>"],
    ["a | b_c [d](e) ~f & g", "a \\| b\\_c \\[d\\](e) \\~f \\& g"],
    ["line\u2028two\r\nthree", "line two three"],
  ])("markdownText(%j) → %j", (text, want) => {
    expect(markdownText(text)).toBe(want);
  });

  it.each([
    ["/items/{id}", "`/items/{id}`"],
    ["/a`b", "``/a`b``"],
    ["`x`", "`` `x` ``"],
    ["/a|b", "`/a\\|b`"],
  ])("codeSpan(%j) → %j", (text, want) => {
    expect(codeSpan(text)).toBe(want);
  });

  it("calls operations whose arguments are all optional without an argument", () => {
    const doc = {
      openapi: "3.1.0",
      info: { title: "T **bold**", version: "1" },
      servers: [{ url: "https://api.example.com" }],
      paths: {
        "/items": {
          get: {
            operationId: "listItems",
            tags: ["items"],
            parameters: [{ name: "limit", in: "query", schema: { type: "integer" } }],
            responses: {},
          },
        },
        "/items/{id}": {
          get: {
            operationId: "getItem",
            tags: ["things"],
            parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
            responses: {},
          },
        },
      },
    };
    const readme = emitReadme(
      normalizeApi(doc, { id: "t", packageName: "@specforge/t", packageVersion: "0.1.0", sourceName: "t.yaml" }),
    ).content;
    expect(readme).toContain("await client.items.list();");
    expect(readme).toContain("await client.things.getItem({ id: 1 });");
    expect(readme).toContain("**T \\*\\*bold\\*\\***");
  });
});

describe("installedVersion", () => {
  it.each(["fast-xml-parser", "typescript"])("reads %s's version, even when its exports hide package.json", (name) => {
    expect(installedVersion(name)).toMatch(/^\d+\.\d+\.\d+/);
  });
});
