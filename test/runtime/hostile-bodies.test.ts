/**
 * A hostile server on 127.0.0.1 versus the runtime's response handling: dropped connections, truncated and
 * malformed bodies of every format, XML entity attacks, compression bombs and prototype-polluting bodies. Each
 * answer becomes one typed error (or safe data), never a hang, a crash or a polluted prototype.
 */
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ApiClient,
  ApiConnectionError,
  ApiDecodeError,
  ApiResponseTooLargeError,
  type ResponseSpec,
} from "../../templates/runtime/index.js";
import { MAX_NDJSON_LINE_CHARS } from "../../templates/runtime/ndjson.js";
import { xmlCodec } from "../../templates/runtime/xml.js";
import { replyWith, responseOp, useTestServer } from "./shared-setup.js";

const server = useTestServer();
let client: ApiClient;
beforeAll(() => {
  client = new ApiClient({ baseUrl: server.url, maxRetries: 0, codecs: { xml: xmlCodec } });
});

const failure = (spec: ResponseSpec = {}, on: ApiClient = client): Promise<unknown> =>
  on.request(responseOp(spec), {}).then(
    () => undefined,
    (e: unknown) => e,
  );

describe("dropped and broken connections", () => {
  it("a reset before any header is ApiConnectionError, retried for GET, then given up", async () => {
    server.handle((req) => void req.socket.destroy());
    const retrying = new ApiClient({ baseUrl: server.url, maxRetries: 1 });
    expect(await failure({}, retrying)).toBeInstanceOf(ApiConnectionError);
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    [
      "a reset in the middle of a JSON body",
      (res: import("node:http").ServerResponse) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"items":[1,2,');
        setTimeout(() => res.socket?.destroy(), 20);
      },
    ],
    [
      "a body shorter than its Content-Length",
      (res: import("node:http").ServerResponse) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        res.write('{"a":1}');
        setTimeout(() => res.socket?.destroy(), 20);
      },
    ],
  ])("%s is ApiConnectionError, not a decode of half a body", async (_label, answer) => {
    server.handle((_req, res) => answer(res));
    expect(await failure()).toBeInstanceOf(ApiConnectionError);
  });
});

