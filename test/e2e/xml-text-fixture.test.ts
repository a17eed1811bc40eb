/**
 * The xml-text feature fixture (test/fixtures/xml-text-oas31.yaml), generated and imported: the text marker travels
 * from the spec through the generated operation specs to the runtime codec, checked on the wire of a 127.0.0.1 server.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { replyWith, useTestServer } from "../runtime/shared-setup.js";
import { fixtureClient } from "../support/fixture-client.js";

interface Price {
  value: number;
  currency: string;
}
interface Product {
  id?: number;
  name: { value: string; lang?: string };
  price: Price;
  offers?: Price[];
  flags?: { code?: string; value?: boolean }[];
}
/** What this test uses of the fixture package (generated while the tests run; typed by test/fixtures.test.ts). */
interface XmlTextOas31 {
  readonly products: {
    get(args: { productId: number }): Promise<Product>;
    replace(args: { productId: number } & Product): Promise<undefined>;
  };
  readonly prices: { get(): Promise<Price> };
}

const server = useTestServer();
let client: XmlTextOas31;

beforeAll(async () => {
  client = await fixtureClient<XmlTextOas31>("xml-text-oas31", "XmlTextOas31", server.url);
}, 120_000);

const PRODUCT =
  '<?xml version="1.0" encoding="UTF-8"?><product id="7" xmlns="urn:example:catalogue"><name lang="en">Tea &amp; biscuits</name>' +
  '<price currency="EUR">12.5</price><offers><offer currency="EUR">10</offer><offer currency="USD">11.25</offer></offers>' +
  '<flag code="vegan">true</flag></product>';

describe("generated client, element text", () => {
  it("writes text properties as element text, attributes beside them", async () => {
    server.handle((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const product: Product = {
      id: 7,
      name: { value: "Tea & biscuits", lang: "en" },
      price: { value: 12.5, currency: "EUR" },
      offers: [
        { value: 10, currency: "EUR" },
        { value: 11.25, currency: "USD" },
      ],
      flags: [{ code: "vegan", value: true }],
    };
    await client.products.replace({ productId: 7, ...product });
    expect(server.last().url).toBe("/products/7");
    expect(server.last().headers["content-type"]).toBe("application/xml");
    expect(server.last().body.toString("utf8")).toBe(PRODUCT);
  });

  it("reads element text into the typed properties", async () => {
    replyWith(server, 200, "application/xml", PRODUCT);
    expect(await client.products.get({ productId: 7 })).toEqual({
      id: 7,
      name: { value: "Tea & biscuits", lang: "en" },
      price: { value: 12.5, currency: "EUR" },
      offers: [
        { value: 10, currency: "EUR" },
        { value: 11.25, currency: "USD" },
      ],
      flags: [{ code: "vegan", value: true }],
    });
  });

  it("reads a root element's text, with the attribute absent or present", async () => {
    replyWith(server, 200, "application/xml", '<price currency="GBP">0.99</price>');
    expect(await client.prices.get()).toEqual({ value: 0.99, currency: "GBP" });
    replyWith(server, 200, "application/xml", "<price>3</price>");
    expect(await client.prices.get()).toEqual({ value: 3 });
  });
});
