/** XML shapes from `xml` objects: which element names a referenced schema gets, as the body, as a property and as items. */
import { describe, expect, it } from "vitest";
import { xmlShapeOf } from "../../generator/normalize/xml-shape.js";

const doc = {
  components: {
    schemas: {
      Status: { type: "string", enum: ["DRAFT", "PUBLISHED"] },
      Billing: { type: "object", properties: { order: { type: "integer" } } },
      Price: { type: "object", xml: { name: "eventPrice" }, properties: { amount: { type: "number" } } },
      Event: {
        type: "object",
        properties: {
          status: { $ref: "#/components/schemas/Status" },
          artist: { type: "array", items: { $ref: "#/components/schemas/Billing" } },
          prices: { type: "array", items: { $ref: "#/components/schemas/Price" } },
          billing: { $ref: "#/components/schemas/Billing" },
        },
      },
      Shelf: { type: "array", xml: { wrapped: true }, items: { $ref: "#/components/schemas/Billing" } },
    },
  },
};

describe("xmlShapeOf", () => {
  it("names the body after its component when the schema sets no xml.name", () => {
    expect(xmlShapeOf(doc, { $ref: "#/components/schemas/Event" })?.name).toBe("Event");
  });

  it("names a property after the property, not after the component it references", () => {
    const shape = xmlShapeOf(doc, { $ref: "#/components/schemas/Event" })!;
    expect(shape.properties!["status"]).toEqual({ type: "string" });
    expect(shape.properties!["billing"]).toEqual({ properties: { order: { type: "integer" } } });
  });

  it("names the items of a property's array after the property unless the items set xml.name", () => {
    const shape = xmlShapeOf(doc, { $ref: "#/components/schemas/Event" })!;
    expect(shape.properties!["artist"]!.items!.name).toBeUndefined();
    expect(shape.properties!["prices"]!.items!.name).toBe("eventPrice");
  });

  it("names the items of a body array after their component", () => {
    expect(xmlShapeOf(doc, { $ref: "#/components/schemas/Shelf" })).toMatchObject({ name: "Shelf", array: true, wrapped: true, items: { name: "Billing" } });
  });

  it("lets the xml object beside a $ref (OpenAPI 3.1) name the element where it is used, as a whole", () => {
    const shape = xmlShapeOf(doc, { type: "object", properties: { cheap: { $ref: "#/components/schemas/Price", xml: { name: "cheapest" } }, list: { type: "array", items: { $ref: "#/components/schemas/Price", xml: { name: "p", prefix: "x" } } } } })!;
    expect(shape.properties!["cheap"]).toEqual({ name: "cheapest", properties: { amount: { type: "number" } } });
    expect(shape.properties!["list"]!.items).toEqual({ name: "p", prefix: "x", properties: { amount: { type: "number" } } });
    expect(xmlShapeOf(doc, { $ref: "#/components/schemas/Price", xml: { name: "root", namespace: "urn:x" } })).toMatchObject({ name: "root", namespace: "urn:x" });
  });
});
