/** JSON-text properties (`PropertyEncoding.json`): callers pass decoded values; JSON, form and multipart bodies carry their JSON text. */
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  ApiClient,
  ApiRequestError,
  type BodyEncoding,
  type OperationSpec,
  type PropertyEncoding,
} from "../../templates/runtime/index.js";
import { encodeJsonTextProperties, toJsonText } from "../../templates/runtime/json-text.js";
import type { $Json, $Read, Readable, Writable } from "../../templates/runtime/schema-markers.js";
import { parseMultipart, startServer, type TestServer } from "./test-server.js";

let server: TestServer;
let client: ApiClient;
beforeAll(async () => {
  server = await startServer();
  client = new ApiClient({ baseUrl: server.url, maxRetries: 0 });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const attributes = { attributes: { Color: "Red", Collection: "Elegant" } };

function create(
  encoding: BodyEncoding,
  mediaType: string,
  properties: Record<string, PropertyEncoding>,
): OperationSpec {
  return {
    method: "POST",
    path: "/items/",
    params: [],
    body: { required: true, from: "spread", variants: [{ mediaType, encoding, properties }] },
    response: { accept: "application/json" },
  };
}

describe("toJsonText", () => {
  it.each([
    [attributes, JSON.stringify(attributes)],
    [[1, "a"], '[1,"a"]'],
    [3, "3"],
    [false, "false"],
    ['{"already":"text"}', '{"already":"text"}'],
    [null, null],
    [undefined, undefined],
  ])("turns %j into %j", (given, want) => {
    expect(toJsonText(given)).toEqual(want);
  });

  it("refuses values JSON cannot represent", () => {
    expect(() => toJsonText(() => 1)).toThrow(ApiRequestError);
  });
});

describe("encodeJsonTextProperties", () => {
  it("copies the body, replacing flagged properties only, and leaves the caller's object alone", () => {
    const body = { data: attributes, other: { x: 1 } };
    const encoded = encodeJsonTextProperties(body, {
      mediaType: "application/json",
      encoding: "json",
      properties: { data: { json: true }, other: {} },
    });
    expect(encoded).toEqual({ data: JSON.stringify(attributes), other: { x: 1 } });
    expect(body.data).toBe(attributes);
  });

  it("keeps a property named __proto__ a plain key", () => {
    const body = JSON.parse('{"__proto__": {"a": 1}}') as Record<string, unknown>;
    const encoded = encodeJsonTextProperties(body, {
      mediaType: "application/json",
      encoding: "json",
      properties: { ["__proto__"]: { json: true } },
    }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(encoded)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(encoded, "__proto__")?.value).toBe('{"a":1}');
  });

  it("returns bodies without flagged properties unchanged", () => {
    const body = { a: 1 };
    expect(encodeJsonTextProperties(body, { mediaType: "application/json", encoding: "json" })).toBe(body);
    expect(
      encodeJsonTextProperties(body, {
        mediaType: "application/json",
        encoding: "json",
        properties: { data: { json: true } },
      }),
    ).toBe(body);
  });
});

describe("on the wire", () => {
  it("sends a JSON-text property of a JSON body as a string of JSON", async () => {
    await client.request(create("json", "application/json", { data: { json: true } }), {
      itemchoice_id: 1,
      data: attributes,
    });
    const sent = JSON.parse(server.last().body.toString()) as Record<string, unknown>;
    expect(sent).toEqual({ itemchoice_id: 1, data: JSON.stringify(attributes) });
    expect(JSON.parse(sent["data"] as string)).toEqual(attributes);
  });

  it("sends text the caller already encoded as it is", async () => {
    await client.request(create("json", "application/json", { data: { json: true } }), { data: '{"attributes":{}}' });
    expect(JSON.parse(server.last().body.toString())).toEqual({ data: '{"attributes":{}}' });
  });

  it("sends a JSON-text property of a form body as one field of JSON text", async () => {
    await client.request(create("form", "application/x-www-form-urlencoded", { data: { json: true } }), {
      quantity: 4,
      data: attributes,
    });
    const fields = new URLSearchParams(server.last().body.toString());
    expect([...fields.keys()]).toEqual(["quantity", "data"]);
    expect(JSON.parse(fields.get("data") ?? "")).toEqual(attributes);
  });

  it("sends a JSON-text property of a multipart body as one text part (with the declared content type, if any)", async () => {
    const op = create("multipart", "multipart/form-data", {
      data: { json: true },
      meta: { json: true, contentType: "text/plain" },
    });
    await client.request(op, { data: attributes, meta: [1, 2], image: new Blob(["png"], { type: "image/png" }) });
    const sent = server.last();
    const parts = parseMultipart(sent.body, String(sent.headers["content-type"]));
    expect(parts.map((p) => [p.name, p.contentType, p.data.toString()])).toEqual([
      ["data", undefined, JSON.stringify(attributes)],
      ["meta", "text/plain", "[1,2]"],
      ["image", "image/png", "png"],
    ]);
  });
});

describe("$Json marker", () => {
  type ItemData = { attributes?: { [key: string]: string } };
  type Schema = { pk: $Read<number>; data?: $Json<ItemData> | null };

  it("takes the decoded value (or the JSON text) in requests and gives the text in responses", () => {
    const decoded: Writable<Schema> = { data: { attributes: { Color: "Red" } } };
    const text: Writable<Schema> = { data: '{"attributes":{}}' };
    // @ts-expect-error -- not the decoded shape
    const wrong: Writable<Schema> = { data: { attributes: { Color: 1 } } };
    expect([decoded, text, wrong]).toHaveLength(3);
    expectTypeOf<Readable<Schema>["data"]>().toEqualTypeOf<string | null | undefined>();
  });
});
