import { beforeAll, describe, expect, it } from "vitest";
import { ApiClient, ApiRequestError } from "../../templates/runtime/index.js";
import { xmlCodec } from "../../templates/runtime/xml.js";
import { uploadOp, useTestServer } from "./shared-setup.js";

const server = useTestServer();
let client: ApiClient;
beforeAll(() => {
  client = new ApiClient({ baseUrl: server.url, maxRetries: 0, codecs: { xml: xmlCodec } });
});

describe("json", () => {
  it("sends the declared vendor media type and JSON text", async () => {
    await client.request(uploadOp({ encoding: "json", mediaType: "application/vnd.acme.item+json" }), {
      id: 1,
      body: { a: [1, "é"] },
    });
    const sent = server.last();
    expect(sent.headers["content-type"]).toBe("application/vnd.acme.item+json");
    expect(sent.body.toString("utf8")).toBe('{"a":[1,"é"]}');
  });

  it("spreads the non-parameter arguments into the body", async () => {
    const op = uploadOp({ encoding: "json", mediaType: "application/json" }, { from: "spread" });
    await client.request(op, { id: 7, name: "n", size: 2, skipped: undefined });
    expect(server.last().url).toBe("/upload/7");
    expect(JSON.parse(server.last().body.toString())).toEqual({ name: "n", size: 2 });
  });

  it("picks the media type from contentTypeKey", async () => {
    const op = uploadOp(
      { encoding: "json", mediaType: "application/json" },
      {
        contentTypeKey: "contentType",
        variants: [
          { encoding: "json", mediaType: "application/json" },
          { encoding: "text", mediaType: "text/plain" },
        ],
      },
    );
    await client.request(op, { id: 1, body: "hello", contentType: "text/plain" });
    expect(server.last().headers["content-type"]).toBe("text/plain");
    expect(server.last().body.toString()).toBe("hello");
    await expect(client.request(op, { id: 1, body: "x", contentType: "image/png" })).rejects.toBeInstanceOf(
      ApiRequestError,
    );
  });

  it("rejects a missing required body", async () => {
    await expect(
      client.request(uploadOp({ encoding: "json", mediaType: "application/json" }), { id: 1 }),
    ).rejects.toBeInstanceOf(ApiRequestError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("form-urlencoded", () => {
  it("applies per-property styles and JSON content types", async () => {
    const op = uploadOp({
      encoding: "form",
      mediaType: "application/x-www-form-urlencoded",
      properties: {
        tags: { style: "form", explode: false },
        ids: { style: "pipeDelimited", explode: false },
        meta: { contentType: "application/json" },
        filter: { style: "deepObject", explode: true },
      },
    });
    const body = {
      name: "a b&c",
      tags: ["x", "y"],
      ids: [1, 2],
      meta: { k: "v" },
      filter: { min: 1 },
      point: { x: 1, y: 2 },
      gone: undefined,
    };
    await client.request(op, { id: 1, body });
    expect(server.last().headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(server.last().body.toString()).toBe(
      "name=a%20b%26c&tags=x,y&ids=1%7C2&meta=%7B%22k%22%3A%22v%22%7D&filter%5Bmin%5D=1&x=1&y=2",
    );
  });
});

describe("xml", () => {
  it("encodes with element names, namespace, prefix, attributes and wrapped arrays", async () => {
    const op = uploadOp({
      encoding: "xml",
      mediaType: "application/xml",
      xml: {
        name: "Pet",
        namespace: "urn:pets",
        prefix: "p",
        properties: {
          id: { attribute: true },
          name: { name: "Name" },
          tags: { wrapped: true, name: "Tags", array: true, items: { name: "Tag" } },
          aliases: { array: true, items: { name: "alias" } },
        },
      },
    });
    await client.request(op, { id: 1, body: { id: 5, name: "Rex & <Co>", tags: ["a", "b"], aliases: ["x"] } });
    expect(server.last().headers["content-type"]).toBe("application/xml");
    expect(server.last().body.toString()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><p:Pet id="5" xmlns:p="urn:pets"><Name>Rex &amp; &lt;Co&gt;</Name>' +
        "<Tags><Tag>a</Tag><Tag>b</Tag></Tags><alias>x</alias></p:Pet>",
    );
  });

  it("refuses element names that would inject markup", async () => {
    const op = uploadOp({ encoding: "xml", mediaType: "application/xml", xml: { name: "r" } });
    await expect(client.request(op, { id: 1, body: { "a><evil": 1 } })).rejects.toBeInstanceOf(ApiRequestError);
  });

  it("needs an XML codec", async () => {
    const plain = new ApiClient({ baseUrl: server.url });
    const op = uploadOp({ encoding: "xml", mediaType: "application/xml", xml: { name: "r" } });
    await expect(plain.request(op, { id: 1, body: { a: 1 } })).rejects.toThrow(/XML codec/);
  });
});

describe("text and binary", () => {
  it("sends text as is", async () => {
    await client.request(uploadOp({ encoding: "text", mediaType: "text/csv" }), { id: 1, body: "a,b\n1,2\n" });
    expect(server.last().headers["content-type"]).toBe("text/csv");
    expect(server.last().body.toString()).toBe("a,b\n1,2\n");
  });

  it.each([
    ["Blob", () => new Blob([new Uint8Array([0, 255, 1])], { type: "image/x-test" }), "image/x-test"],
    ["Uint8Array", () => new Uint8Array([0, 255, 1]), "application/octet-stream"],
    ["ArrayBuffer", () => new Uint8Array([0, 255, 1]).buffer, "application/octet-stream"],
    [
      "ReadableStream",
      () =>
        new ReadableStream<Uint8Array>({
          start(c) {
            c.enqueue(new Uint8Array([0, 255]));
            c.enqueue(new Uint8Array([1]));
            c.close();
          },
        }),
      "application/octet-stream",
    ],
  ])("passes a %s through byte for byte", async (_label, make, contentType) => {
    await client.request(uploadOp({ encoding: "binary", mediaType: "*/*" }), { id: 1, body: make() });
    expect(server.last().headers["content-type"]).toBe(contentType);
    expect([...server.last().body]).toEqual([0, 255, 1]);
  });

  it("uses the declared binary media type", async () => {
    await client.request(uploadOp({ encoding: "binary", mediaType: "image/png" }), {
      id: 1,
      body: new Uint8Array([1]),
    });
    expect(server.last().headers["content-type"]).toBe("image/png");
  });
});
