/** Located diagnostics for malformed `x-specforge-signing`, `x-specforge-default-headers` and `x-specforge-conditions`. */
import { describe, expect, it } from "vitest";
import { diagnosticsOf, expectDiagnostics } from "./diagnostic-cases.js";

const file = "test/diagnostics/invalid-signing-extensions/openapi.yaml";

describe("signing, default-header and conditions extensions", () => {
  it("report the wrong value, site or reference with file, line and column", async () => {
    const got = await diagnosticsOf("invalid-signing-extensions", "semantics");
    expectDiagnostics(got, [
      {
        file,
        line: 6,
        column: 3,
        code: "invalid-extension",
        message: "x-specforge-default-headers: must match pattern",
      },
      {
        file,
        line: 11,
        column: 31,
        code: "invalid-extension",
        message: "x-specforge-conditions does not apply to an operation; it belongs on: a component schema",
      },
      {
        file,
        line: 23,
        column: 49,
        code: "invalid-extension",
        message: 'x-specforge-conditions: fields/$ref must match pattern "^#/components/schemas/[^/]+$"',
      },
      {
        file,
        line: 23,
        column: 49,
        code: "unresolvable-ref",
        message: '$ref "#/components/responses/Person" does not resolve',
      },
      { file, line: 26, column: 49, code: "unresolvable-ref", message: '(did you mean "Person"?)' },
      {
        file,
        line: 33,
        column: 9,
        code: "invalid-extension",
        message: "x-specforge-signing: must have required property 'date'",
      },
      {
        file,
        line: 42,
        column: 20,
        code: "invalid-extension",
        message: "x-specforge-signing: algorithm must be equal to one of the allowed values",
      },
    ]);
    expect(got).toHaveLength(7);
  });
});
