/** The names the importer puts in `xml` objects make the runtime's XML codec write and read the grammar's documents. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deriveOpenApi } from "../../../generator/load/wadl/derive-openapi.js";
import { linkedXmlShape } from "../../support/linked-xml-shape.js";
import { decodeXml, encodeXml } from "../../../templates/runtime/xml.js";
import { application, convertFiles } from "./wadl-harness.js";

async function documentOf(name: string): Promise<Record<string, unknown>> {
  const folder = path.resolve("test/wadl", name);
  const derived = await deriveOpenApi({ wadlPath: path.join(folder, "api.wadl"), rootDir: folder });
  if (!derived.ok) throw new Error(derived.diagnostics.map((d) => d.message).join("\n"));
  return derived.document;
}

describe("XML names from the grammar", () => {
  it("unqualified schema: the root carries the prefix, children and attributes stay unqualified, refs keep their element names", async () => {
    const doc = await documentOf("resource-types");
    const shape = linkedXmlShape(doc, { $ref: "#/components/schemas/entry" });
    const value = {
      id: 7,
      link: [{ href: "/u/7", rel: "self" }],
      name: "ann",
      kind: "admin",
      status: "active",
      revision: 2,
    };
    const xml = encodeXml(value, shape);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><dir:entry revision="2" status="active" xmlns:dir="urn:example:directory"><id>7</id>' +
        '<dir:link href="/u/7" rel="self" xmlns:dir="urn:example:directory"></dir:link><name>ann</name><kind>admin</kind></dir:entry>',
    );
    expect(decodeXml(xml, shape)).toEqual({ ...value, link: [{ href: "/u/7", rel: "self" }] });
  });

  it("qualified schema: global elements declare the default namespace; repeated elements stay unwrapped and decode as arrays", async () => {
    const doc = await documentOf("nested-library");
    const shape = linkedXmlShape(doc, { $ref: "#/components/schemas/books" });
    const xml =
      '<books xmlns="urn:example:library" total="1"><book shelfNo="3"><isbn>0-306-40615-2</isbn><title>T</title><author>A</author><printed>1999</printed></book></books>';
    expect(decodeXml(xml, shape)).toEqual({
      total: 1,
      book: [{ shelfNo: 3, isbn: "0-306-40615-2", title: "T", author: ["A"], printed: "1999" }],
    });
    expect(encodeXml({ book: [{ shelfNo: 3, isbn: "x", title: "T", author: ["A", "B"] }] }, shape)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><books xmlns="urn:example:library"><book shelfNo="3" xmlns="urn:example:library"><isbn>x</isbn><title>T</title><author>A</author><author>B</author></book></books>',
    );
  });

  it("simple content: the element's text is the value property, written and read beside the attributes", async () => {
    const grammars = `<xs:schema targetNamespace="urn:shop" xmlns:s="urn:shop" elementFormDefault="qualified">
      <xs:element name="offer"><xs:complexType><xs:sequence><xs:element name="price" type="s:price" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element>
      <xs:complexType name="price"><xs:simpleContent><xs:extension base="xs:decimal"><xs:attribute name="currency" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>
    </xs:schema>`;
    const wadl = application(
      `<resource path="offer"><method name="GET"><response><representation mediaType="application/xml" xmlns:s="urn:shop" element="s:offer"/></response></method></resource>`,
      { grammars },
    );
    const doc = await convertFiles({ "api.wadl": wadl });
    const shape = linkedXmlShape(doc, { $ref: "#/components/schemas/offer" });
    const xml = '<offer xmlns="urn:shop"><price currency="EUR">12.50</price><price>3</price></offer>';
    expect(decodeXml(xml, shape)).toEqual({ price: [{ value: 12.5, currency: "EUR" }, { value: 3 }] });
    expect(encodeXml({ price: [{ value: 12.5, currency: "EUR" }] }, shape)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><offer xmlns="urn:shop"><price currency="EUR">12.5</price></offer>',
    );
  });
});
