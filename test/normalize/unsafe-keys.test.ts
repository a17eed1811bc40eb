/** Spec strings that are also Object.prototype member names (`__proto__`, `constructor`) stay plain data in the IR. */
import { describe, expect, it } from "vitest";
import { buildRequestBody } from "../../generator/normalize/build-request-body.js";
import type { Parameter } from "../../generator/normalize/ir.js";
import { normalizeApi } from "../../generator/normalize/normalize.js";
import { assignArgumentKeys } from "../../generator/normalize/passes/assign-argument-keys.js";
import { xmlShapeOf } from "../../generator/normalize/xml-shape.js";
import { makeApi, makeOperation } from "./op-factory.js";

function param(name: string, location: Parameter["in"]): Parameter {
  return {
    name,
    in: location,
    key: name,
    required: location === "path",
    style: "form",
    explode: true,
    allowReserved: false,
    deprecated: false,
    type: { root: "paths", keys: [] },
    example: 1,
  };
}

const OPTIONS = { id: "t", packageName: "@specforge/t", packageVersion: "0.1.0", sourceName: "t.yaml" };

describe("argument keys", () => {
  it.each([
    ["query", "queryProto"],
    ["path", "pathProto"],
    ["header", "headerProto"],
  ] as const)("a %s parameter named __proto__ gets the key %s", (location, want) => {
    const op = makeOperation({
      method: "get",
      path: "/x",
      params: [param("__proto__", location), param("constructor", "query")],
    });
    const keys = assignArgumentKeys.run(makeApi([op])).operations[0]!.params.map((p) => p.key);
    expect(keys).toContain(want);
    expect(keys).not.toContain("__proto__");
  });

  it("does not spread a body with a __proto__ property (an object literal could not pass it)", () => {
    const variant = {
      mediaType: "application/json",
      encoding: "json" as const,
      type: { root: "paths" as const, keys: [] },
      objectProperties: ["__proto__", "name"],
    };
    const op = makeOperation({
      method: "post",
      path: "/x",
      body: { required: true, variants: [variant], from: "spread" },
    });
    expect(assignArgumentKeys.run(makeApi([op])).operations[0]!.body!.from).toEqual({ key: "body" });
  });
});

describe("tag descriptions", () => {
  it.each([
    [[{ name: "constructor" }], undefined],
    [[{ name: "constructor", description: "Builders." }], "Builders."],
    [[], undefined],
  ])("tags %j give the resource `constructor` the description %j", (tags, want) => {
    const doc = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      tags,
      paths: { "/c": { get: { tags: ["constructor"], responses: {} } } },
    };
    const api = normalizeApi(doc, OPTIONS);
    expect(api.resources.map((r) => [r.propertyName, r.description])).toEqual([["constructor_", want]]);
  });
});

describe("maps keyed by property names", () => {
  const schema = {
    type: "object",
    properties: JSON.parse(
      '{"__proto__": {"type": "integer"}, "constructor": {"type": "string", "xml": {"attribute": true}}}',
    ),
  };

  it("keeps __proto__ and constructor as own keys of XML shapes", () => {
    const shape = xmlShapeOf({}, schema)!;
    expect(Object.keys(shape.properties!)).toEqual(["__proto__", "constructor"]);
    expect(Object.hasOwn(shape.properties!, "__proto__")).toBe(true);
    expect(shape.properties!["__proto__"]).toEqual({ type: "integer" });
    expect(shape.properties!["constructor"]).toEqual({ attribute: true, type: "string" });
  });

  it("keeps __proto__ as an own key of form/multipart property encodings", () => {
    const encoding = JSON.parse(
      '{"__proto__": {"contentType": "application/json"}, "file": {"contentType": "image/png"}}',
    );
    const body = buildRequestBody({}, { content: { "multipart/form-data": { schema, encoding } } }, ["/x", "post"])!;
    const properties = body.variants[0]!.properties!;
    expect(Object.keys(properties)).toEqual(["__proto__", "file"]);
    expect(properties["__proto__"]).toEqual({ contentType: "application/json" });
  });
});
