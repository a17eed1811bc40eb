/** A property marked as its element's text (`xml.x-specforge-node-type: text`): written as the element's text, read back from it. */
import { beforeAll, describe, expect, it } from "vitest";
import { ApiClient, type XmlShape } from "../../templates/runtime/index.js";
import { xmlCodec } from "../../templates/runtime/xml.js";
import { replyWith, responseOp, uploadOp, useTestServer } from "./shared-setup.js";

const server = useTestServer();
let client: ApiClient;
beforeAll(() => {
  client = new ApiClient({ baseUrl: server.url, maxRetries: 0, codecs: { xml: xmlCodec } });
});

/** `<price currency="EUR">12.50</price>`: an XSD simpleContent extension of xs:decimal with an attribute. */
const PRICE: XmlShape = {
  properties: { value: { text: true, type: "number" }, currency: { attribute: true, type: "string" } },
};
const NOTE: XmlShape = { properties: { value: { text: true, type: "string" }, lang: { attribute: true } } };
const FLAG: XmlShape = {
  properties: { on: { attribute: true, type: "boolean" }, value: { text: true, type: "boolean" } },
};

const OFFER: XmlShape = {
  name: "offer",
  namespace: "urn:shop",
  prefix: "s",
  properties: {
    price: { ...PRICE, name: "price" },
    note: NOTE,
    prices: { array: true, items: { ...PRICE, name: "price" }, name: "prices", wrapped: true },
    alt: { array: true, items: { ...PRICE, name: "alt" } },
    flag: FLAG,
  },
};

const DECL = '<?xml version="1.0" encoding="UTF-8"?>';

async function sent(body: unknown, shape: XmlShape = OFFER): Promise<string> {
  await client.request(uploadOp({ encoding: "xml", mediaType: "application/xml", xml: shape }), { id: 1, body });
  return server.last().body.toString("utf8");
}

async function received(xml: string, shape: XmlShape = OFFER): Promise<unknown> {
  replyWith(server, 200, "application/xml", xml);
  return client.request(responseOp({ accept: "application/xml", xml: shape }), {});
}

describe("encoding a text property", () => {
  it("writes it as the element's text, the attributes beside it, escaped", async () => {
    expect(await sent({ price: { value: 12.5, currency: "EUR" }, note: { lang: "en", value: 'a < b & "c"' } })).toBe(
      `${DECL}<s:offer xmlns:s="urn:shop"><price currency="EUR">12.5</price><note lang="en">a &lt; b &amp; &quot;c&quot;</note></s:offer>`,
    );
  });

  it("escapes markup in attribute values next to the text", async () => {
    expect(await sent({ price: { value: 1, currency: 'E"<&>' } })).toBe(
      `${DECL}<s:offer xmlns:s="urn:shop"><price currency="E&quot;&lt;&amp;&gt;">1</price></s:offer>`,
    );
  });

  it("writes an element without attributes, and one without text", async () => {
    expect(await sent({ price: { value: 3 }, note: { lang: "de" } })).toBe(
      `${DECL}<s:offer xmlns:s="urn:shop"><price>3</price><note lang="de"></note></s:offer>`,
    );
  });

  it("writes arrays of such elements, wrapped and unwrapped, and booleans as text", async () => {
    const body = {
      prices: [{ value: 1, currency: "EUR" }, { value: 2 }],
      alt: [{ value: 0.5, currency: "USD" }],
      flag: { on: true, value: false },
    };
    expect(await sent(body)).toBe(
      `${DECL}<s:offer xmlns:s="urn:shop"><prices><price currency="EUR">1</price><price>2</price></prices>` +
        '<alt currency="USD">0.5</alt><flag on="true">false</flag></s:offer>',
    );
  });

  it("writes the text of a root element", async () => {
    expect(await sent({ value: 9.99, currency: "GBP" }, { ...PRICE, name: "price", namespace: "urn:shop" })).toBe(
      `${DECL}<price currency="GBP" xmlns="urn:shop">9.99</price>`,
    );
  });
});

describe("decoding a text property", () => {
  it("reads the element's text into the property, typed, beside the attributes", async () => {
    expect(
      await received(
        '<offer><price currency="EUR">12.50</price><note lang="en">a &lt; b &amp; c</note><flag on="false">true</flag></offer>',
      ),
    ).toEqual({
      price: { value: 12.5, currency: "EUR" },
      note: { value: "a < b & c", lang: "en" },
      flag: { on: false, value: true },
    });
  });

  it("reads an element without attributes as an object with its text", async () => {
    expect(await received("<offer><price>7</price><note>hi</note></offer>")).toEqual({
      price: { value: 7 },
      note: { value: "hi" },
    });
  });

  it("leaves empty text absent for a number and reads it as an empty string for a string", async () => {
    expect(await received('<offer><price currency="EUR"/><note lang="en"></note><flag/></offer>')).toEqual({
      price: { currency: "EUR" },
      note: { value: "", lang: "en" },
      flag: {},
    });
  });

  it("reads CDATA text and namespaced documents", async () => {
    expect(
      await received(
        '<s:offer xmlns:s="urn:shop"><s:note s:lang="fr"><![CDATA[<b>gras</b>]]></s:note><s:price s:currency="EUR">1.5</s:price></s:offer>',
      ),
    ).toEqual({
      note: { value: "<b>gras</b>", lang: "fr" },
      price: { value: 1.5, currency: "EUR" },
    });
  });

  it("reads arrays of such elements, one element still a list, wrapped and unwrapped", async () => {
    expect(
      await received('<offer><prices><price currency="EUR">1</price><price>2</price></prices><alt>3.25</alt></offer>'),
    ).toEqual({
      prices: [{ value: 1, currency: "EUR" }, { value: 2 }],
      alt: [{ value: 3.25 }],
    });
  });

  it("reads the text of a root element, and keeps text that is not a number as it came", async () => {
    expect(await received('<price currency="GBP">9.99</price>', { ...PRICE, name: "price" })).toEqual({
      value: 9.99,
      currency: "GBP",
    });
    expect(await received("<price>n/a</price>", { ...PRICE, name: "price" })).toEqual({ value: "n/a" });
  });

  it("round-trips what it writes", async () => {
    const body = {
      price: { value: 12.5, currency: "EUR" },
      prices: [{ value: 1 }, { value: 2, currency: "USD" }],
      note: { value: "x & y" },
    };
    replyWith(server, 200, "application/xml", await sent(body));
    expect(await client.request(responseOp({ accept: "application/xml", xml: OFFER }), {})).toEqual(body);
  });

  it("writes the text before child elements when the object has both, and reads it back", async () => {
    const shape: XmlShape = {
      name: "m",
      properties: { id: { attribute: true, type: "integer" }, value: { text: true }, b: {} },
    };
    const written = await sent({ b: "x", value: "hello", id: 1 }, shape);
    expect(written).toBe(`${DECL}<m id="1">hello<b>x</b></m>`);
    expect(await received(written, shape)).toEqual({ id: 1, value: "hello", b: "x" });
  });
});
