/**
 * Validation by unit adds up to validation of the whole document: on every spec of the diagnostics, hostile, load,
 * fixture and provider corpora, the structural diagnostics of the units (each validated alone) equal the official
 * schema applied to the whole document, and the semantic diagnostics from per-unit facts (each unit walked alone,
 * round-tripped through JSON as a cache would) equal those from one walk over the whole document.
 */
import ajv2020 from "ajv/dist/2020.js";
import ajvDraft04 from "ajv-draft-04";
import fc from "fast-check";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../generator/diagnostics.js";
import { loadSpec, type LoadedSpec } from "../../generator/load/load-spec.js";
import type { SpecVersion } from "../../generator/load/load-spec.js";
import { upgradeSpec } from "../../generator/load/upgrade-swagger.js";
import { loadOfficialSchema } from "../../generator/validate/official-schemas.js";
import { AJV_OPTIONS } from "../../generator/validate/official-validators.js";
import { SchemaClosures } from "../../generator/validate/schema-closure.js";
import { resolveAlternatives } from "../../generator/validate/schema-error-branches.js";
import { describeSchemaErrors } from "../../generator/validate/schema-error-messages.js";
import type { RuleFinding } from "../../generator/validate/rule.js";
import {
  collectDocumentFacts,
  collectUnitFacts,
  semanticContext,
  semanticUnits,
  wholeDocumentFacts,
} from "../../generator/validate/semantic-context.js";
import type { FactPiece } from "../../generator/validate/unit-facts.js";
import {
  locateStructuralProblems,
  validateStructure,
  validateUnitStructure,
} from "../../generator/validate/structural.js";
import { SEMANTIC_RULES, validateSemantics } from "../../generator/validate/validate-document.js";
import { splitUnits } from "../../generator/validate/validation-units.js";

/** Every spec of the corpora: spec folders, and single spec files. */
function corpus(): string[] {
  const folders = ["test/diagnostics", "test/hostile/specs", "specs"].flatMap((root) =>
    readdirSync(root)
      .map((name) => path.join(root, name))
      .filter((p) => statSync(p).isDirectory()),
  );
  const files = ["test/fixtures", "test/load/specs"].flatMap((root) =>
    readdirSync(root)
      .filter((name) => /\.(ya?ml|json)$/.test(name))
      .map((name) => path.join(root, name)),
  );
  return [...folders, "test/load/specs/multi", ...files].sort();
}

const whole = new Map<SpecVersion, (spec: LoadedSpec) => Diagnostic[]>();

/** The structural half as it was: the official schema compiled in process and applied to the whole document. */
function wholeDocumentStructure(spec: LoadedSpec): Diagnostic[] {
  let check = whole.get(spec.version);
  if (!check) {
    const { schema, references, draft } = loadOfficialSchema(spec.version);
    const ajv = draft === "2020-12" ? new ajv2020.default(AJV_OPTIONS) : new ajvDraft04.default(AJV_OPTIONS);
    for (const reference of references) ajv.addSchema(reference);
    const validate = ajv.compile(schema);
    const closures = new SchemaClosures(schema, (uri) => ajv.getSchema(uri)?.schema as object | undefined);
    check = (loaded) => {
      if (validate(loaded.document)) return [];
      const problems = describeSchemaErrors(resolveAlternatives(validate.errors ?? [], closures), closures);
      return locateStructuralProblems(loaded, problems);
    };
    whole.set(spec.version, check);
  }
  return check(spec);
}

const specs = corpus();
/** How many diagnostics the comparisons covered, so the corpus cannot pass by having none. */
const compared = { structural: 0, semantic: 0 };

