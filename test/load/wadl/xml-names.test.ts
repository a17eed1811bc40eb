/** The names the importer puts in `xml` objects make the runtime's XML codec write and read the grammar's documents. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deriveOpenApi } from "../../../generator/load/wadl/derive-openapi.js";
import { xmlShapeOf } from "../../../generator/normalize/xml-shape.js";
import { decodeXml, encodeXml } from "../../../templates/runtime/xml.js";

async function documentOf(name: string): Promise<Record<string, unknown>> {
  const folder = path.resolve("test/wadl", name);
  const derived = await deriveOpenApi({ wadlPath: path.join(folder, "api.wadl"), rootDir: folder });
  if (!derived.ok) throw new Error(derived.diagnostics.map((d) => d.message).join("\n"));
  return derived.document;
}

describe("XML names from the grammar", () => {
  it("unqualified schema: the root carries the prefix, children and attributes stay unqualified, refs keep their element names", async () => {
    const doc = await documentOf("resource-types");
    const shape = xmlShapeOf(doc, { $ref: "#/components/schemas/entry" });
    const value = { id: 7, link: [{ href: "/u/7", rel: "self" }], name: "ann", kind: "admin", status: "active", revision: 2 };
    const xml = encodeXml(value, shape);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><dir:entry status="active" revision="2" xmlns:dir="urn:example:directory"><id>7</id>' +
        '<dir:link href="/u/7" rel="self" xmlns:dir="urn:example:directory"></dir:link><name>ann</name><kind>admin</kind></dir:entry>',
    );
    expect(decodeXml(xml, shape)).toEqual({ ...value, link: [{ href: "/u/7", rel: "self" }] });
  });

  it("qualified schema: global elements declare the default namespace; repeated elements stay unwrapped and decode as arrays", async () => {
    const doc = await documentOf("nested-library");
    const shape = xmlShapeOf(doc, { $ref: "#/components/schemas/books" });
    const xml = '<books xmlns="urn:example:library" total="1"><book shelfNo="3"><isbn>0-306-40615-2</isbn><title>T</title><author>A</author><printed>1999</printed></book></books>';
    expect(decodeXml(xml, shape)).toEqual({ total: 1, book: [{ shelfNo: 3, isbn: "0-306-40615-2", title: "T", author: ["A"], printed: "1999" }] });
    expect(encodeXml({ book: [{ shelfNo: 3, isbn: "x", title: "T", author: ["A", "B"] }] }, shape)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><books xmlns="urn:example:library"><book shelfNo="3" xmlns="urn:example:library"><isbn>x</isbn><title>T</title><author>A</author><author>B</author></book></books>',
    );
  });
});