describe("malformed JSON", () => {
  it.each([
    ["truncated", '{"a":[1,2'],
    ["trailing garbage", '{"a":1} <script>'],
    ["NaN", '{"a":NaN}'],
    ["single quotes", "{'a':1}"],
    ["a lone surrogate escape is fine but a raw control character is not", '{"a":"\u0001"}'],
  ])("%s is ApiDecodeError", async (_label, body) => {
    replyWith(server, 200, "application/json", body);
    expect(await failure()).toBeInstanceOf(ApiDecodeError);
  });

  it("100 000 levels of nesting with a __proto__ key at the bottom is ApiDecodeError, not a stack overflow", async () => {
    replyWith(
      server,
      200,
      "application/json",
      `${'{"a":'.repeat(100_000)}{"__proto__":{"polluted":1}}${"}".repeat(100_000)}`,
    );
    const error = await failure();
    expect(error).toBeInstanceOf(ApiDecodeError);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("invalid UTF-8 becomes replacement characters, not an exception", async () => {
    replyWith(server, 200, "application/json", Buffer.from([0x22, 0xff, 0xfe, 0x22]));
    expect(await client.request(responseOp(), {})).toBe("\ufffd\ufffd");
  });
});

describe("prototype-polluting bodies", () => {
  const poisoned =
    '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"a":{"__proto__":{"polluted":3}}}';

  it("JSON keeps constructor.prototype as plain data and drops __proto__ at every depth", async () => {
    replyWith(server, 200, "application/json", poisoned);
    const data = await client.request<Record<string, unknown>>(responseOp(), {});
    expect(data).toEqual({ constructor: { prototype: { polluted: 2 } }, a: {} });
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("NDJSON lines are cleaned the same way", async () => {
    replyWith(server, 200, "application/x-ndjson", `${poisoned}\n{"ok":1}\n`);
    const lines: unknown[] = [];
    for await (const line of await client.request<AsyncIterable<unknown>>(responseOp(), {})) lines.push(line);
    expect(lines).toEqual<unknown[]>([{ constructor: { prototype: { polluted: 2 } }, a: {} }, { ok: 1 }]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it.each([
    [
      "an attribute and an element named __proto__",
      '<r __proto__="x"><__proto__><polluted>1</polluted></__proto__></r>',
    ],
    [
      "constructor.prototype elements",
      "<r><constructor><prototype><polluted>2</polluted></prototype></constructor></r>",
    ],
  ])("XML with %s is refused, and nothing reaches a prototype", async (_label, body) => {
    replyWith(server, 200, "application/xml", body);
    expect(await failure()).toBeInstanceOf(ApiDecodeError);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("error bodies are cleaned too", async () => {
    replyWith(server, 400, "application/json", poisoned);
    const error = (await failure()) as { body: Record<string, unknown> };
    expect(error.body).toEqual({ constructor: { prototype: { polluted: 2 } }, a: {} });
  });
});

describe("XML attacks", () => {
  it.each([
    [
      "billion laughs",
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><r>&lol3;</r>',
    ],
    [
      "external entity (XXE)",
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>&xxe;</r>',
    ],
    ["external parameter entity", '<!DOCTYPE r [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">%remote;]><r/>'],
    ["lower-case doctype", '<!doctype r [<!entity x "y">]><r>&x;</r>'],
    ["unclosed elements", "<r><a>1</r>"],
    ["two roots", "<a/><b/>"],
    ["two roots of one name", "<a>1</a><a>2</a>"],
    ["truncated", '<r><a x="1'],
  ])("%s is ApiDecodeError and nothing is fetched or expanded", async (_label, body) => {
    replyWith(server, 200, "application/xml", body);
    const error = await failure();
    expect(error).toBeInstanceOf(ApiDecodeError);
    expect(String((error as Error).message)).not.toContain("root:");
    expect(String((error as Error).message)).not.toContain("lollol");
    expect(server.requests).toHaveLength(1);
  });
});

describe("broken NDJSON", () => {
  const collect = async (): Promise<unknown> => {
    const lines: unknown[] = [];
    try {
      for await (const line of await client.request<AsyncIterable<unknown>>(responseOp(), {})) lines.push(line);
    } catch (error) {
      return { lines, error };
    }
    return { lines };
  };

  it("a truncated last line is ApiDecodeError after the complete lines", async () => {
    replyWith(server, 200, "application/x-ndjson", '{"a":1}\n{"b":2}\n{"c":');
    const { lines, error } = (await collect()) as { lines: unknown[]; error: unknown };
    expect(lines).toEqual([{ a: 1 }, { b: 2 }]);
    expect(error).toBeInstanceOf(ApiDecodeError);
  });

  it("a line that never ends stops at the line limit (64 Mi characters), even without maxResponseBytes", async () => {
    const bomb = gzipSync(Buffer.alloc(MAX_NDJSON_LINE_CHARS + 1024, 0x31), { level: 1 });
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson", "content-encoding": "gzip" });
      res.end(bomb);
    });
    const { lines, error } = (await collect()) as { lines: unknown[]; error: unknown };
    expect(lines).toEqual([]);
    expect(error).toBeInstanceOf(ApiResponseTooLargeError);
  });
});

describe("oversized and compressed bodies", () => {
  const limited = (): ApiClient => new ApiClient({ baseUrl: server.url, maxRetries: 0, maxResponseBytes: 1024 * 1024 });

  it.each([
    ["gzip", (b: Buffer) => gzipSync(b)],
    ["deflate", (b: Buffer) => deflateSync(b)],
    ["br", (b: Buffer) => brotliCompressSync(b)],
  ])("a %s bomb is limited by its decoded size", async (encoding, compress) => {
    const bomb = compress(Buffer.alloc(4 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(64 * 1024);
    server.handle((_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": encoding,
        "content-length": String(bomb.length),
      });
      res.end(bomb);
    });
    expect(await failure({}, limited())).toBeInstanceOf(ApiResponseTooLargeError);
  });

  it("corrupt compressed data is a typed error", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(Buffer.from("this is not gzip at all"));
    });
    const error = await failure();
    expect(error instanceof ApiConnectionError || error instanceof ApiDecodeError).toBe(true);
  });

  it("without maxResponseBytes, a buffered body still stops at the default limit (64 MiB)", async () => {
    const bomb = gzipSync(Buffer.alloc(65 * 1024 * 1024, 0x20), { level: 1 });
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
      res.end(bomb);
    });
    const error = await failure();
    expect(error).toBeInstanceOf(ApiResponseTooLargeError);
    expect((error as ApiResponseTooLargeError).limit).toBe(64 * 1024 * 1024);
  });
});
