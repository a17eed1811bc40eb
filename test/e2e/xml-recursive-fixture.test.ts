/**
 * The xml-recursive feature fixture (test/fixtures/xml-recursive-oas31.yaml), generated and imported: shared,
 * recursive shapes from src/xml-shapes.ts decode and encode a category tree at every level, on a 127.0.0.1 server.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { replyWith, useTestServer } from "../runtime/shared-setup.js";
import { fixtureClient } from "../support/fixture-client.js";

interface Link {
  href?: string;
  rel?: string;
}
interface Category {
  id: number;
  name: string;
  weight?: number;
  parent?: Category;
  children?: Category[];
  links?: Link[];
}
/** What this test uses of the fixture package (generated while the tests run; typed by test/fixtures.test.ts). */
interface XmlRecursiveOas31 {
  readonly categories: {
    list(): Promise<Category[]>;
    create(args: Category): Promise<Category>;
    get(args: { id: number }): Promise<Category>;
  };
  readonly meta: { put(args: { id: number; level?: number; source?: { url?: string } }): Promise<unknown> };
}

const server = useTestServer();
let client: XmlRecursiveOas31;

beforeAll(async () => {
  client = await fixtureClient<XmlRecursiveOas31>("xml-recursive-oas31", "XmlRecursiveOas31", server.url);
}, 120_000);

const DECL = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'xmlns:c="urn:example:catalog"';

/** A category element at `level` with one child down to `depth`: every list holds a single item. */
function categoryXml(level: number, depth: number): string {
  const children =
    level < depth
      ? `<children><c:category id="${level + 1}" ${NS}>${categoryXml(level + 1, depth)}</c:category></children>`
      : "";
  return `<name>n${level}</name><weight>${level}.5</weight>${children}<link href="/c/${level}" rel="self"></link>`;
}

function tree(level: number, depth: number): Category {
  return {
    id: level,
    name: `n${level}`,
    weight: level + 0.5,
    ...(level < depth ? { children: [tree(level + 1, depth)] } : {}),
    links: [{ href: `/c/${level}`, rel: "self" }],
  };
}

describe("generated client, recursive XML", () => {
  it("reads a list of three-level trees: single items are arrays and numbers are typed at every level", async () => {
    replyWith(
      server,
      200,
      "application/xml",
      `<categories><c:category id="1" ${NS}>${categoryXml(1, 3)}</c:category></categories>`,
    );
    expect(await client.categories.list()).toEqual([tree(1, 3)]);
  });

  it("writes a tree with the element names, namespace and attributes at every level", async () => {
    replyWith(server, 201, "application/xml", `<c:category id="1" ${NS}>${categoryXml(1, 3)}</c:category>`);
    const created = await client.categories.create(tree(1, 3));
    // The items' `xml` beside their `$ref` names them `category` as a whole: no prefix, no namespace (OpenAPI 3.1).
    const level3 =
      '<category id="3"><name>n3</name><weight>3.5</weight><link href="/c/3" rel="self"></link></category>';
    const level2 = `<category id="2"><name>n2</name><weight>2.5</weight><children>${level3}</children><link href="/c/2" rel="self"></link></category>`;
    expect(server.last().body.toString("utf8")).toBe(
      `${DECL}<c:category id="1" ${NS}><name>n1</name><weight>1.5</weight><children>${level2}</children><link href="/c/1" rel="self"></link></c:category>`,
    );
    expect(created).toEqual(tree(1, 3));
  });

  it("reads a singular recursive member (parent of parent) typed", async () => {
    replyWith(
      server,
      200,
      "application/xml",
      `<c:category id="3" ${NS}><name>c</name><c:category id="2"><name>b</name><c:category id="1"><name>a</name><weight>7</weight></c:category></c:category></c:category>`,
    );
    expect(await client.categories.get({ id: 3 })).toEqual({
      id: 3,
      name: "c",
      parent: { id: 2, name: "b", parent: { id: 1, name: "a", weight: 7 } },
    });
  });

  it("decodes an XML error body with the shared Link shape", async () => {
    replyWith(
      server,
      404,
      "application/xml",
      '<error><code>404</code><message>gone</message><see href="/c" rel="up"/></error>',
    );
    const error = (await client.categories.get({ id: 9 }).catch((e: unknown) => e)) as {
      status: number;
      body: unknown;
    };
    expect(error.status).toBe(404);
    expect(error.body).toEqual({ code: 404, message: "gone", see: [{ href: "/c", rel: "up" }] });
  });

  it("shapes components named like reserved words and __proto__, and members that reach the tree through them", async () => {
    replyWith(
      server,
      200,
      "application/xml",
      `<result><ok>true</ok><c:category id="5" ${NS}><name>x</name><children><c:category id="6"><name>y</name></c:category></children></c:category></result>`,
    );
    const stored = await client.meta.put({ id: 1, level: 2, source: { url: "u" } });
    expect(server.last().body.toString("utf8")).toBe(
      `${DECL}<meta><level>2</level><source><url>u</url></source></meta>`,
    );
    expect(stored).toEqual({ ok: true, category: { id: 5, name: "x", children: [{ id: 6, name: "y" }] } });
  });
});
