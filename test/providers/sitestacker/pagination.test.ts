/** Range pagination: `Range: id <start>..; max=100` page after page, `206` then `200`, as async iteration. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readRateLimit } from "../../../generated/sitestacker/src/index.js";
import { startSiteStackerMock, type SiteStackerMock } from "./mock-server.js";
import { sentSearch, siteStackerClient, wireLines } from "./setup.js";

let mock: SiteStackerMock;
let client: ReturnType<typeof siteStackerClient>;
beforeAll(async () => {
  mock = await startSiteStackerMock({ people: 246 });
  client = siteStackerClient(mock);
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

describe("people across three pages", () => {
  it("iterates all 250 people in id order with three signed range requests", async () => {
    const ids: string[] = [];
    for await (const person of client.people.list()) ids.push(person.id);
    expect(ids).toHaveLength(250);
    expect(ids).toEqual([...mock.store.tables.people.keys()].sort((a, b) => Number(a) - Number(b)));
    expect(mock.requests.map((r) => r.headers.range)).toEqual([
      "id 0..; max=100",
      "id 100..; max=100",
      "id 200..; max=100",
    ]);
    expect(wireLines(mock.requests)).toEqual(Array(3).fill("GET /api/people"));
    expect(
      new Set(
        mock.requests.map((r) => r.headers["ss-date"] !== undefined && /^HMAC /.test(String(r.headers.authorization))),
      ),
    ).toEqual(new Set([true]));
  });

  it("gives each page with .pages(), and the first page's status and headers with withResponse()", async () => {
    const sizes: number[] = [];
    for await (const page of client.people.list().pages()) sizes.push(page.length);
    expect(sizes).toEqual([100, 100, 50]);
    const { data, response } = await client.people.list().withResponse();
    expect(data).toHaveLength(100);
    expect([response.status, response.headers.get("content-range"), response.headers.get("accept-ranges")]).toEqual([
      206,
      "id 0..99; max=100, total=250, order=asc",
      "id",
    ]);
    expect(readRateLimit(response)).toMatchObject({ limit: 5000, remaining: expect.any(Number) });
  });

  it("keeps the search on every page and stops at the last one (200)", async () => {
    const women: string[] = [];
    for await (const person of client.people.list({ search: { gender: "f" } })) women.push(person.fullname ?? "");
    expect(women).toHaveLength(124);
    expect(mock.requests.map((r) => [r.headers.range, sentSearch(r)])).toEqual([
      ["id 0..; max=100", { gender: "f" }],
      ["id 100..; max=100", { gender: "f" }],
    ]);
  });

  it("sends nothing before use, and no more after a break", async () => {
    const pages = client.people.list();
    expect(mock.requests).toHaveLength(0);
    for await (const person of pages) if (person.fullname === "Chris Miller") break;
    expect(mock.requests).toHaveLength(1);
  });

  it("a short list is one page answered 200", async () => {
    const { data, response } = await client.addresses.list({ personId: mock.seeded.john }).withResponse();
    expect([response.status, data.map((a) => a.city)]).toEqual([200, ["Columbus"]]);
    expect(response.headers.get("accept-ranges")).toBe("id, address1, city");
  });
});
