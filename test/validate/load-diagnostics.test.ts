import { describe, it } from "vitest";
import { diagnosticsOf, expectDiagnostics, FIXTURES, type WantDiagnostic } from "./diagnostic-cases.js";

const cases: { name: string; want: WantDiagnostic[] }[] = [
  {
    name: "yaml-unknown-tag",
    want: [
      {
        file: "yaml-unknown-tag/openapi.yaml",
        line: 4,
        column: 12,
        code: "yaml-tag-resolve-failed",
        message: "!foo; specs may only use plain YAML",
      },
    ],
  },
  {
    name: "yaml-duplicate-key",
    want: [
      {
        file: "yaml-duplicate-key/openapi.yaml",
        line: 11,
        column: 3,
        code: "yaml-duplicate-key",
        message: "Map keys must be unique",
      },
    ],
  },
  {
    name: "invalid-json",
    want: [
      { file: "invalid-json/openapi.json", line: 6, column: 3, code: "invalid-json", message: "fix the JSON syntax" },
    ],
  },
  {
    name: "yaml-alias-limit",
    want: [
      {
        file: "yaml-alias-limit/openapi.yaml",
        line: 1,
        column: 1,
        code: "yaml-alias-limit",
        message: "too many alias expansions (limit 1000)",
      },
    ],
  },
  {
    name: "remote-ref-refused",
    want: [
      {
        file: "remote-ref-refused/openapi.yaml",
        line: 8,
        column: 17,
        code: "remote-ref-refused",
        message: 'remote $ref "https://example.com/responses.yaml" refused',
      },
    ],
  },
  {
    name: "ref-outside-spec-folder/spec",
    want: [
      {
        file: "ref-outside-spec-folder/spec/openapi.yaml",
        line: 12,
        column: 23,
        code: "ref-outside-spec-folder",
        message: "is outside the spec folder",
      },
    ],
  },
  {
    name: "missing-ref-file",
    want: [
      {
        file: "missing-ref-file/openapi.yaml",
        line: 8,
        column: 17,
        code: "unresolvable-ref",
        message: "file not found: test/diagnostics/missing-ref-file/responses.yaml",
      },
    ],
  },
  {
    name: "unsupported-version",
    want: [
      {
        file: "unsupported-version/openapi.yaml",
        line: 1,
        column: 10,
        code: "unsupported-version",
        message: 'unsupported openapi version "2.5.0"',
      },
    ],
  },
];

describe("loader diagnostics", () => {
  it.each(cases)("$name", async ({ name, want }) => {
    expectDiagnostics(
      await diagnosticsOf(name, "load"),
      want.map((w) => ({ ...w, file: `${FIXTURES}/${w.file}` })),
    );
  });
});
