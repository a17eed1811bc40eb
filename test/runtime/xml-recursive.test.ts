/**
 * Recursive XML shapes as src/xml-shapes.ts writes them (a component's content, referenced lazily by `ref`): a tree
 * decodes with arrays and typed scalars at every level, encodes back with its names, and depth is bounded both ways.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ApiClient, ApiDecodeError, ApiRequestError, type XmlShape } from "../../templates/runtime/index.js";
import { xmlCodec } from "../../templates/runtime/xml.js";
import { MAX_XML_DEPTH } from "../../templates/runtime/xml-decode.js";
import { replyWith, responseOp, uploadOp, useTestServer } from "./shared-setup.js";

const server = useTestServer();
let client: ApiClient;
beforeAll(() => {
  client = new ApiClient({ baseUrl: server.url, maxRetries: 0, codecs: { xml: xmlCodec } });
});

const linkXml: XmlShape = {
  properties: { href: { attribute: true, type: "string" }, rel: { attribute: true, type: "string" } },
};
/** `Category.children: Category[]` (wrapped, items named `category`); the content refers to itself. */
const categoryXml: XmlShape = {
  properties: {
    id: { attribute: true, type: "integer" },
    name: { type: "string" },
    weight: { type: "number" },
    tag: { array: true, items: { type: "string" } },
    link: { array: true, items: { ref: () => linkXml } },
    children: { wrapped: true, array: true, items: { name: "category", ref: () => categoryXml } },
  },
};
const ROOT: XmlShape = { name: "category", namespace: "urn:cat", prefix: "c", ref: () => categoryXml };
const DECL = '<?xml version="1.0" encoding="UTF-8"?>';

async function received(xml: string, shape: XmlShape = ROOT): Promise<unknown> {
  replyWith(server, 200, "application/xml", xml);
  return client.request(responseOp({ accept: "application/xml", xml: shape }), {});
}

async function sent(body: unknown, shape: XmlShape = ROOT): Promise<string> {
  await client.request(uploadOp({ encoding: "xml", mediaType: "application/xml", xml: shape }), { id: 1, body });
  return server.last().body.toString("utf8");
}

/** A node of the tree with one child, one tag and one link at each level: every list has a single item. */
function node(level: number, depth: number): Record<string, unknown> {
  const value: Record<string, unknown> = {
    id: level,
    name: `n${level}`,
    weight: level + 0.5,
    tag: [`t${level}`],
    link: [{ href: `/c/${level}`, rel: "self" }],
  };
  if (level < depth) value["children"] = [node(level + 1, depth)];
  return value;
}

/** The same tree as a document, as a server writes it (no namespace prefixes on children). */
function nodeXml(level: number, depth: number, tagName = "c:category"): string {
  const children = level < depth ? `<children>${nodeXml(level + 1, depth, "category")}</children>` : "";
  const ns = tagName === "c:category" ? ' xmlns:c="urn:cat"' : "";
  return `<${tagName} id="${level}"${ns}><name>n${level}</name><weight>${level + 0.5}</weight><tag>t${level}</tag><link href="/c/${level}" rel="self"/>${children}</${tagName}>`;
}

describe("a recursive schema", () => {
  it("decodes a three-level tree: single items become arrays and numbers are typed at every level", async () => {
    expect(await received(nodeXml(1, 3))).toEqual(node(1, 3));
  });

  it("decodes as deep as the depth bound allows, still shaped at the bottom", async () => {
    // Each level is two elements (<category><children>), so 45 levels are 89 nested elements.
    const decoded = (await received(nodeXml(1, 45))) as Record<string, unknown>;
    let bottom = decoded;
    for (let level = 1; level < 45; level++) bottom = (bottom["children"] as Record<string, unknown>[])[0]!;
    expect(bottom).toEqual(node(45, 45));
  });

  it("encodes a tree with its names, namespace and attributes, in declaration order, and reads it back", async () => {
    const tree = node(1, 3);
    const written = await sent(tree);
    expect(server.last().headers["content-type"]).toBe("application/xml");
    const level3 =
      '<category id="3"><name>n3</name><weight>3.5</weight><tag>t3</tag><link href="/c/3" rel="self"></link></category>';
    const level2 = `<category id="2"><name>n2</name><weight>2.5</weight><tag>t2</tag><link href="/c/2" rel="self"></link><children>${level3}</children></category>`;
    expect(written).toBe(
      `${DECL}<c:category id="1" xmlns:c="urn:cat"><name>n1</name><weight>1.5</weight><tag>t1</tag><link href="/c/1" rel="self"></link><children>${level2}</children></c:category>`,
    );
    expect(await received(written)).toEqual(tree);
  });
});

describe("hostile depth", () => {
  it("refuses a very deep document with a decode error, not a stack overflow", async () => {
    const levels = 100_000;
    const deep = `${"<children><category>".repeat(levels)}x${"</category></children>".repeat(levels)}`;
    const error = await received(`<category>${deep}</category>`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiDecodeError);
    expect((error as Error).message).toMatch(/nested/i);
  });

  it(`refuses a document one element deeper than ${MAX_XML_DEPTH} and reads one at the bound`, async () => {
    const doc = (n: number): string => `${"<a>".repeat(n)}1${"</a>".repeat(n)}`;
    const chain: XmlShape = { properties: { a: { ref: () => chain } } };
    await expect(received(doc(MAX_XML_DEPTH), { ref: () => chain })).resolves.toBeDefined();
    await expect(received(doc(MAX_XML_DEPTH + 1), { ref: () => chain })).rejects.toBeInstanceOf(ApiDecodeError);
  });

  it("refuses to encode a value nested past the bound, or a cycle, and sends nothing", async () => {
    const deep = node(1, MAX_XML_DEPTH);
    const cyclic: Record<string, unknown> = { id: 1 };
    cyclic["children"] = [cyclic];
    for (const body of [deep, cyclic]) {
      const error = await sent(body).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiRequestError);
      expect((error as Error).message).toContain(`deeper than ${MAX_XML_DEPTH}`);
    }
    expect(server.requests).toHaveLength(0);
  });
});
