/** Pricing (categories, single pricings, NDJSON batches), closings paged with page/perPage, log files behind a redirect, schedules. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "../../../generated/snabble/src/index.js";
import { startSnabbleMock, type SnabbleMock } from "./mock-server.js";
import { collect, ndjsonLines, PROJECT, snabbleClient, wireLines } from "./setup.js";

let mock: SnabbleMock;
let snabble: ReturnType<typeof snabbleClient>;
beforeAll(async () => {
  mock = await startSnabbleMock({ closings: 5 });
  snabble = snabbleClient(mock);
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
  mock.storageRequests.length = 0;
});

describe("pricing", () => {
  it("puts and deletes pricings in one NDJSON batch, then reads and changes single prices", async () => {
    const results = await collect(
      await snabble.pricing.importBatch({
        body: [
          {
            op: "put",
            item: {
              sku: "2",
              prices: [
                { category: "default", listPrice: 149 },
                { category: "bonn", listPrice: 139, basePrice: "2.98 €/l" },
              ],
            },
          },
          { op: "delete", item: { sku: "3", prices: [] } },
          { op: "delete", item: { sku: "404", prices: [] } },
        ],
      }),
    );
    expect(mock.requests.at(-1)!.headers["content-type"]).toBe("application/x-ndjson");
    expect(ndjsonLines(mock.requests.at(-1)!).map((l) => (l as { op: string }).op)).toEqual([
      "put",
      "delete",
      "delete",
    ]);
    expect(results).toEqual([
      { sku: "2", status: "ok" },
      { sku: "3", status: "ok" },
      { sku: "404", status: "error", message: "no pricing for sku '404'" },
    ]);
    expect(await snabble.pricing.retrieve({ sku: "2" })).toMatchObject({
      sku: "2",
      prices: [{ listPrice: 149 }, { category: "bonn", listPrice: 139 }],
    });
    await expect(snabble.pricing.retrieve({ sku: "3" })).rejects.toBeInstanceOf(NotFoundError);

    const prices = await collect(
      await snabble.pricing.importPrices({
        body: [
          { sku: "2", category: "default", listPrice: 159, discountedPrice: 129 },
          { sku: "", category: "x", listPrice: 1 },
        ],
      }),
    );
    expect(prices).toEqual([
      { sku: "2", category: "default", status: "ok" },
      { sku: "", category: "x", status: "error", message: "sku, category and listPrice are required" },
    ]);
    await snabble.pricing.deletePrice({ sku: "2", categoryID: "bonn" });
    expect(await snabble.pricing.retrieve({ sku: "2" })).toMatchObject({
      prices: [{ category: "default", listPrice: 159, discountedPrice: 129 }],
    });
    const replaced = await snabble.pricing.update({
      sku: "2",
      body: { sku: "2", prices: [{ category: "default", listPrice: 99 }] },
    });
    expect(replaced.prices).toEqual([{ category: "default", listPrice: 99 }]);
    expect(wireLines(mock.requests).slice(-4)).toEqual([
      `POST /${PROJECT}/pricing/_batch`,
      `DELETE /${PROJECT}/pricing/products/sku/2/category/bonn`,
      `GET /${PROJECT}/pricing/products/sku/2`,
      `PUT /${PROJECT}/pricing/products/sku/2`,
    ]);
  });

  it("reads and replaces pricing categories", async () => {
    const { categories } = await snabble.pricingCategories.list();
    expect(categories.map((c) => c.id)).toContain("default");
    const updated = await snabble.pricingCategories.update({
      id: "default",
      body: { id: "default", name: "Standard", priority: 1, shops: [{ id: "1" }] },
    });
    expect(updated).toMatchObject({ id: "default", name: "Standard", project: PROJECT });
    expect(await snabble.pricingCategories.retrieve({ id: "default" })).toEqual(updated);
  });
});

describe("closings", () => {
  it("iterates every closing page by page: page from 0, perPage as given, until an empty page", async () => {
    const sequence: number[] = [];
    for await (const closing of snabble.closings.list({ perPage: 2 })) sequence.push(closing.sequenceNumber);
    expect(sequence).toEqual([1, 2, 3, 4, 5]);
    expect(wireLines(mock.requests)).toEqual([
      `GET /${PROJECT}/closings?page=0&perPage=2`,
      `GET /${PROJECT}/closings?page=1&perPage=2`,
      `GET /${PROJECT}/closings?page=2&perPage=2`,
      `GET /${PROJECT}/closings?page=3&perPage=2`,
    ]);
    expect(new Set(mock.requests.map((r) => r.headers.authorization)).size).toBe(1);
  });

  it("gives whole pages with .pages(), one page when awaited, and a single closing by shop and sequence number", async () => {
    const pages = await collect(snabble.closings.list({ perPage: 3 }).pages());
    expect(pages.map((p) => [p.pagination?.page, p.resources.length])).toEqual([
      [0, 3],
      [1, 2],
      [2, 0],
    ]);
    const second = await snabble.closings.list({ page: 1, perPage: 3 });
    expect(second.resources.map((c) => c.sequenceNumber)).toEqual([4, 5]);
    expect(await snabble.closings.retrieve({ shopID: "2", sequenceNumber: 4 })).toMatchObject({
      shopID: "2",
      sequenceNumber: 4,
    });
  });

  it("downloads a log file through the redirect to file storage, without sending the JWT there", async () => {
    const file = await snabble.closings.downloadLog({ id: 103 });
    expect(file).toBeInstanceOf(Blob);
    expect(await file.text()).toBe("sku;amount\n1;3\n");
    expect(mock.requests.at(-1)!.headers.authorization).toMatch(/^Bearer /);
    expect(mock.storageRequests).toHaveLength(1);
    expect(mock.storageRequests[0]!.url).toBe(`/exports/${PROJECT}/103.csv?signature=mock-103`);
    expect(mock.storageRequests[0]!.headers.authorization).toBeUndefined();
    expect(mock.storageOrigin).not.toBe(mock.origin);
  });
});

describe("closing schedules", () => {
  it("creates, lists, replaces and deletes", async () => {
    const schedule = {
      id: "weekly",
      shop: "2",
      mode: "includeUntilScheduled" as const,
      hour: 23,
      minute: 0,
      days: ["Sunday" as const],
      location: "Europe/Berlin",
    };
    await snabble.closingSchedules.create({ body: schedule });
    expect((await snabble.closingSchedules.list()).map((s) => s.id)).toContain("weekly");
    const moved = await snabble.closingSchedules.update({ id: "weekly", body: { ...schedule, hour: 21 } });
    expect(moved).toMatchObject({ id: "weekly", hour: 21, project: PROJECT });
    await snabble.closingSchedules.delete({ id: "weekly" });
    await expect(snabble.closingSchedules.retrieve({ id: "weekly" })).rejects.toMatchObject({
      status: 404,
      body: { type: "schedule_not_found" },
    });
  });
});
