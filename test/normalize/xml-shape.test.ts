/** XML shapes from `xml` objects: which element names a referenced schema gets, as the body, as a property and as items. */
import { describe, expect, it } from "vitest";
import { xmlShapeOf } from "../../generator/normalize/xml-shape.js";
import { buildXmlShapeTable } from "../../generator/normalize/xml-shape-table.js";

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

/** The content the table holds for `component`. */
function contentOf(root: ReturnType<typeof xmlShapeOf>, component: string) {
  return buildXmlShapeTable(doc, [root!]).find((s) => s.component === component)?.content;
}

describe("xmlShapeOf", () => {
  it("names the body after its component when the schema sets no xml.name, and refers to the component's content", () => {
    expect(xmlShapeOf(doc, { $ref: "#/components/schemas/Event" })).toEqual({ name: "Event", ref: "Event" });
  });

  it("names a property after the property, not after the component it references; scalar components are inlined", () => {
    const event = contentOf(xmlShapeOf(doc, { $ref: "#/components/schemas/Event" }), "Event")!;
    expect(event.properties!["status"]).toEqual({ type: "string" });
    expect(event.properties!["billing"]).toEqual({ ref: "Billing" });
  });

  it("names the items of a property's array after the property unless the items set xml.name", () => {
    const event = contentOf(xmlShapeOf(doc, { $ref: "#/components/schemas/Event" }), "Event")!;
    expect(event.properties!["artist"]).toEqual({ array: true, items: { ref: "Billing" } });
    expect(event.properties!["prices"]!.items).toEqual({ name: "eventPrice", ref: "Price" });
  });

  it("keeps a body array inline and names its items after their component", () => {
    expect(xmlShapeOf(doc, { $ref: "#/components/schemas/Shelf" })).toEqual({
      name: "Shelf",
      array: true,
      wrapped: true,
      items: { name: "Billing", ref: "Billing" },
    });
  });

  it("lets the xml object beside a $ref (OpenAPI 3.1) name the element where it is used, as a whole", () => {
    const shape = xmlShapeOf(doc, {
      type: "object",
      properties: {
        cheap: { $ref: "#/components/schemas/Price", xml: { name: "cheapest" } },
        list: { type: "array", items: { $ref: "#/components/schemas/Price", xml: { name: "p", prefix: "x" } } },
      },
    })!;
    expect(shape.properties!["cheap"]).toEqual({ name: "cheapest", ref: "Price" });
    expect(shape.properties!["list"]!.items).toEqual({ name: "p", prefix: "x", ref: "Price" });
    expect(contentOf(shape, "Price")).toEqual({ properties: { amount: { type: "number" } } });
    expect(xmlShapeOf(doc, { $ref: "#/components/schemas/Price", xml: { name: "root", namespace: "urn:x" } })).toEqual({
      name: "root",
      namespace: "urn:x",
      ref: "Price",
    });
  });
});

describe("buildXmlShapeTable", () => {
  it("holds each component once, however often it is used, in discovery order", () => {
    const roots = [
      xmlShapeOf(doc, { $ref: "#/components/schemas/Event" })!,
      xmlShapeOf(doc, { $ref: "#/components/schemas/Shelf" })!,
    ];
    expect(buildXmlShapeTable(doc, roots).map((s) => [s.component, s.constName])).toEqual([
      ["Event", "eventXml"],
      ["Billing", "billingXml"],
      ["Price", "priceXml"],
    ]);
  });

  it("shapes a recursive schema at every depth: the component refers to itself", () => {
    const tree = {
      components: {
        schemas: {
          Category: {
            type: "object",
            properties: {
              id: { type: "integer", xml: { attribute: true } },
              children: {
                type: "array",
                xml: { wrapped: true },
                items: { $ref: "#/components/schemas/Category", xml: { name: "category" } },
              },
            },
          },
        },
      },
    };
    const root = xmlShapeOf(tree, { $ref: "#/components/schemas/Category" })!;
    expect(buildXmlShapeTable(tree, [root])).toEqual([
      {
        component: "Category",
        constName: "categoryXml",
        content: {
          properties: {
            id: { attribute: true, type: "integer" },
            children: { wrapped: true, array: true, items: { name: "category", ref: "Category" } },
          },
        },
      },
    ]);
  });

  it("names constants through the naming module: reserved words, __proto__ and names equal after case conversion", () => {
    const names = ["__proto__", "class", "link", "Link", "LINK", "🙂"];
    const schemas = Object.fromEntries(
      names.map((n) => [n, { type: "object", properties: { a: { type: "string" } } }]),
    );
    const many = { components: { schemas } };
    const root = {
      type: "object",
      properties: Object.fromEntries(
        names.map((n, i) => [`p${i}`, { $ref: `#/components/schemas/${encodeURIComponent(n)}` }]),
      ),
    };
    const table = buildXmlShapeTable(many, [xmlShapeOf(many, root)!]);
    expect(table.map((s) => s.component)).toEqual(names);
    expect(table.map((s) => s.constName)).toEqual(["protoXml", "classXml", "linkXml", "linkXml2", "linkXml3", "xml"]);
  });
});
