/** Every extension the generator reads is documented in docs/extensions.md, and nothing undocumented is read. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXTENSIONS } from "../../generator/extensions/extension-schemas.js";

describe("docs/extensions.md", () => {
  const headings = readFileSync("docs/extensions.md", "utf8")
    .split("\n")
    .filter((line) => line.startsWith("## "))
    .flatMap((line) => [...line.matchAll(/`(x-specforge-[a-z-]+)`/g)].map((m) => m[1]!));
  it("has a section for each extension", () => {
    expect(Object.keys(EXTENSIONS).filter((name) => !headings.includes(name))).toEqual([]);
  });
  it("documents no extension the generator does not know", () => {
    expect(headings.filter((name) => !(name in EXTENSIONS))).toEqual([]);
  });
});
