/** `201 Created` with `Location`: read through `.withResponse()`, and the Location leads to the created resource. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConflictError } from "../../../generated/snabble/src/index.js";
import { startSnabbleMock, type SnabbleMock } from "./mock-server.js";
import { PROJECT, snabbleClient } from "./setup.js";

let mock: SnabbleMock;
let snabble: ReturnType<typeof snabbleClient>;
beforeAll(async () => {
  mock = await startSnabbleMock();
  snabble = snabbleClient(mock);
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

/** GETs a Location with the client's own JWT, as a caller following it would. */
async function follow(location: string | null): Promise<unknown> {
  const response = await fetch(new URL(location ?? "", mock.origin), {
    headers: { authorization: `Bearer ${mock.issueJwt(PROJECT)}` },
  });
  return response.json();
}

describe("201 with Location", () => {
  it("creates a shop: typed body, status 201, Location of the new shop", async () => {
    const { data, response } = await snabble.shops
      .create({
        body: {
          id: "bonn-2",
          name: "snabble Store Bonn-Beuel",
          externalId: "4720",
          city: "Bonn",
          openingHoursSpecification: [{ dayOfWeek: "MONDAY", opens: "08:00", closes: "20:00" }],
        },
      })
      .withResponse();
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe(`/${PROJECT}/shops/bonn-2`);
    expect(data).toMatchObject({ id: "bonn-2", project: PROJECT, name: "snabble Store Bonn-Beuel" });
    const sent = mock.requests.at(-1)!;
    expect(`${sent.method} ${sent.url} ${sent.headers["content-type"]}`).toBe(
      `POST /${PROJECT}/shops application/json`,
    );
    expect(JSON.parse(sent.body.toString())).toEqual({
      id: "bonn-2",
      name: "snabble Store Bonn-Beuel",
      externalId: "4720",
      city: "Bonn",
      openingHoursSpecification: [{ dayOfWeek: "MONDAY", opens: "08:00", closes: "20:00" }],
    });
    expect(await follow(response.headers.get("location"))).toEqual(data);
    expect(await snabble.shops.search({ externalId: "4720" })).toEqual(data);
    const twice = await snabble.shops.create({ body: { id: "bonn-2", name: "again" } }).catch((e: unknown) => e);
    expect(twice).toBeInstanceOf(ConflictError);
  });

  it("creates a pricing category and a closing schedule", async () => {
    const category = await snabble.pricingCategories
      .create({ body: { id: "bonn", name: "Bonn stores", priority: 10, shops: [{ id: "1" }] } })
      .withResponse();
    expect([category.response.status, category.response.headers.get("location")]).toEqual([
      201,
      `/${PROJECT}/pricing/categories/id/bonn`,
    ]);
    expect(category.data.links?.["self"]?.href).toBe(`/${PROJECT}/pricing/categories/id/bonn`);
    const schedule = await snabble.closingSchedules
      .create({
        body: {
          id: "daily-bonn",
          shop: "1",
          mode: "includeUntilExecution",
          hour: 22,
          minute: 30,
          days: ["Monday", "Friday"],
          location: "Europe/Berlin",
        },
      })
      .withResponse();
    expect([schedule.response.status, schedule.response.headers.get("location")]).toEqual([
      201,
      `/${PROJECT}/closings/schedules/id/daily-bonn`,
    ]);
    expect(await follow(schedule.response.headers.get("location"))).toEqual(schedule.data);
  });

  it("starts a checkout process: Location is the process, the body its state", async () => {
    const info = await snabble.checkout.createInfo({
      session: "s-1",
      shopID: "1",
      items: [{ id: "line-1", sku: "2", amount: 3 }],
    });
    const { data, response } = await snabble.checkout
      .createProcess({ signedCheckoutInfo: info, paymentMethod: "deDirectDebit" })
      .withResponse();
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe(`/${PROJECT}/checkout/process/${data.id}`);
    expect(data).toMatchObject({
      paymentState: "pending",
      aborted: false,
      links: { self: { href: response.headers.get("location") } },
    });
    expect(await snabble.checkout.retrieveProcess({ id: data.id })).toEqual(data);
  });

  it("a product is created without a body: the result is undefined, Location says where it is", async () => {
    const { data, response } = await snabble.products.create({ body: { sku: "new-1", name: "Neu" } }).withResponse();
    expect(data).toBeUndefined();
    expect([response.status, response.headers.get("location")]).toEqual([201, `/${PROJECT}/products/sku/new-1`]);
    expect(await snabble.products.retrieve({ sku: "new-1" })).toMatchObject({ sku: "new-1", name: "Neu" });
  });
});
