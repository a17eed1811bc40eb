/** The snabble mock's data: one store per project (projects share nothing), seeded with a small retail setup. */

export type Json = Record<string, unknown>;

/** A checkout process with the signed info it was started from. */
export interface StoredProcess {
  readonly id: string;
  process: Json;
}

/** Everything one project holds. */
export class ProjectStore {
  readonly shops = new Map<string, Json>();
  readonly products = new Map<string, Json>();
  readonly categories = new Map<string, Json>();
  readonly pricings = new Map<string, Json>();
  readonly processes = new Map<string, StoredProcess>();
  readonly posCheckouts = new Map<string, Json>();
  readonly orders: Json[] = [];
  readonly closings: Json[] = [];
  readonly schedules = new Map<string, Json>();
  /** Closing log files by log id. */
  readonly logFiles = new Map<number, string>();

  constructor(readonly project: string) {}

  /** The list price of a SKU in a shop: the highest-priority category that lists the shop, else any price. */
  priceOf(sku: string, shopID: string): number | undefined {
    const prices = (this.pricings.get(sku)?.["prices"] ?? []) as { category: string; listPrice: number }[];
    const ranked = [...this.categories.values()]
      .filter((c) => ((c["shops"] ?? []) as { id: string }[]).some((s) => s.id === shopID))
      .sort((a, b) => Number(b["priority"] ?? 0) - Number(a["priority"] ?? 0));
    for (const category of ranked) {
      const price = prices.find((p) => p.category === category["id"]);
      if (price !== undefined) return price.listPrice;
    }
    return prices[0]?.listPrice;
  }
}

/** The mock's projects. */
export const PROJECTS = ["demo-ab42xy", "other-xy12ab"] as const;

/** Seeds a project: two shops, a few products (one with a deposit), prices, orders and `closings` closings. */
export function seedProject(store: ProjectStore, options: { closings: number; products: number }): void {
  const p = store.project;
  store.shops.set("1", {
    id: "1",
    project: p,
    externalId: "4711",
    name: "snabble Store Bonn",
    city: "Bonn",
    country: "DE",
    links: { self: { href: `/${p}/shops/1` } },
  });
  store.shops.set("2", {
    id: "2",
    project: p,
    externalId: "4712",
    name: "snabble Store Köln",
    city: "Köln",
    country: "DE",
    links: { self: { href: `/${p}/shops/2` } },
  });
  store.products.set("deposit-0.25", { sku: "deposit-0.25", project: p, name: "Pfand 0,25 €", productType: "deposit" });
  store.pricings.set("deposit-0.25", {
    sku: "deposit-0.25",
    project: p,
    prices: [{ category: "default", listPrice: 25 }],
  });
  for (let i = 1; i <= options.products; i++) {
    const sku = String(i);
    store.products.set(sku, {
      sku,
      project: p,
      name: i % 2 === 0 ? `Cola ${i} 0.5 l` : `Apfelsaft ${i} 1 l`,
      productType: "default",
      codes: [{ code: `400000000${String(i).padStart(4, "0")}`, template: "default", isPrimary: true }],
      ...(i === 1 ? { depositProduct: "deposit-0.25", pluSet: ["4011"] } : {}),
    });
    store.pricings.set(sku, { sku, project: p, prices: [{ category: "default", listPrice: 100 + i }] });
  }
  store.categories.set("default", {
    id: "default",
    project: p,
    name: "Default",
    priority: 0,
    shops: [{ id: "1" }, { id: "2" }],
  });
  store.orders.push(
    {
      id: "order-1",
      project: p,
      state: "final",
      date: "2021-10-01T09:15:00Z",
      shopID: "1",
      shop: { externalId: "4711", name: "snabble Store Bonn" },
      price: { price: 399 },
      currency: "EUR",
    },
    {
      id: "order-2",
      project: p,
      state: "final",
      date: "2021-10-01T17:40:00Z",
      shopID: "2",
      shop: { externalId: "4712", name: "snabble Store Köln" },
      price: { price: 120 },
      currency: "EUR",
    },
    {
      id: "order-3",
      project: p,
      state: "userAborted",
      date: "2021-10-02T08:00:00Z",
      shopID: "1",
      shop: { externalId: "4711", name: "snabble Store Bonn" },
      price: { price: 0 },
      currency: "EUR",
    },
  );
  for (let n = 1; n <= options.closings; n++) {
    store.closings.push({
      shopID: n % 2 === 0 ? "2" : "1",
      sequenceNumber: n,
      createdAt: `2021-10-${String(n).padStart(2, "0")}T23:00:00Z`,
      orderCount: n,
      logs: [
        { id: 100 + n, format: "csv", state: "present", links: { file: { href: `/${p}/closings/logs/${100 + n}` } } },
      ],
    });
    store.logFiles.set(100 + n, `sku;amount\n1;${n}\n`);
  }
}