describe("validation units", () => {
  it("finds a corpus", () => {
    expect(specs.length).toBeGreaterThan(80);
  });

  it.each(specs)("%s: the units' structural problems are the whole document's", async (specPath) => {
    const loaded = await loadSpec(specPath);
    if (!loaded.ok) return;
    const { spec } = loaded;
    const perUnit = splitUnits(spec.document, spec.version).flatMap((unit) =>
      validateUnitStructure(spec.version, unit),
    );
    const want = wholeDocumentStructure(spec);
    compared.structural += want.length;
    expect(locateStructuralProblems(spec, perUnit)).toEqual(want);
    expect(validateStructure(spec)).toEqual(want);
  });

  it.each(specs)("%s: the units' semantic facts add up to the whole document's", async (specPath) => {
    const loaded = await loadSpec(specPath);
    if (!loaded.ok) return;
    const upgraded = await upgradeSpec(loaded.spec);
    if (!upgraded.ok) return;
    const { spec } = upgraded;
    const want = validateSemantics(spec, { unitFacts: wholeDocumentFacts(spec.document) });
    compared.semantic += want.length;
    expect(validateSemantics(spec)).toEqual(want);
    if (!collectDocumentFacts(spec.document).perUnit) return;
    const cached = semanticUnits(spec.document).map((unit) =>
      JSON.parse(JSON.stringify(collectUnitFacts(spec.document, unit))),
    );
    expect(validateSemantics(spec, { unitFacts: cached })).toEqual(want);
  });

  it("compared real diagnostics", () => {
    expect(compared.structural).toBeGreaterThanOrEqual(20);
    expect(compared.semantic).toBeGreaterThanOrEqual(50);
  });
});

describe("validation units on arbitrary documents", () => {
  const json = fc.jsonValue({ maxDepth: 4 });
  const refish = fc.constantFrom("#/components/schemas/A", "#/components/schemas/B", "#/paths/~1a", "#", "#a");
  const schema = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small" },
      json,
      fc.record({ $ref: refish }),
      fc.record({ allOf: fc.array(tie("node"), { maxLength: 2 }) }, { requiredKeys: [] }),
      fc.dictionary(fc.constantFrom("type", "items", "properties", "xml", "$id", "$anchor", "oneOf"), tie("node"), {
        maxKeys: 3,
      }),
    ),
  })).node;
  const document = fc.record({
    openapi: fc.constantFrom("3.0.3", "3.1.0"),
    info: fc.oneof(json, fc.constant({ title: "t", version: "1" })),
    paths: fc.dictionary(
      fc.constantFrom("/a", "/b/{id}", "x-ext", "bad"),
      fc.dictionary(fc.constantFrom("get", "parameters", "$ref", "servers", "x-y"), schema),
    ),
    components: fc.record(
      {
        schemas: fc.dictionary(fc.constantFrom("A", "B", "bad name"), schema),
        parameters: fc.dictionary(fc.constantFrom("P"), schema),
      },
      { requiredKeys: [] },
    ),
    webhooks: fc.dictionary(fc.constantFrom("hook"), schema),
    "x-root": schema,
  });

  it("structure: the units' problems are the whole document's", () => {
    fc.assert(
      fc.property(document, (given) => {
        const spec = inMemorySpec(given);
        expect(validateStructure(spec)).toEqual(wholeDocumentStructure(spec));
      }),
      { numRuns: 150 },
    );
  });

  it("semantics: the units' facts add up to the whole document's, finding by finding in the same order", () => {
    fc.assert(
      fc.property(document, (given) => {
        const perUnit = semanticUnits(given).map((unit) => collectUnitFacts(given, unit));
        const wholeFacts = wholeDocumentFacts(given);
        for (const rule of SEMANTIC_RULES) {
          const found = (facts: readonly (readonly FactPiece[])[]) => {
            const out: RuleFinding[] = [];
            rule.check(given, (finding) => out.push(finding), semanticContext(given, facts));
            return out;
          };
          expect(found(perUnit)).toEqual(found(wholeFacts));
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A loaded spec for an in-memory document, each pointer located on a line of its own. */
function inMemorySpec(document: Record<string, unknown>): LoadedSpec {
  const version: SpecVersion = String(document["openapi"]).startsWith("3.1") ? "3.1" : "3.0";
  const lineOf = (pointer: string) => [...pointer].reduce((hash, ch) => (hash * 31 + ch.charCodeAt(0)) % 1_000_003, 7);
  const location = (pointer: string) => ({ file: "memory.json", line: lineOf(pointer), column: 1, pointer });
  return { document, version, rootDir: ".", sources: { locate: location } as unknown as LoadedSpec["sources"] };
}
