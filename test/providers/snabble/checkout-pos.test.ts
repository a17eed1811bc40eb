/** The checkout journey: checkout info → process → PoS hand-over with JSON merge patch → order; approvals and client ids. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BadRequestError, ConflictError, PermissionDeniedError } from "../../../generated/snabble/src/index.js";
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

async function startPosCheckout(): Promise<string> {
  const info = await snabble.checkout.createInfo({
    session: "s-pos",
    shopID: "1",
    items: [
      { id: "line-1", sku: "1", amount: 2 },
      { id: "line-2", sku: "3", amount: 1 },
    ],
  });
  const process = await snabble.checkout.createProcess({ signedCheckoutInfo: info, paymentMethod: "qrCodePOS" });
  const qr = String(process.paymentInformation?.["qrCodeContent"]);
  expect(qr).toBe(`snabble:${process.id}`);
  return qr.slice("snabble:".length);
}

describe("checkout info", () => {
  it("prices the cart with deposits and signs it", async () => {
    const signed = await snabble.checkout.createInfo({
      session: "s-1",
      shopID: "1",
      items: [{ id: "line-1", sku: "1", amount: 2 }],
    });
    expect(signed.checkoutInfo.lineItems).toEqual([
      {
        id: "line-1",
        type: "default",
        sku: "1",
        name: "Apfelsaft 1 1 l",
        amount: 2,
        price: 101,
        totalPrice: 202,
        taxRate: "19",
      },
      {
        id: "line-1-deposit",
        type: "deposit",
        refersTo: "line-1",
        sku: "deposit-0.25",
        amount: 2,
        price: 25,
        totalPrice: 50,
        taxRate: "19",
      },
    ]);
    expect(signed.checkoutInfo.price?.price).toBe(252);
    expect(signed.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(signed.links?.checkoutProcess?.href).toBe(`/${PROJECT}/checkout/process`);
  });

  it("a tampered checkout info is refused when the process starts (wrapped error)", async () => {
    const signed = await snabble.checkout.createInfo({
      session: "s-1",
      shopID: "1",
      items: [{ id: "line-1", sku: "2", amount: 1 }],
    });
    const tampered = { ...signed, checkoutInfo: { ...signed.checkoutInfo, price: { price: 1 } } };
    const error = await snabble.checkout
      .createProcess({ signedCheckoutInfo: tampered, paymentMethod: "deDirectDebit" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ body: { error: { type: "invalid_signature" } } });
  });
});

describe("PoS hand-over with JSON merge patch", () => {
  it("claims the checkout, finishes it, and the checkout becomes an order", async () => {
    const id = await startPosCheckout();
    mock.requests.length = 0;
    const claimed = await snabble.pos.update({ id, state: "processing", processedBy: "pos-1" });
    const patch = mock.requests.at(-1)!;
    expect(`${patch.method} ${patch.url}`).toBe(`PATCH /${PROJECT}/pos/checkout/id/${id}`);
    expect(patch.headers["content-type"]).toBe("application/merge-patch+json");
    expect(patch.body.toString()).toBe('{"state":"processing","processedBy":"pos-1"}');
    expect(claimed).toMatchObject({
      id,
      state: "processing",
      processedBy: "pos-1",
      price: { price: 2 * 101 + 2 * 25 + 103 },
    });
    expect(claimed.lineItems?.map((l) => l.sku)).toEqual(["1", "deposit-0.25", "3"]);

    const done = await snabble.pos.update({ id, state: "successful" });
    expect(done).toMatchObject({ state: "successful", processedBy: "pos-1" });
    expect(await snabble.checkout.retrieveProcess({ id })).toMatchObject({ paymentState: "successful" });
    const orders = await snabble.orders.list({ shopID: "1" });
    expect(orders.map((o) => o.id)).toContain(`order-${id}`);
    expect(await snabble.orders.retrieve({ id: `order-${id}` })).toMatchObject({ state: "final", shopID: "1" });

    const late = await snabble.pos.update({ id, state: "failed" }).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(BadRequestError);
    expect(late).toMatchObject({
      body: { type: "invalid_state_transition", message: "cannot go from successful to failed" },
    });
  });

  it("null removes a field (RFC 7386), and a failed checkout keeps its reason", async () => {
    const id = await startPosCheckout();
    await snabble.pos.update({ id, state: "processing", processedBy: "pos-2", failedReason: "draft" });
    const cleared = await snabble.pos.update({ id, processedBy: null });
    expect(mock.requests.at(-1)!.body.toString()).toBe('{"processedBy":null}');
    expect(cleared).not.toHaveProperty("processedBy");
    expect(cleared).toMatchObject({ state: "processing", failedReason: "draft" });
    const failed = await snabble.pos.update({ id, state: "failed", failedReason: "card declined" });
    expect(failed).toMatchObject({ state: "failed", failedReason: "card declined" });
    expect(await snabble.pos.retrieve({ id })).toEqual(failed);
  });

  it("replaces the PoS state with PUT as plain JSON", async () => {
    const id = await startPosCheckout();
    const replaced = await snabble.pos.replace({ id, body: { state: "processing", processedBy: "pos-3" } });
    expect(mock.requests.at(-1)!.headers["content-type"]).toBe("application/json");
    expect(replaced).toMatchObject({ state: "processing", processedBy: "pos-3" });
  });
});

describe("checkout processes", () => {
  it("starts one with the client's own id; the same id again is a ConflictError (wrapped)", async () => {
    const signed = await snabble.checkout.createInfo({
      session: "s-2",
      shopID: "2",
      items: [{ id: "a", sku: "2", amount: 1 }],
    });
    const id = "0f0e7d1c-5b7a-4a52-9d52-1f0a2b3c4d5e";
    const process = await snabble.checkout.createProcessWithId({
      id,
      signedCheckoutInfo: signed,
      paymentMethod: "deDirectDebit",
    });
    expect(mock.requests.at(-1)!.method).toBe("PUT");
    expect(process).toMatchObject({ id, paymentState: "pending" });
    const again = await snabble.checkout
      .createProcessWithId({ id, signedCheckoutInfo: signed, paymentMethod: "deDirectDebit" })
      .catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect(again).toMatchObject({ status: 409, body: { error: { type: "process_exists" } } });
  });

  it("is aborted by the app, approved and listed by a supervisor; the payment state needs its permission", async () => {
    const signed = await snabble.checkout.createInfo({
      session: "s-3",
      shopID: "2",
      items: [{ id: "a", sku: "2", amount: 1 }],
    });
    const process = await snabble.checkout.createProcess({
      signedCheckoutInfo: signed,
      paymentMethod: "deDirectDebit",
    });
    const approval = await snabble.checkout.approve({ id: process.id, type: "supervisor" });
    expect(approval.type).toBe("supervisor");
    expect(await snabble.checkout.retrieveProcess({ id: process.id })).toMatchObject({ supervisorApproval: true });
    const listed = await snabble.checkout.listProcesses({ shop: "2" });
    expect(listed.processes.map((p) => p.id)).toContain(process.id);
    expect(mock.requests.at(-1)!.url).toBe(`/${PROJECT}/checkout/process?shop=2`);

    const app = snabbleClient(mock, { permissions: [] });
    const denied = await app.checkout
      .updateProcess({ id: process.id, paymentState: "successful" })
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(PermissionDeniedError);
    const aborted = await app.checkout.updateProcess({ id: process.id, aborted: true });
    expect(aborted).toMatchObject({ aborted: true, modified: true });
    expect(JSON.parse(mock.requests.at(-1)!.body.toString())).toEqual({ aborted: true });
  });
});
