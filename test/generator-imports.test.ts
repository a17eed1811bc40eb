/**
 * The generator never imports runtime code, not even types: the CLI bundles generator/ only (its bundle cache hashes
 * generator/ sources), so runtime code inlined into a bundle would go stale on a runtime edit. The runtime is read
 * as files (emit/copy-runtime.ts); where both sides need the same rule, a test compares the two implementations.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const GENERATOR = path.resolve("generator");
const TEMPLATES = path.resolve("templates");

/** Every module specifier of a source: static and dynamic imports, `import type`, re-exports and `require`. */
function specifiersOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The specifiers of `text` (a file in `dir`) that lead into templates/. */
function templateImports(text: string, dir: string): string[] {
  return specifiersOf(text).filter((specifier) => {
    if (!specifier.startsWith(".") && !path.isAbsolute(specifier)) return false;
    const target = path.resolve(dir, specifier);
    return target === TEMPLATES || target.startsWith(`${TEMPLATES}${path.sep}`);
  });
}

const sources = (readdirSync(GENERATOR, { recursive: true }) as string[])
  .filter((name) => /\.(?:[cm]?[jt]s)$/.test(name))
  .map((name) => path.join(GENERATOR, name));

describe("generator imports", () => {
  it.each([
    [`import type { OAuth2Auth } from "../../templates/runtime/auth-types.js";`, 1],
    [`import { decodeXmlText } from "../../templates/runtime/xml-decode.js";`, 1],
    [`export { x } from "../../templates/runtime/x.js";\nconst m = await import("../../templates/runtime/y.js");`, 2],
    [`const r = require("../../templates/runtime/z.js");`, 1],
    [`import { a } from "../naming/literals.js";\nconst dir = new URL("../templates/", import.meta.url);`, 0],
  ])("the scan finds imports into templates/ in %j", (text, want) => {
    expect(templateImports(text, path.join(GENERATOR, "emit"))).toHaveLength(want);
  });

  it("no generator source imports from templates/", () => {
    expect(sources.length).toBeGreaterThan(100);
    const found = sources.flatMap((file) =>
      templateImports(readFileSync(file, "utf8"), path.dirname(file)).map(
        (specifier) => `${path.relative(GENERATOR, file)}: ${specifier}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
