/** JSON-text body properties (`contentMediaType: application/json` + `contentSchema`) get `json: true` in the IR. */
import { describe, expect, it } from "vitest";
import { buildRequestBody } from "../../generator/normalize/build-request-body.js";
import { isJsonTextSchema, jsonTextPropertyNames, withJsonTextFlags } from "../../generator/normalize/json-text.js";

const jsonText = {
  type: "string",
  contentMediaType: "application/json",
  contentSchema: { $ref: "#/components/schemas/Data" },
};

describe("isJsonTextSchema", () => {
  it.each([
    [jsonText, true],
    [{ ...jsonText, type: ["string", "null"] }, true],
    [{ ...jsonText, contentMediaType: "application/vnd.acme+json; charset=utf-8" }, true],
    [{ ...jsonText, contentMediaType: "text/plain" }, false],
    [{ ...jsonText, contentEncoding: "base64" }, false],
    [{ type: "string", contentMediaType: "application/json" }, false],
    [{ ...jsonText, type: "object" }, false],
  ])("%j → %s", (schema, want) => {
    expect(isJsonTextSchema(schema)).toBe(want);
  });
});

const doc = {
  components: {
    schemas: {
      Data: { type: "object", properties: { attributes: { type: "object" } } },
      Text: jsonText,
      Base: { type: "object", properties: { meta: { $ref: "#/components/schemas/Text" }, name: { type: "string" } } },
      Create: {
        allOf: [
          { $ref: "#/components/schemas/Base" },
          { type: "object", properties: { data: jsonText, nested: { type: "object", properties: { x: jsonText } } } },
        ],
      },
    },
  },
};

describe("jsonTextPropertyNames", () => {
  it("finds top-level JSON-text properties through $ref and allOf, not nested ones", () => {
    expect(jsonTextPropertyNames(doc, { $ref: "#/components/schemas/Create" })).toEqual(["data", "meta"]);
    expect(jsonTextPropertyNames(doc, { type: "string" })).toEqual([]);
  });
});

describe("withJsonTextFlags", () => {
  it("flags JSON, form and multipart properties, keeping their encodings", () => {
    expect(withJsonTextFlags(undefined, ["data"], "json")).toEqual({ data: { json: true } });
    expect(withJsonTextFlags({ data: { contentType: "text/plain" } }, ["data"], "multipart")).toEqual({
      data: { contentType: "text/plain", json: true },
    });
    expect(withJsonTextFlags(undefined, ["data"], "xml")).toBeUndefined();
    expect(withJsonTextFlags(undefined, [], "json")).toBeUndefined();
  });

  it("leaves a form or multipart property alone when its Encoding Object already says JSON (the runtime serializes it then)", () => {
    expect(withJsonTextFlags({ data: { contentType: "application/json" } }, ["data"], "form")).toEqual({
      data: { contentType: "application/json" },
    });
  });
});

describe("buildRequestBody", () => {
  it("puts the flags on every variant's properties", () => {
    const schema = { $ref: "#/components/schemas/Create" };
    const body = buildRequestBody(
      doc,
      { required: true, content: { "application/x-www-form-urlencoded": { schema }, "application/json": { schema } } },
      ["/items/", "post"],
    );
    expect(body?.variants.map((v) => [v.mediaType, v.properties])).toEqual([
      ["application/json", { data: { json: true }, meta: { json: true } }],
      ["application/x-www-form-urlencoded", { data: { json: true }, meta: { json: true } }],
    ]);
  });
});
