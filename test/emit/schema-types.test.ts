/** openapi-typescript behind emitSchemaTypes: the fixes for enums, discriminated anyOf, content parameters and maps. */
import { describe, expect, it } from "vitest";
import { emitSchemaTypes } from "../../generator/emit/schema-types.js";

/** Collapses whitespace so assertions do not depend on the printer's line breaks. */
function typesOf(schemas: Record<string, unknown>, paths: Record<string, unknown> = {}): string {
  const doc = { openapi: "3.1.0", info: { title: "t", version: "1" }, paths, components: { schemas } };
  return emitSchemaTypes(doc).replace(/\s+/g, " ");
}

describe("enums stay open to values added later", () => {
  it.each([
    [{ type: "string", enum: ["a", "b"] }, `"a" | "b" | $Unknown<string>`],
    [{ type: "number", enum: [1, -2.5] }, `1 | -2.5 | $Unknown<number>`],
    [{ enum: ["a", 1, true] }, `"a" | 1 | true | $Unknown<string> | $Unknown<number>`],
    [{ type: ["string", "null"], enum: ["a", "b", null] }, `"a" | "b" | null | $Unknown<string>`],
    [{ type: "string", enum: ["only"] }, `p?: "only";`],
    [{ type: "string", enum: ["a", null] }, `p?: "a" | null;`],
    [{ type: "boolean", enum: [true, false] }, `p?: true | false;`],
  ])("a property %j becomes %s", (schema, want) => {
    expect(typesOf({ S: { type: "object", properties: { p: schema } } })).toContain(want);
  });

  it("also in parameters", () => {
    const paths = {
      "/x": { get: { parameters: [{ name: "s", in: "query", schema: { enum: ["a", "b"] } }], responses: {} } },
    };
    expect(typesOf({}, paths)).toContain(`s?: "a" | "b" | $Unknown<string>;`);
  });
});

describe("open sets of known strings", () => {
  it("keep their literals next to `string & {}` (so editors still complete them)", () => {
    const schema = { anyOf: [{ type: "string", enum: ["houdini", "docker"] }, { type: "string" }] };
    expect(typesOf({ Product: schema })).toContain(`Product: "houdini" | "docker" | $Unknown<string> | (string & {});`);
  });

  it("leave plain string unions alone", () => {
    expect(typesOf({ S: { anyOf: [{ type: "string" }, { type: "integer" }] } })).toContain("S: string | number;");
  });
});

describe("discriminators", () => {
  it.each(["oneOf", "anyOf"])("narrow the mapped members of a discriminated %s", (composition) => {
    const schemas = {
      U: {
        [composition]: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }],
        discriminator: {
          propertyName: "kind",
          mapping: { "a-1": "#/components/schemas/A", b: "#/components/schemas/B" },
        },
      },
      A: { type: "object", properties: { kind: { type: "string" } } },
      B: { type: "object", properties: { kind: { type: "string" } } },
    };
    const text = typesOf(schemas);
    expect(text).toContain(`kind: "a-1";`);
    expect(text).toContain(`kind: "b";`);
    expect(text).toContain(`U: components["schemas"]["A"] | components["schemas"]["B"];`);
  });

  it("leaves the document as it found it", () => {
    const union = { anyOf: [{ $ref: "#/components/schemas/A" }], discriminator: { propertyName: "kind" } };
    const doc = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {},
      components: { schemas: { U: union, A: { type: "object" } } },
    };
    emitSchemaTypes(doc);
    expect(Object.keys(union)).toEqual(["anyOf", "discriminator"]);
  });
});

describe("content-encoded parameters", () => {
  it("are typed by their media type's schema, not as strings", () => {
    const param = {
      name: "filter",
      in: "query",
      content: { "application/json": { schema: { $ref: "#/components/schemas/F" } } },
    };
    const paths = { "/x": { get: { parameters: [param], responses: {} } } };
    expect(typesOf({ F: { type: "object", properties: { a: { type: "integer" } } } }, paths)).toContain(
      `filter?: components["schemas"]["F"];`,
    );
    expect(param).not.toHaveProperty("schema");
  });
});

describe("objects with fixed properties and an index signature", () => {
  it.each([
    [
      { required: ["n"], properties: { n: { type: "integer" } }, additionalProperties: { type: "string" } },
      `{ n: number; [key: string]: string | number; }`,
    ],
    [
      { properties: { n: { type: "integer" } }, patternProperties: { "^x": { type: "boolean" } } },
      `{ n?: number; [key: string]: boolean | number | undefined; }`,
    ],
    [
      { required: ["s"], properties: { s: { type: "string" } }, additionalProperties: { type: "string" } },
      `{ s: string; [key: string]: string; }`,
    ],
    [{ additionalProperties: { type: "string" } }, `S: { [key: string]: string; };`],
  ])("%j becomes one type literal %s", (schema, want) => {
    expect(typesOf({ S: { type: "object", ...schema } })).toContain(want);
  });
});
