import { describe, expect, it } from "vitest";
import { validateSemantics } from "../../generator/validate/validate-document.js";
import { diagnosticsOf, expectDiagnostics, FIXTURES, loadFixture, type WantDiagnostic } from "./diagnostic-cases.js";

const cases: { name: string; want: Omit<WantDiagnostic, "file">[] }[] = [
  {
    name: "invalid-extension",
    want: [
      {
        line: 5,
        column: 24,
        code: "unknown-extension",
        message: 'unknown extension "x-specforge-pagnation" (did you mean "x-specforge-pagination"?)',
      },
      { line: 8, column: 30, code: "invalid-extension", message: "x-specforge-environment: must be string" },
      {
        line: 14,
        column: 9,
        code: "invalid-extension",
        message: "x-specforge-pagination: must have required property 'pageParam'",
      },
      {
        line: 16,
        column: 28,
        code: "invalid-extension",
        message: "x-specforge-signing does not apply to an operation; it belongs on: a security scheme",
      },
      {
        line: 22,
        column: 41,
        code: "invalid-extension",
        message: "x-specforge-idempotency: header must match pattern",
      },
      {
        line: 23,
        column: 39,
        code: "invalid-extension",
        message:
          'x-specforge-pagination: style must be equal to one of the allowed values ("next-link", "link-header", "page", "offset", "cursor", "range")',
      },
      {
        line: 33,
        column: 37,
        code: "invalid-extension",
        message: 'x-specforge-client-default: must match pattern "^[A-Za-z_$][A-Za-z0-9_$-]*$"',
      },
      {
        line: 36,
        column: 35,
        code: "invalid-extension",
        message: "x-specforge-client-default does not apply to an operation; it belongs on: a parameter",
      },
      {
        line: 45,
        column: 25,
        code: "invalid-extension",
        message: "x-specforge-totp applies only to HTTP basic schemes (type: http, scheme: basic)",
      },
      {
        line: 49,
        column: 36,
        code: "invalid-extension",
        message: 'x-specforge-totp: password must match pattern "\\{totp\\}"',
      },
    ],
  },
  {
    name: "duplicate-operation-id",
    want: [
      {
        line: 14,
        column: 20,
        code: "duplicate-operation-id",
        message:
          'operationId "listItems" of GET /items/archived is already used by GET /items at #/paths/~1items/get/operationId',
      },
    ],
  },
  {
    name: "undeclared-path-parameter",
    want: [
      {
        line: 10,
        column: 7,
        code: "undeclared-path-parameter",
        message: 'path variable {partId} of "/items/{itemId}/parts/{partId}" has no parameter for GET',
      },
      {
        line: 20,
        column: 11,
        code: "unused-path-parameter",
        message: 'path parameter "color" does not appear in the path "/items/{itemId}/parts/{partId}"',
      },
    ],
  },
  {
    name: "invalid-path-template",
    want: [
      {
        line: 7,
        column: 5,
        code: "invalid-path-template",
        message: 'path "/items/{id" is malformed: "{" at offset 7 is never closed',
      },
      { line: 12, column: 5, code: "invalid-path-template", message: 'empty variable "{}" at offset 7' },
      { line: 17, column: 5, code: "invalid-path-template", message: "uses the variable {id} twice" },
    ],
  },
  {
    name: "unresolvable-ref",
    want: [
      {
        line: 14,
        column: 23,
        code: "unresolvable-ref",
        message:
          '$ref "#/components/schemas/Itme" does not resolve: #/components/schemas has no "Itme" (did you mean "Item"?)',
      },
      {
        line: 23,
        column: 17,
        code: "unresolvable-ref",
        message: '#/components has no "schema" (did you mean "schemas"?)',
      },
    ],
  },
  {
    name: "ref-cycle",
    want: [
      {
        line: 9,
        column: 13,
        code: "ref-cycle",
        message:
          "$ref cycle with no schema in between: #/components/schemas/A → #/components/schemas/B → #/components/schemas/A",
      },
      {
        line: 15,
        column: 9,
        code: "ref-cycle",
        message: "#/components/schemas/Self → #/components/schemas/Self/allOf/0 → #/components/schemas/Self",
      },
    ],
  },
  {
    name: "unknown-security-scheme",
    want: [
      {
        line: 6,
        column: 17,
        code: "unknown-security-scheme",
        message:
          'security scheme "bearerAuth" is not declared in components.securitySchemes (declared: "bearer", "apiKey")',
      },
      { line: 12, column: 18, code: "unknown-security-scheme", message: 'security scheme "oauth" is not declared' },
    ],
  },
  {
    name: "duplicate-parameter",
    want: [
      {
        line: 13,
        column: 11,
        code: "duplicate-parameter",
        message:
          'parameter "x-request-id" in header is declared twice in this list (first at #/paths/~1items/get/parameters/0)',
      },
    ],
  },
  {
    name: "invalid-server-url",
    want: [
      {
        line: 6,
        column: 10,
        code: "invalid-server-url",
        message:
          'server URL variable {region} is not declared; add variables.region with a default value (did you mean "regoin"?)',
      },
      { line: 6, column: 10, code: "invalid-server-url", message: "server URL variable {version} is not declared" },
      { line: 10, column: 10, code: "invalid-server-url", message: '"{" at offset 24 is never closed' },
    ],
  },
  {
    name: "invalid-server-variable",
    want: [
      {
        line: 9,
        column: 18,
        code: "invalid-server-variable",
        message: 'default "ap" of server variable "region" is not one of its enum values ("eu", "us")',
      },
    ],
  },
];

describe("validateSemantics", () => {
  it.each(cases)("$name", async ({ name, want }) => {
    const shown = `${FIXTURES}/${name}/openapi.yaml`;
    expectDiagnostics(
      await diagnosticsOf(name, "semantics"),
      want.map((w) => ({ ...w, file: shown })),
    );
  });

  it.each(cases.map((c) => c.name))("finds nothing structural in %s (the problem is semantic only)", async (name) => {
    expect(await diagnosticsOf(name, "structure")).toEqual([]);
  });

  it.each(["valid-3-0", "valid-3-1", "recursive-schemas"])("accepts the valid spec %s", async (name) => {
    expect(validateSemantics(await loadFixture(name))).toEqual([]);
  });

  it("leaves Swagger 2.0 documents to be upgraded first", async () => {
    expect(validateSemantics(await loadFixture("valid-2-0"))).toEqual([]);
  });

  it("flags a path parameter declared without required: true at its component", async () => {
    const spec = await loadFixture("valid-3-0");
    const components = spec.document["components"] as { parameters: { PetId: Record<string, unknown> } };
    delete components.parameters.PetId["required"];
    const found = validateSemantics(spec);
    expect(found.map((d) => [d.code, d.location.pointer])).toEqual([
      ["path-parameter-not-required", "/components/parameters/PetId"],
    ]);
  });
});
