/** Vendor NDJSON media types (`…+x-ndjson`, `…+ndjson`) decode as NDJSON streams; `+json` stays JSON. */
import { describe, expect, it } from "vitest";
import { ApiClient } from "../../templates/runtime/index.js";
import { mediaKind } from "../../templates/runtime/decode.js";
import { responseOp, useTestServer } from "./shared-setup.js";

describe("mediaKind", () => {
  it.each([
    ["application/vnd.snabble.product.v2+x-ndjson", "ndjson"],
    ["application/vnd.example+ndjson; charset=utf-8", "ndjson"],
    ["application/x-ndjson", "ndjson"],
    ["application/vnd.snabble.product.v2+json", "json"],
    ["application/merge-patch+json", "json"],
  ])("%s → %s", (mediaType, want) => {
    expect(mediaKind(mediaType)).toBe(want);
  });
});

describe("on the wire", () => {
  const server = useTestServer();
  it("iterates a vendor NDJSON stream", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/vnd.snabble.product.v2+x-ndjson" });
      res.end('{"sku":"1"}\n{"sku":"2"}\n');
    });
    const client = new ApiClient({ baseUrl: server.url });
    const skus: unknown[] = [];
    for await (const product of await client.request<AsyncIterable<{ sku: string }>>(responseOp(), {}))
      skus.push(product.sku);
    expect(skus).toEqual(["1", "2"]);
  });
});
