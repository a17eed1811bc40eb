/** Pricing categories and prices (single and NDJSON batches), as api_pricing.md describes them. */
import { asRecord, empty, failure, isReply, json, ndjson, parseNdjsonBody, type Reply } from "./mock-http.js";
import { route, type Call, type Route } from "./mock-router.js";
import { body, MAX_BATCH, notFound, withProject } from "./mock-routes-catalog.js";
import type { Json } from "./mock-store.js";

const categories: Route[] = [
  route("GET", "/{project}/pricing/categories", "pricingCategoriesRead", "bare", (call) =>
    json(200, {
      categories: [...call.store.categories.values()],
      links: { self: { href: `/${call.project}/pricing/categories` } },
    }),
  ),
  route("POST", "/{project}/pricing/categories", "pricingCategoriesWrite", "bare", (call) => {
    const category = body(call);
    if (isReply(category)) return category;
    if (typeof category["id"] !== "string" || typeof category["name"] !== "string")
      return failure(400, "bare", "invalid_category", "id and name are required");
    const self = `/${call.project}/pricing/categories/id/${encodeURIComponent(category["id"])}`;
    const stored = { ...withProject(call, category), links: { self: { href: self } } };
    call.store.categories.set(category["id"], stored);
    return json(201, stored, { location: self });
  }),
  route("GET", "/{project}/pricing/categories/id/{id}", "pricingCategoriesRead", "bare", (call) => {
    const category = call.store.categories.get(call.params["id"]!);
    return category ? json(200, category) : notFound("category", call.params["id"]!);
  }),
  route("PUT", "/{project}/pricing/categories/id/{id}", "pricingCategoriesWrite", "bare", (call) => {
    const category = body(call);
    if (isReply(category)) return category;
    if (!call.store.categories.has(call.params["id"]!)) return notFound("category", call.params["id"]!);
    const stored = withProject(call, { ...category, id: call.params["id"] });
    call.store.categories.set(call.params["id"]!, stored);
    return json(200, stored);
  }),
];

function applyPricingOp(call: Call, line: unknown): unknown {
  const op = asRecord(line);
  const item = asRecord(op?.["item"]);
  const sku = typeof item?.["sku"] === "string" ? item["sku"] : "";
  if (op === undefined || item === undefined || sku === "")
    return { sku, status: "error", message: "op and item.sku are required" };
  if (op["op"] === "delete")
    return call.store.pricings.delete(sku)
      ? { sku, status: "ok" }
      : { sku, status: "error", message: `no pricing for sku '${sku}'` };
  if (op["op"] !== "put") return { sku, status: "error", message: `unknown op ${JSON.stringify(op["op"])}` };
  call.store.pricings.set(sku, withProject(call, item));
  return { sku, status: "ok" };
}

function applyPrice(call: Call, line: unknown): unknown {
  const price = asRecord(line);
  const sku = typeof price?.["sku"] === "string" ? price["sku"] : "";
  const category = typeof price?.["category"] === "string" ? price["category"] : "";
  if (price === undefined || sku === "" || category === "" || typeof price["listPrice"] !== "number")
    return { sku, category, status: "error", message: "sku, category and listPrice are required" };
  const fields = Object.fromEntries(Object.entries(price).filter(([key]) => key !== "sku"));
  const pricing = call.store.pricings.get(sku) ?? { sku, project: call.project, prices: [] };
  const prices = ((pricing["prices"] ?? []) as Json[]).filter((p) => p["category"] !== category);
  call.store.pricings.set(sku, { ...pricing, prices: [...prices, fields] });
  return { sku, category, status: "ok" };
}

function batch(call: Call, apply: (call: Call, line: unknown) => unknown): Reply {
  const lines = parseNdjsonBody(call.body);
  if (lines.length > MAX_BATCH)
    return failure(400, "bare", "too_many_items", `at most ${MAX_BATCH} items per batch, got ${lines.length}`);
  return ndjson(
    200,
    lines.map((line) =>
      line.ok ? apply(call, line.value) : { sku: "", status: "error", message: "line is not JSON" },
    ),
  );
}

const pricing: Route[] = [
  route("POST", "/{project}/pricing/products/_batch", "pricingWrite", "bare", (call) => batch(call, applyPricingOp)),
  route("POST", "/{project}/pricing/_batch", "pricingWrite", "bare", (call) => batch(call, applyPrice)),
  route("DELETE", "/{project}/pricing/products", "pricingWrite", "bare", (call) => {
    call.store.pricings.clear();
    return empty(200);
  }),
  route("GET", "/{project}/pricing/products/sku/{sku}", "pricingRead", "bare", (call) => {
    const found = call.store.pricings.get(call.params["sku"]!);
    return found ? json(200, found) : notFound("pricing", call.params["sku"]!);
  }),
  route("PUT", "/{project}/pricing/products/sku/{sku}", "pricingWrite", "bare", (call) => {
    const given = body(call);
    if (isReply(given)) return given;
    if (given["sku"] !== call.params["sku"] || !Array.isArray(given["prices"]))
      return failure(400, "bare", "invalid_pricing", "sku must be the path's and prices a list");
    const stored = withProject(call, given);
    call.store.pricings.set(call.params["sku"]!, stored);
    return json(200, stored);
  }),
  route("DELETE", "/{project}/pricing/products/sku/{sku}", "pricingWrite", "bare", (call) =>
    call.store.pricings.delete(call.params["sku"]!) ? empty(200) : notFound("pricing", call.params["sku"]!),
  ),
  route("DELETE", "/{project}/pricing/products/sku/{sku}/category/{categoryID}", "pricingWrite", "bare", (call) => {
    const found = call.store.pricings.get(call.params["sku"]!);
    const prices = (found?.["prices"] ?? []) as Json[];
    const kept = prices.filter((p) => p["category"] !== call.params["categoryID"]);
    if (found === undefined || kept.length === prices.length)
      return notFound("price", `${call.params["sku"]}/${call.params["categoryID"]}`);
    call.store.pricings.set(call.params["sku"]!, { ...found, prices: kept });
    return empty(200);
  }),
];

/** Every pricing route, specific templates first. */
export const PRICING_ROUTES: readonly Route[] = [...categories, ...pricing];
