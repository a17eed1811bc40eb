import { beforeAll, describe, expect, it } from "vitest";
import { ApiClient, ApiDecodeError, type ResponseSpec } from "../../templates/runtime/index.js";
import { xmlCodec } from "../../templates/runtime/xml.js";
import { replyWith, responseOp, useTestServer } from "./shared-setup.js";

const server = useTestServer();
let client: ApiClient;
beforeAll(() => {
  client = new ApiClient({ baseUrl: server.url, maxRetries: 0, codecs: { xml: xmlCodec } });
});

describe("JSON", () => {
  it.each([
    "application/json",
    "application/json; charset=utf-8",
    "application/vnd.acme.v2+json",
    "application/problem+json",
  ])("parses %s", async (type) => {
    replyWith(server, 200, type, '{"a":[1,{"b":null}]}');
    expect(await client.request(responseOp(), {})).toEqual({ a: [1, { b: null }] });
  });

  it("turns malformed JSON into ApiDecodeError", async () => {
    replyWith(server, 200, "application/json", '{"a":');
    await expect(client.request(responseOp(), {})).rejects.toBeInstanceOf(ApiDecodeError);
  });

  it("drops __proto__ keys so nothing can be polluted", async () => {
    replyWith(
      server,
      200,
      "application/json",
      '{"__proto__":{"polluted":1},"nested":{"\\u005f_proto__":{"polluted":2}},"ok":true}',
    );
    const data = await client.request<Record<string, unknown>>(responseOp(), {});
    expect(data).toEqual({ nested: {}, ok: true });
    expect(Object.prototype.hasOwnProperty.call(data, "__proto__")).toBe(false);
    const merged = Object.assign({}, data, data["nested"]);
    expect((merged as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("decodes an empty JSON body as undefined", async () => {
    replyWith(server, 200, "application/json", "");
    expect(await client.request(responseOp(), {})).toBeUndefined();
  });
});

describe("empty bodies", () => {
  it("204 is undefined", async () => {
    replyWith(server, 204, undefined, "");
    expect(await client.request(responseOp(), {})).toBeUndefined();
  });

  it("Content-Length: 0 is undefined even with a JSON type", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "0" });
      res.end();
    });
    expect(await client.request(responseOp(), {})).toBeUndefined();
  });

  it("HEAD is undefined and still exposes the headers", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "x-total": "42" });
      res.end();
    });
    const { data, response } = await client.request(responseOp({}, "HEAD"), {}).withResponse();
    expect(data).toBeUndefined();
    expect(response.headers.get("x-total")).toBe("42");
    expect(server.last().method).toBe("HEAD");
  });
});

describe("text and binary", () => {
  it("text/* becomes a string", async () => {
    replyWith(server, 200, "text/plain; charset=utf-8", "héllo");
    expect(await client.request(responseOp(), {})).toBe("héllo");
  });

  it("other types become a Blob with the response type", async () => {
    replyWith(server, 200, "image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const blob = await client.request<Blob>(responseOp(), {});
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe("image/png");
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("response.stream hands the body over as a ReadableStream", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write(Buffer.from([1, 2]));
      setTimeout(() => res.end(Buffer.from([3])), 10);
    });
    const stream = await client.request<ReadableStream<Uint8Array>>(responseOp({ stream: true }), {});
    expect(stream).toBeInstanceOf(ReadableStream);
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...bytes]).toEqual([1, 2, 3]);
  });

  it("falls back to the declared Accept type when Content-Type is missing", async () => {
    replyWith(server, 200, undefined, '{"x":1}');
    expect(await client.request(responseOp({ accept: "application/json" }), {})).toEqual({ x: 1 });
  });
});

describe("XML", () => {
  const shape: ResponseSpec = {
    xml: {
      name: "Pets",
      properties: {
        count: { attribute: true, type: "integer" },
        pets: {
          array: true,
          wrapped: false,
          items: {
            name: "Pet",
            properties: {
              id: { type: "integer" },
              tags: { array: true, wrapped: true, name: "Tags", items: { name: "Tag" } },
            },
          },
        },
      },
    },
  };

  it("turns single elements into arrays where the shape says array, and coerces typed scalars", async () => {
    replyWith(
      server,
      200,
      "application/xml",
      '<?xml version="1.0"?><Pets count="1"><Pet><id>7</id><Tags><Tag>a &amp; b</Tag></Tags></Pet></Pets>',
    );
    expect(await client.request(responseOp(shape), {})).toEqual({ count: 1, pets: [{ id: 7, tags: ["a & b"] }] });
  });

  it("keeps namespaced documents readable and CDATA literal", async () => {
    replyWith(
      server,
      200,
      "application/atom+xml",
      '<p:Pets xmlns:p="urn:x" count="2"><p:Pet><p:id>1</p:id><p:note><![CDATA[<b>&amp;</b>]]></p:note></p:Pet><p:Pet><p:id>2</p:id></p:Pet></p:Pets>',
    );
    expect(await client.request(responseOp(shape), {})).toEqual({
      count: 2,
      pets: [{ id: 1, note: "<b>&amp;</b>" }, { id: 2 }],
    });
  });

  it("leaves an absent list absent (as JSON would) and reads an empty wrapper as an empty list", async () => {
    replyWith(server, 200, "application/xml", "<Pets><Pet><id>1</id><Tags/></Pet><Pet><id>2</id></Pet></Pets>");
    expect(await client.request(responseOp(shape), {})).toEqual({ pets: [{ id: 1, tags: [] }, { id: 2 }] });
    replyWith(server, 200, "application/xml", "<Pets/>");
    expect(await client.request(responseOp(shape), {})).toEqual({});
  });

  it.each([
    ["DOCTYPE with entity", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "boom">]><r>&x;</r>'],
    ["external entity", '<!DOCTYPE r SYSTEM "file:///etc/passwd"><r/>'],
    ["malformed", "<r><a></r>"],
  ])("refuses %s with ApiDecodeError", async (_label, body) => {
    replyWith(server, 200, "application/xml", body);
    await expect(client.request(responseOp(shape), {})).rejects.toBeInstanceOf(ApiDecodeError);
  });

  it("fails with ApiDecodeError when no XML codec is configured", async () => {
    replyWith(server, 200, "application/xml", "<r/>");
    const plain = new ApiClient({ baseUrl: server.url });
    await expect(plain.request(responseOp(shape), {})).rejects.toBeInstanceOf(ApiDecodeError);
  });
});
