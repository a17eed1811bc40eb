/** Located diagnostics for malformed `x-specforge-rpc` and `x-specforge-token-grant-type`. */
import { describe, expect, it } from "vitest";
import { diagnosticsOf, expectDiagnostics } from "./diagnostic-cases.js";

const file = "test/diagnostics/invalid-rpc/openapi.yaml";

describe("x-specforge-rpc and x-specforge-token-grant-type", () => {
  it("report each problem with file, line, column and pointer", async () => {
    const got = await diagnosticsOf("invalid-rpc", "semantics");
    expectDiagnostics(got, [
      {
        file,
        line: 9,
        column: 9,
        code: "invalid-rpc",
        message: "x-specforge-rpc belongs on a POST operation, not GET",
      },
      {
        file,
        line: 13,
        column: 17,
        code: "invalid-rpc",
        message: 'required positional argument "y" follows the optional "x"',
      },
      {
        file,
        line: 13,
        column: 44,
        code: "unresolvable-ref",
        message: '$ref "#/components/schemas/Nope" does not resolve',
      },
      {
        file,
        line: 15,
        column: 19,
        code: "invalid-rpc",
        message: 'argument key "y" is already used by positional argument "y"',
      },
      {
        file,
        line: 15,
        column: 45,
        code: "invalid-rpc",
        message: "not a valid schema: type must be equal to one of the allowed values",
      },
      {
        file,
        line: 17,
        column: 21,
        code: "invalid-rpc",
        message: 'file part "json" would replace the form field "json"',
      },
      { file, line: 19, column: 13, code: "invalid-rpc", message: 'RPC function "nodot": names are `module.function`' },
      {
        file,
        line: 27,
        column: 21,
        code: "invalid-extension",
        message: "x-specforge-rpc: functions/m.f/result must NOT be valid",
      },
      {
        file,
        line: 32,
        column: 20,
        code: "invalid-rpc",
        message: 'argument key "doc" is already used by keyword argument "doc"',
      },
      {
        file,
        line: 32,
        column: 20,
        code: "invalid-rpc",
        message: 'file argument "doc" has the same wire name as keyword argument "doc"',
      },
      {
        file,
        line: 39,
        column: 37,
        code: "invalid-extension",
        message: "x-specforge-token-grant-type applies only to OAuth 2 schemes",
      },
      {
        file,
        line: 42,
        column: 37,
        code: "invalid-extension",
        message: "x-specforge-token-grant-type: must be equal to one of the allowed values",
      },
    ]);
  });

  it("accepts the SideFX spec", async () => {
    const { lintSpec } = await import("../../generator/generate.js");
    expect(await lintSpec("specs/sidefx/openapi.yaml")).toEqual([]);
  });
});
