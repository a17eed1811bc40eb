/** Located diagnostics for malformed `x-specforge-link`: wrong site, missing or unknown keys, a schema without properties. */
import { describe, expect, it } from "vitest";
import { diagnosticsOf, expectDiagnostics } from "./diagnostic-cases.js";

const file = "test/diagnostics/invalid-link-extension/openapi.yaml";

describe("x-specforge-link", () => {
  it("reports each mistake with file, line and column", async () => {
    const got = await diagnosticsOf("invalid-link-extension", "semantics");
    expectDiagnostics(got, [
      {
        file,
        line: 9,
        column: 25,
        code: "invalid-extension",
        message: "x-specforge-link does not apply to an operation; it belongs on: a component schema",
      },
      {
        file,
        line: 19,
        column: 25,
        code: "invalid-extension",
        message: "x-specforge-link: must have required property 'href'",
      },
      {
        file,
        line: 24,
        column: 25,
        code: "invalid-extension",
        message: 'x-specforge-link: must NOT have additional properties ("rel")',
      },
      {
        file,
        line: 27,
        column: 25,
        code: "invalid-extension",
        message: "x-specforge-link applies only to object schemas with properties",
      },
    ]);
    expect(got).toHaveLength(4);
  });
});
