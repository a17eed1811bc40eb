import { beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../../templates/runtime/index.js";
import { xmlCodec } from "../../templates/runtime/xml.js";
import { parseMultipart } from "./test-server.js";
import { uploadOp, useTestServer } from "./shared-setup.js";

const server = useTestServer();
let client: ApiClient;
beforeAll(() => {
  client = new ApiClient({ baseUrl: server.url, maxRetries: 0, codecs: { xml: xmlCodec } });
});

describe("multipart", () => {
  const op = uploadOp({
    encoding: "multipart",
    mediaType: "multipart/form-data",
    properties: { meta: { contentType: "application/vnd.meta+json" }, photo: { contentType: "image/png, image/jpeg" } },
  });

  it("writes files, bytes, streams, text, JSON parts and repeated array parts", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1, 2]));
        controller.enqueue(new Uint8Array([3]));
        controller.close();
      },
    });
    const body = {
      file: new File(["hello"], "hi.txt", { type: "text/plain" }),
      photo: new Uint8Array([0x89, 0x50]),
      raw: stream,
      title: "Título",
      count: 3,
      flag: true,
      meta: { a: 1 },
      plain: { b: 2 },
      tags: ["x", "y"],
      skipped: undefined,
    };
    await client.request(op, { id: 1, body });
    const sent = server.last();
    const contentType = sent.headers["content-type"] ?? "";
    expect(contentType).toMatch(/^multipart\/form-data; boundary=----specforge[0-9a-f]{32}$/);
    const parts = parseMultipart(sent.body, contentType);
    const summary = parts.map((p) => [p.name, p.filename, p.contentType, p.data.toString("latin1")]);
    expect(summary).toEqual([
      ["file", "hi.txt", "text/plain", "hello"],
      ["photo", "blob", "image/png", "\x89P"],
      ["raw", "blob", "application/octet-stream", "\x01\x02\x03"],
      ["title", undefined, undefined, Buffer.from("Título").toString("latin1")],
      ["count", undefined, undefined, "3"],
      ["flag", undefined, undefined, "true"],
      ["meta", undefined, "application/vnd.meta+json", '{"a":1}'],
      ["plain", undefined, "application/json", '{"b":2}'],
      ["tags", undefined, undefined, "x"],
      ["tags", undefined, undefined, "y"],
    ]);
  });

  it("escapes quotes, CR and LF in field names and filenames", async () => {
    const body = { 'evil"\r\nX-Injected: 1': "v", upload: new File(["z"], 'a"b\r\n.txt') };
    await client.request(op, { id: 1, body });
    const sent = server.last();
    const parts = parseMultipart(sent.body, sent.headers["content-type"] ?? "");
    expect(parts.map((p) => p.headers["content-disposition"])).toEqual([
      'form-data; name="evil%22%0D%0AX-Injected: 1"',
      'form-data; name="upload"; filename="a%22b%0D%0A.txt"',
    ]);
    expect(parts.every((p) => !("x-injected" in p.headers))).toBe(true);
  });

  it("uses a fresh random boundary per request", async () => {
    await client.request(op, { id: 1, body: { a: "1" } });
    await client.request(op, { id: 1, body: { a: "1" } });
    const [first, second] = server.requests.map((r) => r.headers["content-type"]);
    expect(first).not.toBe(second);
  });
});

describe("ndjson", () => {
  const op = uploadOp({ encoding: "ndjson", mediaType: "application/x-ndjson" });

  it("writes an array as newline-delimited JSON", async () => {
    await client.request(op, { id: 1, body: [{ a: 1 }, "line\nbreak", 3] });
    expect(server.last().headers["content-type"]).toBe("application/x-ndjson");
    expect(server.last().body.toString()).toBe('{"a":1}\n"line\\nbreak"\n3\n');
  });

  it("streams an async iterable (chunked upload)", async () => {
    async function* items(): AsyncGenerator<unknown> {
      yield { n: 1 };
      await new Promise((r) => setTimeout(r, 5));
      yield { n: 2 };
    }
    await client.request(op, { id: 1, body: items() });
    expect(server.last().headers["transfer-encoding"]).toBe("chunked");
    expect(server.last().body.toString()).toBe('{"n":1}\n{"n":2}\n');
  });
});
