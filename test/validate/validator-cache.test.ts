/**
 * The standalone validator cache: a cached module gives exactly the errors the in-process compile gives (each
 * error's subschemas being the very objects of the set's documents), a read-only cache still validates, and a warm
 * run loads none of Ajv's compiler.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/load/load-spec.js";
import type { SpecVersion } from "../../generator/load/load-spec.js";
import { officialValidatorSet } from "../../generator/validate/official-validators.js";
import { extensionValidatorSet } from "../../generator/validate/rules/extension-check.js";
import { metaSchemaValidatorSet } from "../../generator/validate/rules/meta-schema-check.js";
import { cacheFile, loadValidators, setDocuments } from "../../generator/validate/validator-cache.js";
import { splitUnits } from "../../generator/validate/validation-units.js";

const temporary = mkdtempSync(path.join(tmpdir(), "specforge-validators-"));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

/** Broken specs of each version: their units produce errors in most slots. */
const BROKEN: Record<SpecVersion, string[]> = {
  "2.0": ["test/diagnostics/schema-swagger-2"],
  "3.0": ["test/diagnostics/schema-unknown-field", "test/diagnostics/schema-invalid-value"],
  "3.1": ["test/diagnostics/schema-unknown-field-3-1", "test/diagnostics/schema-conflicting-fields-3-1"],
};

/** Every object of the documents, to check that error subschemas are theirs and not copies. */
function objectsOf(documents: readonly object[]): Set<object> {
  const out = new Set<object>();
  const stack: unknown[] = [...documents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object" || out.has(node)) continue;
    out.add(node);
    stack.push(...Object.values(node));
  }
  return out;
}

describe("standalone validators", () => {
  it.each(["2.0", "3.0", "3.1"] as const)(
    "OpenAPI %s: the cached module errs exactly like the compile",
    async (version) => {
      const cacheDir = path.join(temporary, `official-${version}`);
      const { spec } = officialValidatorSet(version);
      const compiled = loadValidators(spec, { cacheDir });
      expect(existsSync(cacheFile(spec, cacheDir))).toBe(true);
      const cached = loadValidators(spec, { cacheDir });
      const documents = objectsOf(setDocuments(spec));
      let errors = 0;
      for (const specPath of BROKEN[version]) {
        const loaded = await loadSpec(specPath);
        if (!loaded.ok) throw new Error(`${specPath} does not load`);
        for (const unit of splitUnits(loaded.spec.document, version)) {
          const fromCompile = compiled[unit.slot]!(unit.node) ? [] : compiled[unit.slot]!.errors;
          const fromModule = cached[unit.slot]!(unit.node) ? [] : cached[unit.slot]!.errors;
          expect(fromModule).toEqual(fromCompile);
          for (const error of fromModule ?? []) expect(documents.has(error.parentSchema as object)).toBe(true);
          errors += fromModule?.length ?? 0;
        }
      }
      expect(errors).toBeGreaterThan(0);
    },
  );

  it.each([
    ["extensions", extensionValidatorSet()],
    ["JSON Schema 2020-12 meta-schemas", metaSchemaValidatorSet()],
  ] as const)("the %s compile to a module with every export", (_name, spec) => {
    const cacheDir = path.join(temporary, spec.name);
    loadValidators(spec, { cacheDir });
    const cached = loadValidators(spec, { cacheDir });
    expect(Object.keys(cached).sort()).toEqual(Object.keys(spec.exports).sort());
    expect(readdirSync(path.join(cacheDir, "validators"))).toHaveLength(1);
  });

  it("validates when the cache cannot be written", () => {
    const blocker = path.join(temporary, "not-a-folder");
    writeFileSync(blocker, "");
    const { spec } = officialValidatorSet("3.1");
    const validators = loadValidators(spec, { cacheDir: path.join(blocker, "cache") });
    expect(validators["rest"]!({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {} })).toBe(true);
    expect(validators["rest"]!({ openapi: "3.1.0", paths: {} })).toBe(false);
  });

  it("a warm run loads none of Ajv's compiler", () => {
    const cacheDir = path.join(temporary, "warm");
    const script = `
      import { createRequire } from "node:module";
      import { slotCheckers } from "./generator/validate/official-validators.ts";
      const checkers = slotCheckers("3.1", { cacheDir: ${JSON.stringify(cacheDir)} });
      const valid = checkers.get("rest").validate({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {} });
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({ valid, compiler: loaded.filter((f) => /ajv(-draft-04)?[\\\\/]dist[\\\\/](ajv|core|2020|index|compile[\\\\/]index)\\.js$/.test(f)) }));
    `;
    const run = () =>
      JSON.parse(execFileSync("node", ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" }));
    expect(run().compiler.length).toBeGreaterThan(0);
    expect(run()).toEqual({ valid: true, compiler: [] });
  });
});
