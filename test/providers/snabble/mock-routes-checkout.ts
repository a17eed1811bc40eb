/** Checkout (api_checkout.md, and the SDKs' PUT with a client-chosen id). */
import { createHmac, randomUUID } from "node:crypto";
import { asRecord, failure, isReply, json, parseJsonBody, type Reply } from "./mock-http.js";
import { route, type Call, type Route } from "./mock-router.js";
import type { Json } from "./mock-store.js";

const SIGNING_KEY = "snabble-mock-checkout-info";
const PAYMENT_METHODS = ["qrCodePOS", "deDirectDebit"];
const sign = (info: unknown): string => createHmac("sha256", SIGNING_KEY).update(JSON.stringify(info)).digest("hex");

function wrappedBody(call: Call, type = "application/json"): Json | Reply {
  const parsed = parseJsonBody(call.headers["content-type"], call.body, [type], "wrapped");
  if (isReply(parsed)) return parsed;
  return asRecord(parsed.value) ?? failure(400, "wrapped", "invalid_body", "expected a JSON object");
}

/** Line items of a cart: one per item, plus a deposit line for products that have one; or the errors per item. */
function priceCart(call: Call, shopID: string, items: Json[]): { lineItems: Json[]; total: number } | Json[] {
  const errors: Json[] = [];
  const lineItems: Json[] = [];
  let total = 0;
  for (const item of items) {
    const sku = String(item["sku"] ?? "");
    const product = call.store.products.get(sku);
    const price = call.store.priceOf(sku, shopID);
    if (product === undefined || price === undefined) {
      errors.push({ type: "product_not_found", sku, id: item["id"], message: `product with sku '${sku}' not found` });
      continue;
    }
    if (product["saleStop"] === true)
      errors.push({ type: "sale_stop", sku, id: item["id"], message: `product '${sku}' must not be sold` });
    const amount = Number(item["amount"] ?? 1);
    lineItems.push({
      id: item["id"],
      type: "default",
      sku,
      name: product["name"],
      amount,
      price,
      totalPrice: price * amount,
      taxRate: "19",
    });
    total += price * amount;
    const deposit = typeof product["depositProduct"] === "string" ? product["depositProduct"] : undefined;
    const depositPrice = deposit === undefined ? undefined : call.store.priceOf(deposit, shopID);
    if (deposit !== undefined && depositPrice !== undefined) {
      lineItems.push({
        id: `${String(item["id"])}-deposit`,
        type: "deposit",
        refersTo: item["id"],
        sku: deposit,
        amount,
        price: depositPrice,
        totalPrice: depositPrice * amount,
        taxRate: "19",
      });
      total += depositPrice * amount;
    }
  }
  return errors.length > 0 ? errors : { lineItems, total };
}

function checkoutInfo(call: Call): Reply {
  const cart = wrappedBody(call);
  if (isReply(cart)) return cart;
  if (typeof cart["shopID"] !== "string" || typeof cart["session"] !== "string" || !Array.isArray(cart["items"])) {
    return failure(400, "wrapped", "invalid_cart", "session, shopID and items are required");
  }
  const shop = call.store.shops.get(cart["shopID"]);
  if (shop === undefined)
    return failure(400, "wrapped", "shop_not_found", `shop with id '${cart["shopID"]}' not found`);
  const priced = priceCart(call, cart["shopID"], cart["items"] as Json[]);
  if (Array.isArray(priced)) return failure(400, "wrapped", "invalid_cart_item", "the cart has invalid items", priced);
  const info = {
    session: cart["session"],
    project: call.project,
    shopID: cart["shopID"],
    shop: { externalId: shop["externalId"], name: shop["name"], city: shop["city"] },
    createdAt: new Date(call.now).toISOString(),
    currency: "EUR",
    availableMethods: PAYMENT_METHODS,
    paymentMethods: PAYMENT_METHODS.map((id) => ({ id, isTesting: false })),
    lineItems: priced.lineItems,
    price: { price: priced.total, netPrice: Math.round(priced.total / 1.19) },
  };
  return json(200, {
    checkoutInfo: info,
    signature: sign(info),
    links: { checkoutProcess: { href: `/${call.project}/checkout/process` } },
  });
}

