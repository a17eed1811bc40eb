/** Typed errors in both documented shapes (bare and wrapped in `error`), 403 semantics, and the deprecated Client-Token. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiStatusError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
  Snabble,
  SnabbleError,
  type CheckoutCreateInfoErrorBody,
  type StructuredError,
  type ShopsRetrieveErrorBody,
} from "../../../generated/snabble/src/index.js";
import { startSnabbleMock, type SnabbleMock } from "./mock-server.js";
import { PROJECT, snabbleClient } from "./setup.js";

let mock: SnabbleMock;
beforeAll(async () => {
  mock = await startSnabbleMock();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

/** What callers write to read either shape; it type-checks against the generated error body types. */
function unwrap(body: ShopsRetrieveErrorBody | CheckoutCreateInfoErrorBody): StructuredError {
  return "error" in body ? body.error : body;
}

describe("the bare error object", () => {
  it("is the typed body of NotFoundError, and its message is in the error's message", async () => {
    const outcome = await snabbleClient(mock).shops.retrieve({ id: "some-shop" }).asResult();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toBeInstanceOf(NotFoundError);
    expect(outcome.error).toBeInstanceOf(SnabbleError);
    const error = outcome.error as ApiStatusError<ShopsRetrieveErrorBody>;
    expect(error.body).toEqual({ type: "shop_not_found", message: "shop with id 'some-shop' not found" });
    expect(unwrap(error.body)).toEqual({ type: "shop_not_found", message: "shop with id 'some-shop' not found" });
    expect(error.message).toBe(
      `HTTP 404 for GET ${mock.origin}/${PROJECT}/shops/some-shop: shop with id 'some-shop' not found`,
    );
  });
});

describe("the error wrapped in `error`", () => {
  it("is the typed body of BadRequestError, details included, and its message is in the error's message", async () => {
    const snabble = snabbleClient(mock);
    const error = await snabble.checkout
      .createInfo({
        session: "s-1",
        shopID: "1",
        items: [
          { id: "line-1", sku: "1", amount: 1 },
          { id: "line-2", sku: "nope", amount: 2 },
        ],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    const body = (error as ApiStatusError<CheckoutCreateInfoErrorBody>).body;
    expect(body).toEqual({
      error: {
        type: "invalid_cart_item",
        message: "the cart has invalid items",
        details: [
          { type: "product_not_found", sku: "nope", id: "line-2", message: "product with sku 'nope' not found" },
        ],
      },
    });
    const inner = unwrap(body);
    expect(inner.type).toBe("invalid_cart_item");
    expect(inner.details?.map((d) => [d.id, d.type])).toEqual([["line-2", "product_not_found"]]);
    expect((error as Error).message).toContain(": the cart has invalid items");
  });

  it("unknown shops are invalid checkout requests too", async () => {
    const outcome = await snabbleClient(mock)
      .checkout.createInfo({ session: "s-1", shopID: "404", items: [] })
      .asResult();
    expect(!outcome.ok && outcome.error).toMatchObject({ status: 400, body: { error: { type: "shop_not_found" } } });
  });
});

describe("403: JWT missing, insufficient or for another project", () => {
  it("names the missing permission", async () => {
    const reader = snabbleClient(mock, { permissions: ["shopsRead"] });
    await expect(reader.shops.list()).resolves.toHaveLength(2);
    const error = await reader.shops.create({ body: { id: "9", name: "Nope" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({
      status: 403,
      body: { type: "permission_denied", message: "this call needs the permission shopsWrite" },
    });
  });

  it("an expired JWT is answered 403 too, and the token never shows in the error", async () => {
    const token = mock.issueJwt(PROJECT, undefined, -10);
    const snabble = new Snabble({ baseUrl: mock.origin, project: PROJECT, auth: { jwt: { token } } });
    const error = await snabble.orders.list().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, body: { type: "token_expired" } });
    expect(JSON.stringify(error)).not.toContain(token);
    expect(String(error)).not.toContain(token);
  });
});

describe("the deprecated Client-Token header", () => {
  it("is sent only when configured instead of jwt", async () => {
    const token = mock.issueJwt(PROJECT);
    const legacy = new Snabble({ baseUrl: mock.origin, project: PROJECT, auth: { clientToken: { key: token } } });
    await expect(legacy.shops.list()).resolves.toHaveLength(2);
    expect(mock.requests.at(-1)!.headers["client-token"]).toBe(token);
    expect(mock.requests.at(-1)!.headers.authorization).toBeUndefined();

    const both = new Snabble({
      baseUrl: mock.origin,
      project: PROJECT,
      auth: { jwt: { token }, clientToken: { key: token } },
    });
    await both.shops.list();
    expect(mock.requests.at(-1)!.headers.authorization).toBe(`Bearer ${token}`);
    expect(mock.requests.at(-1)!.headers["client-token"]).toBeUndefined();
  });

  it("without any credentials the call fails before anything is sent", async () => {
    const none = new Snabble({ baseUrl: mock.origin, project: PROJECT });
    await expect(none.shops.list()).rejects.toThrow(
      "GET /{project}/shops needs credentials: configure auth.jwt or auth.clientToken",
    );
    expect(mock.requests).toHaveLength(0);
  });
});
