/** Products: NDJSON batch uploads (arrays and streamed async iterables), the streamed product list, vendor media types. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  NotFoundError,
  type ProductsImportBatchParams,
} from "../../../generated/snabble/src/index.js";
import { startSnabbleMock, type SnabbleMock } from "./mock-server.js";
import { collect, ndjsonLines, PROJECT, snabbleClient, wireLines } from "./setup.js";

type Product = ProductsImportBatchParams["body"] extends Iterable<infer P> | AsyncIterable<unknown> ? P : never;

let mock: SnabbleMock;
let snabble: ReturnType<typeof snabbleClient>;
beforeAll(async () => {
  mock = await startSnabbleMock({ products: 60 });
  snabble = snabbleClient(mock);
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

const product = (sku: string, name: string): Product => ({
  sku,
  name,
  productType: "default",
  codes: [{ code: `2000000${sku}`, template: "default" }],
});

describe("NDJSON batch import", () => {
  it("sends an array as one JSON product per line and yields one typed result per line", async () => {
    const results = await snabble.products.importBatch({
      body: [product("b-1", "Brezel"), product("b-2", "Laugenstange"), { name: "no sku" } as Product],
    });
    const sent = mock.requests.at(-1)!;
    expect(`${sent.method} ${sent.url}`).toBe(`POST /${PROJECT}/products/_batch`);
    expect(sent.headers["content-type"]).toBe("application/x-ndjson");
    expect(sent.headers.accept).toBe("application/x-ndjson");
    expect(sent.body.toString()).toBe(
      '{"sku":"b-1","name":"Brezel","productType":"default","codes":[{"code":"2000000b-1","template":"default"}]}\n' +
        '{"sku":"b-2","name":"Laugenstange","productType":"default","codes":[{"code":"2000000b-2","template":"default"}]}\n' +
        '{"name":"no sku"}\n',
    );
    const lines = await collect(results);
    expect(lines).toEqual([
      { sku: "b-1", status: "ok" },
      { sku: "b-2", status: "ok" },
      { sku: "", status: "error", message: "sku is required" },
    ]);
    const statuses: string[] = lines.map((line) => line.status);
    expect(statuses).toEqual(["ok", "ok", "error"]);
    expect(mock.stores.get(PROJECT)!.products.get("b-2")).toMatchObject({ name: "Laugenstange", project: PROJECT });
  });

  it("streams an async iterable as a chunked upload (no Content-Length), pulling items as it sends", async () => {
    let produced = 0;
    async function* feed(): AsyncGenerator<Product> {
      for (let i = 0; i < 500; i++) {
        produced++;
        yield product(`s-${i}`, `Streamed ${i}`);
      }
    }
    const results = await collect(await snabble.products.importBatch({ body: feed() }));
    const sent = mock.requests.at(-1)!;
    expect(sent.chunked).toBe(true);
    expect(sent.headers["content-length"]).toBeUndefined();
    expect(ndjsonLines(sent)).toHaveLength(500);
    expect(ndjsonLines(sent)[499]).toMatchObject({ sku: "s-499" });
    expect(produced).toBe(500);
    expect(results.filter((r) => r.status === "ok")).toHaveLength(500);
    expect(mock.stores.get(PROJECT)!.products.has("s-499")).toBe(true);
  });

  it("refuses more than 20 000 lines with a typed 400", async () => {
    const many = Array.from({ length: 20_001 }, (_, i) => ({ sku: `m-${i}` }));
    const outcome = await snabble.products.importBatch({ body: many }).asResult();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toBeInstanceOf(BadRequestError);
    expect(outcome.error).toMatchObject({
      status: 400,
      body: { type: "too_many_items", message: "at most 20000 items per batch, got 20001" },
    });
  });
});

describe("the streamed product list", () => {
  it("asks for the vendor NDJSON type and yields products lazily, line by line", async () => {
    const skus: string[] = [];
    for await (const each of await snabble.products.list()) skus.push(each.sku);
    expect(mock.requests.at(-1)!.headers.accept).toBe("application/vnd.snabble.product.v2+x-ndjson");
    expect(skus).toEqual([...mock.stores.get(PROJECT)!.products.keys()]);
    expect(skus.length).toBeGreaterThan(50);
    expect(mock.streams.at(-1)).toEqual({ finished: true, closedEarly: false });
  });

  it("sends q and limit, and stops the download when the loop breaks", async () => {
    const first = await collect(await snabble.products.list({ q: "Cola", limit: 3 }));
    expect(mock.requests.at(-1)!.url).toBe(`/${PROJECT}/products?limit=3&q=Cola`);
    expect(first.map((p) => p.name)).toEqual(["Cola 2 0.5 l", "Cola 4 0.5 l", "Cola 6 0.5 l"]);

    const seen: string[] = [];
    for await (const each of await snabble.products.list()) {
      seen.push(each.sku);
      if (seen.length === 3) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toHaveLength(3);
    expect(mock.streams.at(-1)).toEqual({ finished: false, closedEarly: true });
  });
});

describe("single products as application/vnd.snabble.product.v2+json", () => {
  it("creates (201, no body, Location), reads, replaces and deletes", async () => {
    const { data, response } = await snabble.products.create({ body: product("p-1", "Milch 1 l") }).withResponse();
    expect(data).toBeUndefined();
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe(`/${PROJECT}/products/sku/p-1`);
    expect(mock.requests.at(-1)!.headers["content-type"]).toBe("application/vnd.snabble.product.v2+json");

    const read = await snabble.products.retrieve({ sku: "p-1" });
    expect(mock.requests.at(-1)!.headers.accept).toBe("application/vnd.snabble.product.v2+json");
    expect(read).toMatchObject({ sku: "p-1", name: "Milch 1 l", project: PROJECT });

    await expect(
      snabble.products.update({ sku: "p-1", body: { sku: "p-1", name: "Milch 1,5 l" } }),
    ).resolves.toBeUndefined();
    const mismatch = await snabble.products.update({ sku: "p-1", body: { sku: "p-2" } }).catch((e: unknown) => e);
    expect(mismatch).toMatchObject({ status: 400, body: { type: "sku_mismatch" } });
    await expect(snabble.products.delete({ sku: "p-1" })).resolves.toBeUndefined();
    await expect(snabble.products.retrieve({ sku: "p-1" })).rejects.toBeInstanceOf(NotFoundError);
    expect(wireLines(mock.requests)).toEqual([
      `POST /${PROJECT}/products`,
      `GET /${PROJECT}/products/sku/p-1`,
      `PUT /${PROJECT}/products/sku/p-1`,
      `PUT /${PROJECT}/products/sku/p-1`,
      `DELETE /${PROJECT}/products/sku/p-1`,
      `GET /${PROJECT}/products/sku/p-1`,
    ]);
  });

  it("finds a product by PLU and counts products since a date", async () => {
    expect(await snabble.products.retrieveByPlu({ plu: "4011" })).toMatchObject({
      sku: "1",
      depositProduct: "deposit-0.25",
    });
    const stats = await snabble.products.statistics({ since: "2021-10-01T00:00:00Z" });
    expect(stats.count).toBe(mock.stores.get(PROJECT)!.products.size);
  });
});
