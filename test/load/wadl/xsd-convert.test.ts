/** XSD → JSON Schema, construct by construct: given a schema, want the components it becomes. */
import { describe, expect, it } from "vitest";
import { at, convertFiles, NS } from "./wadl-harness.js";

/** Components of a WADL whose only grammar is `<xs:schema {attributes}>{body}</xs:schema>`. */
async function componentsOf(body: string, attributes = ""): Promise<unknown> {
  const wadl = `<application ${NS}><grammars><xs:schema ${attributes}>${body}</xs:schema></grammars><resources base="https://x.test"/></application>`;
  return at(await convertFiles({ "api.wadl": wadl }), "components", "schemas");
}

const el = (name: string) => ({ name });
/** What the importer writes on the property that holds an element's text (simple content). */
const TEXT = { description: "The element's text content.", xml: { "x-specforge-node-type": "text" } };

interface Case {
  name: string;
  xsd: string;
  attributes?: string;
  want: Record<string, unknown>;
}

const cases: Case[] = [
  {
    name: "sequence: properties in order, minOccurs=0 optional, maxOccurs unbounded an array, maxOccurs n maxItems",
    xsd: `<xs:complexType name="t"><xs:sequence><xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:int" minOccurs="0"/>
      <xs:element name="c" type="xs:string" maxOccurs="unbounded"/><xs:element name="d" type="xs:string" minOccurs="2" maxOccurs="5"/></xs:sequence></xs:complexType>`,
    want: {
      t: {
        type: "object",
        properties: {
          a: { type: "string" },
          b: { type: "integer", format: "int32" },
          c: { type: "array", items: { type: "string" } },
          d: { type: "array", items: { type: "string" }, minItems: 2, maxItems: 5 },
        },
        required: ["a", "c", "d"],
      },
    },
  },
  {
    name: "all: like a sequence without order",
    xsd: `<xs:complexType name="t"><xs:all><xs:element name="x" type="xs:boolean"/><xs:element name="y" type="xs:double" minOccurs="0"/></xs:all></xs:complexType>`,
    want: {
      t: {
        type: "object",
        properties: { x: { type: "boolean" }, y: { type: "number", format: "double" } },
        required: ["x"],
      },
    },
  },
  {
    name: "choice: every member an optional property, and exactly one of them required via oneOf branches",
    xsd: `<xs:complexType name="t"><xs:choice><xs:element name="card" type="xs:string"/><xs:element name="iban" type="xs:string"/></xs:choice></xs:complexType>`,
    want: {
      t: {
        type: "object",
        properties: { card: { type: "string" }, iban: { type: "string" } },
        oneOf: [
          { type: "object", properties: { card: { type: "string" } }, required: ["card"] },
          { type: "object", properties: { iban: { type: "string" } }, required: ["iban"] },
        ],
      },
    },
  },
  {
    name: "an optional or repeated choice only makes its members optional (or arrays)",
    xsd: `<xs:complexType name="t"><xs:choice minOccurs="0" maxOccurs="unbounded"><xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:string"/></xs:choice></xs:complexType>`,
    want: {
      t: {
        type: "object",
        properties: {
          a: { type: "array", items: { type: "string" } },
          b: { type: "array", items: { type: "string" } },
        },
      },
    },
  },
  {
    name: "attributes: xml attribute, use=required, default and fixed",
    xsd: `<xs:complexType name="t"><xs:attribute name="id" type="xs:long" use="required"/><xs:attribute name="lang" type="xs:language" default="en"/>
      <xs:attribute name="v" type="xs:int" fixed="2"/><xs:attribute name="gone" type="xs:string" use="prohibited"/></xs:complexType>`,
    want: {
      t: {
        type: "object",
        properties: {
          id: { type: "integer", format: "int64", xml: { attribute: true } },
          lang: { type: "string", default: "en", xml: { attribute: true } },
          v: { type: "integer", format: "int32", const: 2, xml: { attribute: true } },
        },
        required: ["id"],
      },
    },
  },
  {
    name: "simpleType restrictions: enumeration, pattern, lengths, ranges",
    xsd: `<xs:simpleType name="color"><xs:restriction base="xs:string"><xs:enumeration value="red"/><xs:enumeration value="blue"/></xs:restriction></xs:simpleType>
      <xs:simpleType name="code"><xs:restriction base="xs:string"><xs:pattern value="[A-Z]{3}"/><xs:minLength value="3"/><xs:maxLength value="3"/></xs:restriction></xs:simpleType>
      <xs:simpleType name="pin"><xs:restriction base="xs:string"><xs:length value="4"/></xs:restriction></xs:simpleType>
      <xs:simpleType name="slug"><xs:restriction base="xs:string"><xs:pattern value="[\\w-]+"/></xs:restriction></xs:simpleType>
      <xs:simpleType name="pct"><xs:restriction base="xs:decimal"><xs:minInclusive value="0"/><xs:maxExclusive value="100"/></xs:restriction></xs:simpleType>
      <xs:simpleType name="level"><xs:restriction base="xs:int"><xs:minExclusive value="0"/><xs:maxInclusive value="9"/><xs:enumeration value="1"/><xs:enumeration value="5"/></xs:restriction></xs:simpleType>`,
    want: {
      color: { type: "string", enum: ["red", "blue"] },
      code: { type: "string", pattern: "^(?:[A-Z]{3})$", minLength: 3, maxLength: 3 },
      pin: { type: "string", minLength: 4, maxLength: 4 },
      slug: { type: "string", pattern: "^(?:[\\w-]+)$" },
      pct: { type: "number", minimum: 0, exclusiveMaximum: 100 },
      level: { type: "integer", format: "int32", exclusiveMinimum: 0, maximum: 9, enum: [1, 5] },
    },
  },
  {
    name: "a restriction of a named simple type inlines the base and narrows it",
    xsd: `<xs:simpleType name="small"><xs:restriction base="xs:int"><xs:maxInclusive value="10"/></xs:restriction></xs:simpleType>
      <xs:simpleType name="tiny"><xs:restriction base="small"><xs:maxInclusive value="3"/></xs:restriction></xs:simpleType>`,
    want: {
      small: { type: "integer", format: "int32", maximum: 10 },
      tiny: { type: "integer", format: "int32", maximum: 3 },
    },
  },
  {
    name: "list (one element, space-separated text) and union simple types",
    xsd: `<xs:simpleType name="ids"><xs:list itemType="xs:int"/></xs:simpleType><xs:simpleType name="either"><xs:union memberTypes="xs:int"><xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="none"/></xs:restriction></xs:simpleType></xs:union></xs:simpleType>`,
    want: {
      ids: { type: "string", description: "A space-separated list of xs:int values." },
      either: {
        anyOf: [
          { type: "integer", format: "int32" },
          { type: "string", enum: ["none"] },
        ],
      },
    },
  },
  {
    name: "complexContent extension: allOf of the base and the new members",
    xsd: `<xs:complexType name="base"><xs:sequence><xs:element name="id" type="xs:long"/></xs:sequence></xs:complexType>
      <xs:complexType name="derived"><xs:complexContent><xs:extension base="base"><xs:sequence><xs:element name="name" type="xs:string"/></xs:sequence><xs:attribute name="rev" type="xs:int"/></xs:extension></xs:complexContent></xs:complexType>`,
    want: {
      base: { type: "object", properties: { id: { type: "integer", format: "int64" } }, required: ["id"] },
      derived: {
        allOf: [
          { $ref: "#/components/schemas/base" },
          {
            type: "object",
            properties: {
              name: { type: "string" },
              rev: { type: "integer", format: "int32", xml: { attribute: true } },
            },
            required: ["name"],
          },
        ],
      },
    },
  },
  {
    name: "complexContent restriction: the restated content model alone",
    xsd: `<xs:complexType name="base"><xs:sequence><xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:string" minOccurs="0"/></xs:sequence></xs:complexType>
      <xs:complexType name="narrow"><xs:complexContent><xs:restriction base="base"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:restriction></xs:complexContent></xs:complexType>`,
    want: {
      base: { type: "object", properties: { a: { type: "string" }, b: { type: "string" } }, required: ["a"] },
      narrow: { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
    },
  },
  {
    name: "nillable: null allowed (type list inline, anyOf around a $ref)",
    xsd: `<xs:complexType name="c"><xs:sequence><xs:element name="v" type="xs:string"/></xs:sequence></xs:complexType>
      <xs:complexType name="t"><xs:sequence><xs:element name="note" type="xs:string" nillable="true"/><xs:element name="other" type="c" nillable="true"/></xs:sequence></xs:complexType>`,
    want: {
      c: { type: "object", properties: { v: { type: "string" } }, required: ["v"] },
      t: {
        type: "object",
        properties: {
          note: { type: ["string", "null"] },
          other: { anyOf: [{ $ref: "#/components/schemas/c" }, { type: "null" }] },
        },
        required: ["note", "other"],
      },
    },
  },
  {
    name: "built-in types carry formats and ranges",
    xsd: `<xs:complexType name="t"><xs:sequence>
      <xs:element name="a" type="xs:dateTime"/><xs:element name="b" type="xs:date"/><xs:element name="c" type="xs:time"/><xs:element name="d" type="xs:duration"/>
      <xs:element name="e" type="xs:anyURI"/><xs:element name="f" type="xs:base64Binary"/><xs:element name="g" type="xs:unsignedByte"/><xs:element name="h" type="xs:float"/>
      <xs:element name="i" type="xs:positiveInteger"/><xs:element name="j" type="xs:anyType"/></xs:sequence></xs:complexType>`,
    want: {
      t: {
        type: "object",
        properties: {
          a: { type: "string", format: "date-time" },
          b: { type: "string", format: "date" },
          c: { type: "string", format: "time" },
          d: { type: "string", format: "duration" },
          e: { type: "string", format: "uri" },
          f: { type: "string", contentEncoding: "base64" },
          g: { type: "integer", minimum: 0, maximum: 255 },
          h: { type: "number", format: "float" },
          i: { type: "integer", minimum: 1 },
          j: {},
        },
        required: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"],
      },
    },
  },
  {
    name: "element refs: the property is named after the global element and points at its component",
    xsd: `<xs:element name="link"><xs:complexType><xs:attribute name="href" type="xs:anyURI"/></xs:complexType></xs:element>
      <xs:complexType name="t"><xs:sequence><xs:element ref="link" maxOccurs="unbounded"/></xs:sequence></xs:complexType>`,
    want: {
      link: {
        type: "object",
        properties: { href: { type: "string", format: "uri", xml: { attribute: true } } },
        xml: el("link"),
      },
      t: {
        type: "object",
        properties: { link: { type: "array", items: { $ref: "#/components/schemas/link" } } },
        required: ["link"],
      },
    },
  },
  {
    name: "an element and its same-named type share one component, so properties using that type name their element",
    xsd: `<xs:complexType name="event"><xs:sequence><xs:element name="t" type="xs:string"/></xs:sequence></xs:complexType>
      <xs:complexType name="envelopeType"><xs:sequence><xs:element name="event" type="event"/><xs:element name="previous" type="event" minOccurs="0"/></xs:sequence></xs:complexType>
      <xs:element name="event" type="event"/><xs:element name="envelope" type="envelopeType"/>`,
    want: {
      event: { type: "object", properties: { t: { type: "string" } }, required: ["t"], xml: el("event") },
      envelope: { $ref: "#/components/schemas/envelopeType", xml: el("envelope") },
      envelopeType: {
        type: "object",
        properties: {
          event: { $ref: "#/components/schemas/event", xml: el("event") },
          previous: { $ref: "#/components/schemas/event", xml: el("previous") },
        },
        required: ["event"],
      },
    },
  },
  {
    name: "name clashes between an element and an unrelated type: the type gets a Type suffix",
    xsd: `<xs:element name="item" type="xs:string"/><xs:complexType name="item"><xs:sequence><xs:element name="x" type="xs:int"/></xs:sequence></xs:complexType>`,
    want: {
      item: { type: "string", xml: el("item") },
      itemType: { type: "object", properties: { x: { type: "integer", format: "int32" } }, required: ["x"] },
    },
  },
  {
    name: "qualified namespace: global elements in the default namespace (children inherit it)",
    attributes: `targetNamespace="urn:q" xmlns:q="urn:q" elementFormDefault="qualified"`,
    xsd: `<xs:element name="root"><xs:complexType><xs:sequence><xs:element name="child" type="xs:string"/></xs:sequence></xs:complexType></xs:element>`,
    want: {
      root: {
        type: "object",
        properties: { child: { type: "string" } },
        required: ["child"],
        xml: { name: "root", namespace: "urn:q" },
      },
    },
  },
  {
    name: "unqualified namespace: global elements carry the schema's prefix (children stay unqualified)",
    attributes: `targetNamespace="urn:u" xmlns:u="urn:u"`,
    xsd: `<xs:element name="root"><xs:complexType><xs:sequence><xs:element name="child" type="xs:string"/></xs:sequence></xs:complexType></xs:element>`,
    want: {
      root: {
        type: "object",
        properties: { child: { type: "string" } },
        required: ["child"],
        xml: { name: "root", namespace: "urn:u", prefix: "u" },
      },
    },
  },
  {
    name: "model groups and attribute groups are inlined",
    xsd: `<xs:group name="g"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:group><xs:attributeGroup name="ag"><xs:attribute name="b" type="xs:int"/></xs:attributeGroup>
      <xs:complexType name="t"><xs:sequence><xs:group ref="g" minOccurs="0"/></xs:sequence><xs:attributeGroup ref="ag"/></xs:complexType>`,
    want: {
      t: {
        type: "object",
        properties: { a: { type: "string" }, b: { type: "integer", format: "int32", xml: { attribute: true } } },
      },
    },
  },
  {
    name: "simple content with attributes: the text under value, attributes beside it",
    xsd: `<xs:complexType name="price"><xs:simpleContent><xs:extension base="xs:decimal"><xs:attribute name="currency" type="xs:string" use="required"/></xs:extension></xs:simpleContent></xs:complexType>`,
    want: {
      price: {
        type: "object",
        properties: { value: { ...TEXT, type: "number" }, currency: { type: "string", xml: { attribute: true } } },
        required: ["value", "currency"],
      },
    },
  },
  {
    name: "simple content: a named simple base is inlined under the text property; no attributes, just the text's type",
    xsd: `<xs:simpleType name="code"><xs:restriction base="xs:string"><xs:maxLength value="3"/></xs:restriction></xs:simpleType>
      <xs:complexType name="tagged"><xs:simpleContent><xs:extension base="code"><xs:attribute name="lang" type="xs:language"/></xs:extension></xs:simpleContent></xs:complexType>
      <xs:complexType name="plain"><xs:simpleContent><xs:extension base="xs:int"/></xs:simpleContent></xs:complexType>`,
    want: {
      code: { type: "string", maxLength: 3 },
      tagged: {
        type: "object",
        properties: {
          value: { ...TEXT, type: "string", maxLength: 3 },
          lang: { type: "string", xml: { attribute: true } },
        },
        required: ["value"],
      },
      plain: { type: "integer", format: "int32" },
    },
  },
  {
    name: "simple content: an attribute named value moves the text to text, then value_2",
    xsd: `<xs:complexType name="a"><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="value" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>
      <xs:complexType name="b"><xs:simpleContent><xs:extension base="xs:boolean"><xs:attribute name="value" type="xs:string"/><xs:attribute name="text" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>`,
    want: {
      a: {
        type: "object",
        properties: { text: { ...TEXT, type: "string" }, value: { type: "string", xml: { attribute: true } } },
        required: ["text"],
      },
      b: {
        type: "object",
        properties: {
          value_2: { ...TEXT, type: "boolean" },
          value: { type: "string", xml: { attribute: true } },
          text: { type: "string", xml: { attribute: true } },
        },
        required: ["value_2"],
      },
    },
  },
  {
    name: "simple content extending or restricting a complex type with simple content: attributes added, the text property inherited",
    xsd: `<xs:complexType name="price"><xs:simpleContent><xs:extension base="xs:decimal"><xs:attribute name="currency" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>
      <xs:complexType name="taxed"><xs:simpleContent><xs:extension base="price"><xs:attribute name="vat" type="xs:decimal"/></xs:extension></xs:simpleContent></xs:complexType>
      <xs:complexType name="small"><xs:simpleContent><xs:restriction base="price"><xs:maxInclusive value="10"/></xs:restriction></xs:simpleContent></xs:complexType>`,
    want: {
      price: {
        type: "object",
        properties: { value: { ...TEXT, type: "number" }, currency: { type: "string", xml: { attribute: true } } },
        required: ["value"],
      },
      taxed: {
        allOf: [
          { $ref: "#/components/schemas/price" },
          { type: "object", properties: { vat: { type: "number", xml: { attribute: true } } } },
        ],
      },
      small: { allOf: [{ $ref: "#/components/schemas/price" }] },
    },
  },
  {
    name: "documentation annotations become descriptions; element default values are typed",
    xsd: `<xs:complexType name="t"><xs:annotation><xs:documentation>A thing.</xs:documentation></xs:annotation><xs:sequence><xs:element name="n" type="xs:int" default="7"><xs:annotation><xs:documentation>Count.</xs:documentation></xs:annotation></xs:element></xs:sequence></xs:complexType>`,
    want: {
      t: {
        type: "object",
        properties: { n: { type: "integer", format: "int32", default: 7, description: "Count." } },
        required: ["n"],
        description: "A thing.",
      },
    },
  },
];

describe("XSD → JSON Schema", () => {
  it.each(cases)("$name", async ({ xsd, attributes, want }) => {
    expect(await componentsOf(xsd, attributes)).toEqual(want);
  });
});
