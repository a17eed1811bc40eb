/** Shops and products, as api_shops.md and api_products.md describe them. */
import {
  asRecord,
  empty,
  failure,
  isReply,
  json,
  ndjson,
  parseJsonBody,
  parseNdjsonBody,
  type Reply,
} from "./mock-http.js";
import { route, type Call, type Route } from "./mock-router.js";
import type { Json } from "./mock-store.js";

const PRODUCT_TYPE = "application/vnd.snabble.product.v2+json";
const PRODUCT_STREAM = "application/vnd.snabble.product.v2+x-ndjson";
/** Batch imports take at most this many lines (API changelog 2020-08-20). */
export const MAX_BATCH = 20_000;

export function body(call: Call, accepted: readonly string[] = ["application/json"]): Json | Reply {
  const parsed = parseJsonBody(call.headers["content-type"], call.body, accepted, "bare");
  if (isReply(parsed)) return parsed;
  return asRecord(parsed.value) ?? failure(400, "bare", "invalid_body", "expected a JSON object");
}

export function notFound(what: string, id: string): Reply {
  return failure(404, "bare", `${what}_not_found`, `${what} with id '${id}' not found`);
}

export const withProject = (call: Call, value: Json): Json => ({ ...value, project: call.project });

const shops: Route[] = [
  route("GET", "/{project}/shops/search", "shopsRead", "bare", (call) => {
    const externalId = call.url.searchParams.get("externalId");
    if (externalId === null) return failure(400, "bare", "missing_parameter", "externalId is required");
    const shop = [...call.store.shops.values()].find((s) => s["externalId"] === externalId);
    return shop
      ? json(200, shop)
      : failure(404, "bare", "shop_not_found", `shop with externalId '${externalId}' not found`);
  }),
  route("GET", "/{project}/shops", "shopsRead", "bare", (call) => json(200, [...call.store.shops.values()])),
  route("POST", "/{project}/shops", "shopsWrite", "bare", (call) => {
    const shop = body(call);
    if (isReply(shop)) return shop;
    if (typeof shop["id"] !== "string" || typeof shop["name"] !== "string")
      return failure(400, "bare", "invalid_shop", "id and name are required");
    if (call.store.shops.has(shop["id"]))
      return failure(409, "bare", "shop_exists", `shop with id '${shop["id"]}' exists`);
    const self = `/${call.project}/shops/${encodeURIComponent(shop["id"])}`;
    const stored = { ...withProject(call, shop), links: { self: { href: self } } };
    call.store.shops.set(shop["id"], stored);
    return json(201, stored, { location: self });
  }),
  route("GET", "/{project}/shops/{id}", "shopsRead", "bare", (call) => {
    const shop = call.store.shops.get(call.params["id"]!);
    return shop ? json(200, shop) : notFound("shop", call.params["id"]!);
  }),
  route("PUT", "/{project}/shops/{id}", "shopsWrite", "bare", (call) => {
    const shop = body(call);
    if (isReply(shop)) return shop;
    if (shop["id"] !== call.params["id"])
      return failure(400, "bare", "id_mismatch", "the body's id must be the path's");
    if (!call.store.shops.has(call.params["id"]!)) return notFound("shop", call.params["id"]!);
    const stored = withProject(call, shop);
    call.store.shops.set(call.params["id"]!, stored);
    return json(200, stored);
  }),
  route("DELETE", "/{project}/shops/{id}", "shopsWrite", "bare", (call) =>
    call.store.shops.delete(call.params["id"]!) ? empty(200) : notFound("shop", call.params["id"]!),
  ),
];

function productMatches(product: Json, q: string): boolean {
  const text = `${String(product["name"] ?? "")} ${String(product["description"] ?? "")}`.toLowerCase();
  const codes = ((product["codes"] ?? []) as { code: string }[]).map((c) => c.code);
  return (
    text.includes(q.toLowerCase()) || String(product["sku"]).startsWith(q) || codes.some((code) => code.startsWith(q))
  );
}

