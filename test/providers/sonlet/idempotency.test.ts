/** Sonlet `X-Idempotency-Key` scenarios against the mock: duplicates become a typed 403, retries keep their key. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiStatusError,
  BadRequestError,
  PermissionDeniedError,
  type ItemsCreateErrorBody,
  type ItemsCreateParams,
} from "../../../generated/sonlet/src/index.js";
import { startSonletMock, type SonletMock } from "./mock-server.js";
import { asTokens, PNG_BYTES, sonletClient, wireLines } from "./setup.js";

const DAY_MS = 24 * 3600 * 1000;
let mock: SonletMock;
let sonlet: ReturnType<typeof sonletClient>;
let item: ItemsCreateParams;
beforeAll(async () => {
  mock = await startSonletMock();
  sonlet = sonletClient(mock, { tokens: asTokens(mock.issueTokens()) }, { maxRetries: 2 });
  const image = await sonlet.images.create({ image_full: new File([PNG_BYTES], "dress.png", { type: "image/png" }) });
  item = { itemchoice_id: 412, size_id: 7, image_id: image.pk };
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

const keysSent = (): (string | string[] | undefined)[] => mock.requests.map((r) => r.headers["x-idempotency-key"]);

describe("duplicate requests", () => {
  it("answers a repeated key with 403 Duplicate request detected., typed through asResult()", async () => {
    const before = mock.store.items.size;
    const first = await sonlet.items.create(item, { idempotencyKey: "pizza123" });
    const second = await sonlet.items.create(item, { idempotencyKey: "pizza123" }).asResult();
    expect(keysSent()).toEqual(["pizza123", "pizza123"]);
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error).toBeInstanceOf(PermissionDeniedError);
    const error = second.error as ApiStatusError<ItemsCreateErrorBody>;
    expect(error.status).toBe(403);
    const body: ItemsCreateErrorBody = error.body;
    expect(body).toEqual({ detail: "Duplicate request detected." });
    expect(error.message).toContain("Duplicate request detected.");
    expect(mock.store.items.size).toBe(before + 1);
    expect([...mock.store.items.keys()]).toContain(first.pk);
  });

  it("throws PermissionDeniedError when awaited directly, and does not retry a 403", async () => {
    await sonlet.items.create(item, { idempotencyKey: "once-only" });
    await expect(Promise.resolve(sonlet.items.create(item, { idempotencyKey: "once-only" }))).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    expect(mock.requests).toHaveLength(2);
  });

  it("scopes keys per user and to 24 hours", async () => {
    await sonlet.items.create(item, { idempotencyKey: "shared" });
    const otherUser = sonletClient(mock, { tokens: asTokens(mock.issueTokens({ userId: 2 })) });
    const theirImage = await otherUser.images.create({
      image_full: new File([PNG_BYTES], "x.png", { type: "image/png" }),
    });
    expect(
      (await otherUser.items.create({ ...item, image_id: theirImage.pk }, { idempotencyKey: "shared" }).asResult()).ok,
    ).toBe(true);
    mock.advanceClock(DAY_MS);
    expect((await sonlet.items.create(item, { idempotencyKey: "shared" }).asResult()).ok).toBe(true);
  });

  it("gives every call without a key its own key, so separate calls are never duplicates", async () => {
    await sonlet.items.create(item);
    await sonlet.items.create(item);
    const [a, b] = keysSent();
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(b).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });

  it("rejects a key longer than 128 characters with 400 (not retried)", async () => {
    expect((await sonlet.items.create(item, { idempotencyKey: "k".repeat(128) }).asResult()).ok).toBe(true);
    const outcome = await sonlet.items.create(item, { idempotencyKey: "k".repeat(129) }).asResult();
    expect(outcome.ok === false && outcome.error).toBeInstanceOf(BadRequestError);
    expect(outcome.ok === false && outcome.error).toMatchObject({
      body: { detail: "X-Idempotency-Key must be at most 128 characters." },
    });
    expect(mock.requests).toHaveLength(2);
  });
});

describe("retried POSTs reuse their key", () => {
  it("repeats a POST answered 503 with the same key, creating one item", async () => {
    const before = mock.store.items.size;
    mock.injectFault({
      method: "POST",
      path: "/api/v2/items/",
      kind: { status: 503, headers: { "retry-after": "0" } },
    });
    const created = await sonlet.items.create(item, { idempotencyKey: "retry-me" });
    expect(wireLines(mock.requests)).toEqual(["POST /api/v2/items/", "POST /api/v2/items/"]);
    expect(keysSent()).toEqual(["retry-me", "retry-me"]);
    expect(mock.requests[0]!.body.equals(mock.requests[1]!.body)).toBe(true);
    expect(mock.store.items.size).toBe(before + 1);
    expect(mock.store.items.has(created.pk)).toBe(true);
  });

  it("keeps an automatic key across attempts too (a multipart upload here)", async () => {
    mock.injectFault({
      method: "POST",
      path: "/api/v2/images/",
      kind: { status: 503, headers: { "retry-after": "0" } },
    });
    await sonlet.images.create({ image_full: new File([PNG_BYTES], "y.png", { type: "image/png" }) });
    const [first, second] = keysSent();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
  });

  it("when the response to a processed POST is lost, the retry is answered as a duplicate instead of creating a second item", async () => {
    const before = mock.store.items.size;
    mock.injectFault({ method: "POST", path: "/api/v2/items/", kind: "drop" });
    const outcome = await sonlet.items.create(item).asResult();
    expect(mock.requests).toHaveLength(2);
    const [first, second] = keysSent();
    expect(second).toBe(first);
    expect(outcome.ok === false && outcome.error).toBeInstanceOf(PermissionDeniedError);
    expect(outcome.ok === false && outcome.error).toMatchObject({ body: { detail: "Duplicate request detected." } });
    expect(mock.store.items.size).toBe(before + 1);
  });
});
