import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/load/load-spec.js";
import { MAX_STRUCTURAL_PER_FILE, validateStructure } from "../../generator/validate/structural.js";
import { diagnosticsOf, expectDiagnostics, FIXTURES, loadFixture, type WantDiagnostic } from "./diagnostic-cases.js";

const cases: { name: string; want: Omit<WantDiagnostic, "file">[]; file?: string }[] = [
  {
    name: "schema-unknown-field",
    want: [
      {
        line: 8,
        column: 7,
        code: "schema-unknown-field",
        message: 'unknown field "sumary" (did you mean "summary"?); extension fields must start with "x-"',
      },
    ],
  },
  {
    name: "schema-unknown-field-3-1",
    want: [
      {
        line: 8,
        column: 7,
        code: "schema-unknown-field",
        message: 'unknown field "operationid" (did you mean "operationId"?)',
      },
      { line: 18, column: 7, code: "schema-unknown-field", message: 'unknown field "scheme"' },
    ],
  },
  {
    name: "schema-path-key",
    want: [
      {
        line: 6,
        column: 3,
        code: "schema-unknown-field",
        message: 'unknown field "items": path keys must start with "/"',
      },
    ],
  },
  {
    name: "schema-missing-field",
    want: [
      { line: 3, column: 3, code: "schema-missing-field", message: '"info" is missing the required field "version"' },
      { line: 13, column: 7, code: "schema-missing-field", message: '"key" is missing the required field "in"' },
    ],
  },
  {
    name: "schema-missing-schema-or-content",
    want: [
      {
        line: 9,
        column: 11,
        code: "schema-missing-field",
        message: 'item 0 of "parameters" needs one of the fields "schema" or "content"',
      },
    ],
  },
  {
    name: "schema-invalid-type",
    want: [
      { line: 3, column: 10, code: "schema-invalid-type", message: '"title" must be a string (got an integer)' },
      { line: 8, column: 13, code: "schema-invalid-type", message: '"tags" must be an array (got a string)' },
    ],
  },
  {
    name: "schema-invalid-value",
    want: [
      {
        line: 11,
        column: 21,
        code: "schema-invalid-value",
        message: '"required" must be true (got false); path parameters are always required',
      },
      { line: 13, column: 19, code: "schema-invalid-value", message: '(got "strin"; did you mean "string"?)' },
      {
        line: 15,
        column: 15,
        code: "schema-invalid-value",
        message: '"in" must be one of "path", "query", "header" or "cookie" (got "body")',
      },
    ],
  },
  {
    name: "schema-conflicting-fields",
    want: [
      { line: 9, column: 11, code: "schema-conflicting-fields", message: 'cannot have both "schema" and "content"' },
    ],
  },
  {
    name: "schema-conflicting-fields-3-1",
    want: [
      {
        line: 9,
        column: 11,
        code: "schema-conflicting-fields",
        message: 'item 0 of "parameters" cannot have both "schema" and "content"; keep only one',
      },
    ],
  },
  {
    name: "schema-object-3-1",
    want: [
      { line: 10, column: 17, code: "schema-invalid-type", message: '"required" must be an array (got a string)' },
      {
        line: 13,
        column: 18,
        code: "schema-invalid-value",
        message:
          'item 0 of "type" must be one of "array", "boolean", "integer", "null", "number", "object" or "string" (got "integr"; did you mean "integer"?)',
      },
      { line: 15, column: 17, code: "schema-invalid-value", message: '(got "strng"; did you mean "string"?)' },
      {
        line: 18,
        column: 13,
        code: "schema-missing-field",
        message: '"discriminator" is missing the required field "propertyName"',
      },
      {
        line: 22,
        column: 29,
        code: "schema-invalid-type",
        message: '"exclusiveMinimum" must be a number (got a boolean)',
      },
    ],
  },
  {
    name: "schema-swagger-2",
    file: "swagger.yaml",
    want: [
      {
        line: 11,
        column: 11,
        code: "schema-unknown-field",
        message: 'unknown field "requird" (did you mean "required"?)',
      },
      {
        line: 14,
        column: 15,
        code: "schema-invalid-value",
        message:
          '"in" must be one of "body", "header", "formData", "query" or "path" (got "bdy"; did you mean "body"?)',
      },
    ],
  },
  {
    name: "schema-in-referenced-file",
    file: "parameters.yaml",
    want: [{ line: 6, column: 12, code: "schema-invalid-type", message: '"explode" must be a boolean (got a string)' }],
  },
];

describe("validateStructure", () => {
  it.each(cases)("$name", async ({ name, want, file }) => {
    const shown = `${FIXTURES}/${name}/${file ?? "openapi.yaml"}`;
    expectDiagnostics(
      await diagnosticsOf(name, "structure"),
      want.map((w) => ({ ...w, file: shown })),
    );
  });

  it.each(["valid-3-0", "valid-3-1", "valid-2-0", "recursive-schemas"])("accepts the valid spec %s", async (name) => {
    expect(validateStructure(await loadFixture(name))).toEqual([]);
  });

  it("points into the referenced file with the in-file pointer", async () => {
    const [problem] = await diagnosticsOf("schema-in-referenced-file", "structure");
    expect(problem?.location.pointer).toBe("/Limit/explode");
  });

  it(`shows at most ${MAX_STRUCTURAL_PER_FILE} problems per file and says how many more there are`, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "specforge-cap-"));
    try {
      const junk = Array.from({ length: 60 }, (_, i) => `  field${i}: ${i}`).join("\n");
      await writeFile(
        path.join(dir, "openapi.yaml"),
        `openapi: 3.1.0\ninfo:\n  title: t\n  version: "1"\n${junk.replace(/^ {2}/gm, "")}\npaths: {}\n`,
      );
      const loaded = await loadSpec(dir);
      if (!loaded.ok) throw new Error("did not load");
      const found = validateStructure(loaded.spec);
      expect(found.filter((d) => d.code === "schema-unknown-field")).toHaveLength(MAX_STRUCTURAL_PER_FILE);
      const summary = found.filter((d) => d.code === "schema-too-many-problems");
      expect(summary).toHaveLength(1);
      expect(summary[0]?.severity).toBe("warning");
      expect(summary[0]?.message).toContain("10 more structural problem(s)");
      expect(summary[0]?.location.line).toBe(5 + MAX_STRUCTURAL_PER_FILE);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("gives the same answer on a second run (the compiled validator is reused)", async () => {
    const spec = await loadFixture("schema-invalid-value");
    expect(validateStructure(spec)).toEqual(validateStructure(spec));
  });
});
