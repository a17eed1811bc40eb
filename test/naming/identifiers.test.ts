import { describe, expect, it } from "vitest";
import {
  claimUniqueName,
  isPlainPropertyName,
  toMemberName,
  toTypeName,
  toVariableName,
} from "../../generator/naming/identifiers.js";
import { toCamelCase, toPascalCase } from "../../generator/naming/words.js";

describe("case conversion", () => {
  it.each([
    ["get_items-by id", "getItemsById", "GetItemsById"],
    ["getItemsByID", "getItemsById", "GetItemsById"],
    ["HTTPServer2", "httpServer2", "HttpServer2"],
    ["items.list", "itemsList", "ItemsList"],
    ["ÄÖ-ü", "", ""],
    ["", "", ""],
  ])("%j → %j / %j", (given, camel, pascal) => {
    expect(toCamelCase(given)).toBe(camel);
    expect(toPascalCase(given)).toBe(pascal);
  });
});

describe("toMemberName", () => {
  it.each([
    ["list_items", "listItems"],
    ["delete", "delete"],
    ["then", "then_"],
    ["constructor", "constructor_"],
    ["__proto__", "proto"],
    ["123abc", "_123abc"],
    ["!!!", "fallback"],
    ["a*/b", "aB"],
  ])("%j → %j", (given, want) => {
    expect(toMemberName(given, "fallback")).toBe(want);
  });
  it("makes variables out of reserved words", () => {
    expect(toVariableName("delete", "x")).toBe("delete_");
    expect(toVariableName("items", "x")).toBe("items");
  });
});

describe("toTypeName", () => {
  it.each([
    ["pet", "Pet"],
    ["Error", "Error_"],
    ["Promise", "Promise_"],
    ["2fa-config", "T2faConfig"],
    ["paths", "Paths"],
    ["", "Fallback"],
  ])("%j → %j", (given, want) => {
    expect(toTypeName(given, "Fallback")).toBe(want);
  });
});

describe("isPlainPropertyName", () => {
  it.each([
    ["id", true],
    ["$ref", true],
    ["x-id", false],
    ["1a", false],
    ["__proto__", false],
    ["", false],
  ])("%j → %j", (given, want) => {
    expect(isPlainPropertyName(given)).toBe(want);
  });
});

describe("claimUniqueName", () => {
  it("numbers later claims deterministically", () => {
    const taken = new Set<string>();
    expect([claimUniqueName("a", taken), claimUniqueName("a", taken), claimUniqueName("a", taken)]).toEqual([
      "a",
      "a2",
      "a3",
    ]);
  });
});
