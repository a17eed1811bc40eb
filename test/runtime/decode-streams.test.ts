import { beforeAll, describe, expect, it } from "vitest";
import {
  ApiAbortedError,
  ApiClient,
  ApiConnectionError,
  ApiDecodeError,
  ApiResponseTooLargeError,
  ApiStatusError,
} from "../../templates/runtime/index.js";
import { xmlCodec } from "../../templates/runtime/xml.js";
import { replyWith, responseOp, useTestServer } from "./shared-setup.js";

const server = useTestServer();
let client: ApiClient;
beforeAll(() => {
  client = new ApiClient({ baseUrl: server.url, maxRetries: 0, codecs: { xml: xmlCodec } });
});

describe("NDJSON", () => {
  it("iterates parsed values lazily, across chunk boundaries and blank lines", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.write('{"n":1}\n{"n"');
      setTimeout(() => res.end(':2}\n\n{"n":3}'), 10);
    });
    const values: unknown[] = [];
    for await (const value of await client.request<AsyncIterable<unknown>>(responseOp(), {})) values.push(value);
    expect(values).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it("reports a malformed line as ApiDecodeError", async () => {
    replyWith(server, 200, "application/x-ndjson", '{"n":1}\nnot json\n');
    const iterable = await client.request<AsyncIterable<unknown>>(responseOp(), {});
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const value of iterable) seen.push(value);
      })(),
    ).rejects.toBeInstanceOf(ApiDecodeError);
    expect(seen).toEqual([{ n: 1 }]);
  });
});

describe("handed-over bodies", () => {
  function trickle(onClose?: () => void): void {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.write('{"n":1}\n');
      const timer = setInterval(() => res.write('{"n":2}\n'), 10);
      res.on("close", () => {
        clearInterval(timer);
        onClose?.();
      });
    });
  }

  it("turns a caller abort during NDJSON iteration into ApiAbortedError", async () => {
    trickle();
    const controller = new AbortController();
    const iterable = await client.request<AsyncIterable<unknown>>(responseOp(), {}, { signal: controller.signal });
    const run = async (): Promise<void> => {
      for await (const _ of iterable) controller.abort();
    };
    await expect(run()).rejects.toBeInstanceOf(ApiAbortedError);
  });

  it("turns a dropped connection mid-stream into ApiConnectionError", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write(Buffer.from([1]));
      setTimeout(() => res.destroy(), 10);
    });
    const stream = await client.request<ReadableStream<Uint8Array>>(responseOp({ stream: true }), {});
    await expect(new Response(stream).arrayBuffer()).rejects.toBeInstanceOf(ApiConnectionError);
  });

  it("cancels the response when the caller stops iterating", async () => {
    let closed!: () => void;
    const serverSawClose = new Promise<void>((resolve) => (closed = resolve));
    trickle(() => closed());
    for await (const value of await client.request<AsyncIterable<unknown>>(responseOp(), {})) {
      expect(value).toEqual({ n: 1 });
      break;
    }
    await serverSawClose;
  });
});

describe("maxResponseBytes", () => {
  const limited = (): ApiClient => new ApiClient({ baseUrl: server.url, maxResponseBytes: 1024 });

  it("fails when the streamed body grows past the limit (no Content-Length)", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(600, 0x20);
      res.write(chunk);
      res.write(chunk);
      res.end("{}");
    });
    const error = await limited()
      .request(responseOp(), {})
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ApiResponseTooLargeError);
    expect((error as ApiResponseTooLargeError).limit).toBe(1024);
  });

  it("fails early on a declared Content-Length past the limit", async () => {
    replyWith(server, 200, "text/plain", "x".repeat(2048));
    await expect(limited().request(responseOp(), {})).rejects.toBeInstanceOf(ApiResponseTooLargeError);
  });

  it("still reports the status of an error whose body is too large, without the body", async () => {
    replyWith(server, 500, "text/plain", "x".repeat(4096));
    const error = (await new ApiClient({ baseUrl: server.url, maxResponseBytes: 1024, maxRetries: 0 })
      .request(responseOp(), {})
      .catch((e: unknown) => e)) as ApiStatusError;
    expect(error).toBeInstanceOf(ApiStatusError);
    expect(error.status).toBe(500);
    expect(error.body).toBeUndefined();
  });

  it("accepts bodies within the limit", async () => {
    replyWith(server, 200, "text/plain", "x".repeat(1024));
    expect(await limited().request(responseOp(), {})).toHaveLength(1024);
  });

  it("limits a stream handed to the caller", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write(Buffer.alloc(1000));
      res.end(Buffer.alloc(1000));
    });
    const stream = await limited().request<ReadableStream<Uint8Array>>(responseOp({ stream: true }), {});
    await expect(new Response(stream).arrayBuffer()).rejects.toBeInstanceOf(ApiResponseTooLargeError);
  });
});
