/** The write stage's path guards: nothing outside the output root, nothing a file system would refuse or merge. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertSafePath, diffPackage } from "../../generator/write/write-package.js";

describe("assertSafePath", () => {
  it.each(["src/index.ts", "src/resources/pets.ts", "package.json", "src/resources/con-resource.ts", "src/console.ts"])(
    "accepts %s",
    (file) => {
      expect(() => assertSafePath(file)).not.toThrow();
    },
  );

  it.each([
    "../escape.ts",
    "src/../../x.ts",
    "/etc/passwd",
    "C:/x.ts",
    "src\\x.ts",
    "./src/x.ts",
    "src//x.ts",
    "",
    "src/con.ts",
    "src/AUX",
    "src/resources/nul.d.ts",
    "lpt1.ts",
    "src/x .ts",
  ])("refuses %j", (file) => {
    expect(() => assertSafePath(file)).toThrow(/refusing to write/);
  });
});

describe("diffPackage", () => {
  it("refuses two paths that are one file on case-insensitive file systems", async () => {
    const files = [
      { path: "src/resources/pets.ts", content: "" },
      { path: "src/resources/Pets.ts", content: "" },
    ];
    await expect(diffPackage(path.resolve("test/.out/write-nowhere"), files)).rejects.toThrow(/case-insensitive/);
  });
});