/** Starts a process from a signed checkout info; `qrCodePOS` also opens the PoS hand-over under the same id. */
function startProcess(call: Call, id: string): Json | Reply {
  const request = wrappedBody(call);
  if (isReply(request)) return request;
  const signed = asRecord(request["signedCheckoutInfo"]);
  const info = asRecord(signed?.["checkoutInfo"]);
  if (info === undefined || signed?.["signature"] !== sign(info))
    return failure(400, "wrapped", "invalid_signature", "the checkout info's signature does not match");
  if (!PAYMENT_METHODS.includes(String(request["paymentMethod"])))
    return failure(
      400,
      "wrapped",
      "no_available_method",
      `payment method ${JSON.stringify(request["paymentMethod"])} is not available`,
    );
  const self = `/${call.project}/checkout/process/${id}`;
  const process: Json = {
    id,
    links: { self: { href: self }, approval: { href: `${self}/approval` } },
    supervisorApproval: null,
    paymentApproval: null,
    aborted: false,
    checkoutInfo: info,
    paymentMethod: request["paymentMethod"],
    paymentState: "pending",
    modified: false,
    createdAt: new Date(call.now).toISOString(),
  };
  if (request["paymentMethod"] === "qrCodePOS") {
    process["paymentInformation"] = { qrCodeContent: `snabble:${id}` };
    call.store.posCheckouts.set(id, {
      id,
      state: "pending",
      lineItems: info["lineItems"],
      price: info["price"],
      currency: info["currency"],
      shopID: info["shopID"],
    });
  }
  call.store.processes.set(id, { id, process });
  return process;
}

function has(call: Call, permission: string): boolean {
  return call.claims?.permissions.includes(permission) === true;
}

function updateProcess(call: Call): Reply {
  const stored = call.store.processes.get(call.params["id"]!);
  if (stored === undefined)
    return failure(404, "wrapped", "process_not_found", `checkout process '${call.params["id"]}' not found`);
  const patch = wrappedBody(call);
  if (isReply(patch)) return patch;
  if (patch["paymentState"] !== undefined && !has(call, "setPaymentState"))
    return failure(403, "wrapped", "permission_denied", "setting the payment state needs setPaymentState");
  if (patch["pricing"] !== undefined && !has(call, "updatePricingCheckoutProcess"))
    return failure(403, "wrapped", "permission_denied", "changing the pricing needs updatePricingCheckoutProcess");
  if (patch["aborted"] === true) stored.process["aborted"] = true;
  if (typeof patch["paymentState"] === "string") stored.process["paymentState"] = patch["paymentState"];
  if (patch["pricing"] !== undefined) stored.process["pricing"] = patch["pricing"];
  stored.process["modified"] = true;
  return json(200, stored.process);
}

const checkout: Route[] = [
  route("POST", "/{project}/checkout/info", null, "wrapped", checkoutInfo),
  route("GET", "/{project}/checkout/process", "supervisor", "wrapped", (call) => {
    const shop = call.url.searchParams.get("shop");
    if (shop === null) return failure(400, "wrapped", "missing_parameter", "shop is required");
    return json(200, {
      processes: [...call.store.processes.values()]
        .map((s) => s.process)
        .filter((p) => asRecord(p["checkoutInfo"])?.["shopID"] === shop),
    });
  }),
  route("POST", "/{project}/checkout/process", null, "wrapped", (call) => {
    const process = startProcess(call, randomUUID());
    return isReply(process)
      ? process
      : json(201, process, { location: `/${call.project}/checkout/process/${String(process["id"])}` });
  }),
  route("GET", "/{project}/checkout/process/{id}", null, "wrapped", (call) => {
    const stored = call.store.processes.get(call.params["id"]!);
    return stored
      ? json(200, stored.process)
      : failure(404, "wrapped", "process_not_found", `checkout process '${call.params["id"]}' not found`);
  }),
  route("PUT", "/{project}/checkout/process/{id}", null, "wrapped", (call) => {
    if (call.store.processes.has(call.params["id"]!))
      return failure(409, "wrapped", "process_exists", `checkout process '${call.params["id"]}' exists`);
    const process = startProcess(call, call.params["id"]!);
    return isReply(process) ? process : json(200, process);
  }),
  route("PATCH", "/{project}/checkout/process/{id}", null, "wrapped", updateProcess),
  route("POST", "/{project}/checkout/process/{id}/approval", "supervisor", "wrapped", (call) => {
    const stored = call.store.processes.get(call.params["id"]!);
    if (stored === undefined)
      return failure(404, "wrapped", "process_not_found", `checkout process '${call.params["id"]}' not found`);
    const request = wrappedBody(call);
    if (isReply(request)) return request;
    if (request["type"] !== "supervisor")
      return failure(400, "wrapped", "invalid_approval", 'type must be "supervisor"');
    stored.process["supervisorApproval"] = true;
    return json(201, { id: randomUUID(), type: "supervisor", createdAt: new Date(call.now).toISOString() });
  }),
];

/** Every checkout route. */
export const CHECKOUT_ROUTES: readonly Route[] = checkout;