function storeProducts(
  call: Call,
  lines: readonly ({ ok: true; value: unknown } | { ok: false; text: string })[],
): unknown[] {
  return lines.map((line) => {
    const product = line.ok ? asRecord(line.value) : undefined;
    if (product === undefined) return { sku: "", status: "error", message: "line is not a JSON object" };
    if (typeof product["sku"] !== "string" || product["sku"] === "")
      return { sku: "", status: "error", message: "sku is required" };
    call.store.products.set(product["sku"], withProject(call, product));
    return { sku: product["sku"], status: "ok" };
  });
}

const products: Route[] = [
  route("POST", "/{project}/products/_batch", "productsWrite", "bare", (call) => {
    const lines = parseNdjsonBody(call.body);
    if (lines.length > MAX_BATCH)
      return failure(400, "bare", "too_many_items", `at most ${MAX_BATCH} items per batch, got ${lines.length}`);
    return ndjson(200, storeProducts(call, lines));
  }),
  route("GET", "/{project}/products/statistics", "productsRead", "bare", (call) => {
    const since = call.url.searchParams.get("since");
    if (since === null || Number.isNaN(Date.parse(since)))
      return failure(400, "bare", "invalid_parameter", "since must be an RFC 3339 date");
    const count = call.store.products.size;
    return json(200, { count, created: count, updated: 0, deleted: 0, inStock: count });
  }),
  route("GET", "/{project}/products", "productsRead", "bare", (call) => {
    const q = call.url.searchParams.get("q");
    const limit = Number(call.url.searchParams.get("limit") ?? "0");
    let list = [...call.store.products.values()].filter((p) => q === null || productMatches(p, q));
    if (limit > 0) list = list.slice(0, limit);
    return ndjson(200, list, PRODUCT_STREAM);
  }),
  route("POST", "/{project}/products", "productsWrite", "bare", (call) => {
    const product = body(call, [PRODUCT_TYPE]);
    if (isReply(product)) return product;
    if (typeof product["sku"] !== "string") return failure(400, "bare", "invalid_product", "sku is required");
    call.store.products.set(product["sku"], withProject(call, product));
    return empty(201, { location: `/${call.project}/products/sku/${encodeURIComponent(product["sku"])}` });
  }),
  route("DELETE", "/{project}/products", "productsWrite", "bare", (call) => {
    call.store.products.clear();
    return empty(200);
  }),
  route("GET", "/{project}/products/sku/{sku}", "productsRead", "bare", (call) => {
    const product = call.store.products.get(call.params["sku"]!);
    return product ? json(200, product, { "content-type": PRODUCT_TYPE }) : notFound("product", call.params["sku"]!);
  }),
  route("PUT", "/{project}/products/sku/{sku}", "productsWrite", "bare", (call) => {
    const product = body(call, [PRODUCT_TYPE]);
    if (isReply(product)) return product;
    if (product["sku"] !== call.params["sku"])
      return failure(400, "bare", "sku_mismatch", "the body's sku must be the path's");
    call.store.products.set(call.params["sku"]!, withProject(call, product));
    return empty(200);
  }),
  route("DELETE", "/{project}/products/sku/{sku}", "productsWrite", "bare", (call) =>
    call.store.products.delete(call.params["sku"]!) ? empty(204) : notFound("product", call.params["sku"]!),
  ),
  route("GET", "/{project}/products/plu/{plu}", "productsRead", "bare", (call) => {
    const product = [...call.store.products.values()].find((p) =>
      ((p["pluSet"] ?? []) as string[]).includes(call.params["plu"]!),
    );
    return product ? json(200, product, { "content-type": PRODUCT_TYPE }) : notFound("product", call.params["plu"]!);
  }),
];

/** Every catalog route, specific templates first. */
export const CATALOG_ROUTES: readonly Route[] = [...shops, ...products];
