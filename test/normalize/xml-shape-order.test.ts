/** XML shapes list properties in declaration order, inherited (`allOf`, recursively) first, so the codec writes an xs:sequence in order. */
import { describe, expect, it } from "vitest";
import { linkedXmlShape } from "../support/linked-xml-shape.js";

const doc = {
  components: {
    schemas: {
      entity: { type: "object", properties: { sowprogId: { type: "integer" }, link: { type: "string" } } },
      named: {
        allOf: [{ $ref: "#/components/schemas/entity" }, { type: "object", properties: { name: { type: "string" } } }],
      },
      artist: {
        allOf: [{ $ref: "#/components/schemas/named" }],
        properties: { website: { type: "string" }, about: { type: "string" } },
      },
    },
  },
};

describe("xmlShapeOf property order", () => {
  it("lists inherited properties first, through nested allOf, then the schema's own in declaration order", () => {
    const shape = linkedXmlShape(doc, { $ref: "#/components/schemas/artist" })!;
    expect(Object.keys(shape.ref!().properties!)).toEqual(["sowprogId", "link", "name", "website", "about"]);
  });
});
