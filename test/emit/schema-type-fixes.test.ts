/** Tuples, binary strings, defaults and invisible characters in the schema types. */
import { describe, expect, it } from "vitest";
import { emitSchemaTypes } from "../../generator/emit/schema-types.js";

function propertyType(schema: unknown, version = "3.1.0"): string {
  const doc = {
    openapi: version,
    info: { title: "t", version: "1" },
    paths: {},
    components: { schemas: { S: { type: "object", properties: { p: schema } } } },
  };
  const text = emitSchemaTypes(doc).replace(/\s+/g, " ").replace(/\[ /g, "[").replace(/ \]/g, "]");
  const match = / S: \{ (.*?) \}; \}; responses/.exec(text);
  return match?.[1] ?? text;
}

describe("3.1 prefixItems", () => {
  const pair = [{ type: "string" }, { type: "integer" }];
  it.each([
    [{ prefixItems: pair, items: false, minItems: 2 }, `p?: [string, number];`],
    [{ prefixItems: pair, minItems: 2, maxItems: 2 }, `p?: [string, number];`],
    [{ prefixItems: pair, minItems: 1, items: { type: "boolean" } }, `p?: [string, number?, ...boolean[]];`],
    [{ prefixItems: pair }, `p?: [string?, number?, ...unknown[]];`],
    [
      { prefixItems: [{ $ref: "#/components/schemas/S" }], items: false, minItems: 1 },
      `p?: [components["schemas"]["S"]];`,
    ],
  ])("%j becomes %s", (schema, want) => {
    expect(propertyType({ type: "array", ...schema })).toBe(want);
  });
});

describe("binary strings", () => {
  it.each([
    [{ type: "string", format: "binary" }, "3.0.3", `/** Format: binary */ p?: Blob;`],
    [{ type: "string", contentMediaType: "image/png" }, "3.1.0", `p?: Blob;`],
    [{ type: "string", contentMediaType: "application/octet-stream" }, "3.1.0", `p?: Blob;`],
    [{ type: "string", contentMediaType: "image/png", contentEncoding: "base64" }, "3.1.0", `p?: string;`],
    [{ type: "string", contentMediaType: "text/html" }, "3.1.0", `p?: string;`],
    [{ type: "string", contentMediaType: "application/vnd.api+json" }, "3.1.0", `p?: string;`],
    [{ type: "string", format: "byte" }, "3.0.3", `/** Format: byte */ p?: string;`],
  ])("%j (%s) becomes %s", (schema, version, want) => {
    expect(propertyType(schema, version)).toBe(want);
  });
});

describe("defaults", () => {
  it("leave a property optional, so requests may omit it", () => {
    expect(propertyType({ type: "string", default: "blue" })).toBe(`/** @default blue */ p?: string;`);
  });
});

describe("invisible characters", () => {
  it.each([
    ["\u2028", `\\u2028`, "@description d *"],
    ["\u202e", `\\u202e`, "@description d\\u202e"],
    ["a\u200bb", `a\\u200bb`, "@description da\\u200bb"],
  ])("%j is escaped in enum literals and never left raw in comments", (raw, escaped, comment) => {
    const text = propertyType({ type: "string", description: `d${raw}`, enum: [raw, "x"] });
    expect(text).toContain(`"${escaped}"`);
    expect(text).toContain(comment);
    expect(text).not.toContain(raw);
  });
});
