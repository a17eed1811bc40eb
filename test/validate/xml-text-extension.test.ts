/** Located diagnostics for a misused `xml.x-specforge-node-type`; a valid use passes 3.0's structural schema and every rule. */
import { describe, expect, it } from "vitest";
import { diagnosticsOf, expectDiagnostics } from "./diagnostic-cases.js";

const file = "test/diagnostics/invalid-xml-text/openapi.yaml";
const MARKER = "xml.x-specforge-node-type: text";

describe("xml.x-specforge-node-type", () => {
  it("reports each mistake with file, line and column", async () => {
    const got = await diagnosticsOf("invalid-xml-text", "semantics");
    expectDiagnostics(got, [
      {
        file,
        line: 19,
        column: 51,
        code: "invalid-xml-text",
        message: `${MARKER} needs a scalar schema (string, number, integer or boolean), not an object or array`,
      },
      {
        file,
        line: 29,
        column: 62,
        code: "invalid-xml-text",
        message: 'only one property of an object can be its element\'s text; "amount" already is',
      },
      {
        file,
        line: 33,
        column: 50,
        code: "invalid-xml-text",
        message: `xml.attribute cannot be combined with ${MARKER}`,
      },
      { file, line: 38, column: 45, code: "invalid-xml-text", message: `xml.name cannot be combined with ${MARKER}` },
      {
        file,
        line: 41,
        column: 37,
        code: "invalid-xml-text",
        message: `${MARKER} applies only to a property of an object schema`,
      },
      { file, line: 48, column: 41, code: "invalid-xml-text", message: `${MARKER} needs a scalar schema` },
      {
        file,
        line: 52,
        column: 61,
        code: "invalid-extension",
        message: 'x-specforge-node-type: must be equal to one of the allowed values ("text")',
      },
      {
        file,
        line: 55,
        column: 30,
        code: "invalid-extension",
        message:
          "x-specforge-node-type does not apply to a component schema; it belongs on: an XML object (a schema's `xml`)",
      },
    ]);
    expect(got).toHaveLength(8);
  });

  it("accepts the marker in an OpenAPI 3.0 document (XML Objects allow x- fields)", async () => {
    expect(await diagnosticsOf("valid-xml-text-3-0", "structure")).toEqual([]);
    expect(await diagnosticsOf("valid-xml-text-3-0", "semantics")).toEqual([]);
  });

  it("accepts it in a 3.1 document beside a $ref to a scalar component", async () => {
    expect(await diagnosticsOf("invalid-xml-text", "structure")).toEqual([]);
  });
});
