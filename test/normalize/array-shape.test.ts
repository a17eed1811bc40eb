/** Array paths of JSON bodies for `x-specforge-single-item-arrays`: through refs, allOf, items; pruned; bounded on cycles. */
import { describe, expect, it } from "vitest";
import { arrayShapeOf } from "../../generator/normalize/array-shape.js";

const doc = {
  components: {
    schemas: {
      entity: {
        type: "object",
        properties: { id: { type: "integer" }, link: { type: "array", items: { $ref: "#/components/schemas/link" } } },
      },
      link: { type: "object", properties: { href: { type: "string" } } },
      event: {
        allOf: [
          { $ref: "#/components/schemas/entity" },
          { type: "object", properties: { title: { type: "string" }, offer: { $ref: "#/components/schemas/offer" } } },
        ],
      },
      offer: {
        type: "object",
        properties: {
          free: { type: "boolean" },
          price: {
            type: "array",
            items: { type: "object", properties: { tags: { type: "array", items: { type: "string" } } } },
          },
        },
      },
      node: {
        type: "object",
        properties: { children: { type: "array", items: { $ref: "#/components/schemas/node" } } },
      },
    },
  },
};

describe("arrayShapeOf", () => {
  it("keeps only the paths that lead to arrays, through allOf, refs and items", () => {
    expect(arrayShapeOf(doc, { $ref: "#/components/schemas/event" })).toEqual({
      properties: {
        link: { array: true },
        offer: { properties: { price: { array: true, items: { properties: { tags: { array: true } } } } } },
      },
    });
  });

  it("is undefined for a body without arrays", () => {
    expect(arrayShapeOf(doc, { $ref: "#/components/schemas/link" })).toBeUndefined();
    expect(arrayShapeOf(doc, { type: "string" })).toBeUndefined();
  });

  it("stops at a recursive reference", () => {
    expect(arrayShapeOf(doc, { $ref: "#/components/schemas/node" })).toEqual({
      properties: { children: { array: true } },
    });
  });
});
