/** Sonlet resources against the mock: upload then create, retrieve, paging through DRF pages, errors, trailing slashes. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BadRequestError, NotFoundError, type ItemsCreateParams } from "../../../generated/sonlet/src/index.js";
import { parseMultipart, type Recorded } from "../../runtime/test-server.js";
import { startSonletMock, type SonletMock } from "./mock-server.js";
import { asTokens, PNG_BYTES, sonletClient, wireLines } from "./setup.js";

let mock: SonletMock;
let sonlet: ReturnType<typeof sonletClient>;
beforeAll(async () => {
  mock = await startSonletMock({ items: 5, pageSize: 2 });
  sonlet = sonletClient(mock, { tokens: asTokens(mock.issueTokens()) });
});
afterAll(() => mock.close());
/** Every request of this file, kept for the trailing-slash check at the end. */
const everything: Recorded[] = [];
beforeEach(() => {
  everything.push(...mock.requests.splice(0));
});

const attributes = { attributes: { Color: "Red", Collection: "Elegant" } };
/**
 * `data` as the decoded object. Until the schema types map `contentSchema` (see the issue note), the generated
 * type of `data` is `string`; the runtime already sends the object's JSON text.
 */
const dataObject = attributes as unknown as NonNullable<ItemsCreateParams["data"]>;

describe("upload an image, then create an item with it", () => {
  it("sends the image as multipart image_full, then the item as JSON with data as a string of JSON", async () => {
    const image = await sonlet.images.create({
      image_full: new File([PNG_BYTES], "red-dress.png", { type: "image/png" }),
    });
    expect(image.pk).toBeGreaterThan(0);
    expect(image.image_thumbnail).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\/images\/\d+\/thumb\.png$/);
    const upload = mock.requests.at(-1)!;
    expect(`${upload.method} ${upload.url}`).toBe("POST /api/v2/images/");
    const parts = parseMultipart(upload.body, String(upload.headers["content-type"]));
    expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ["image_full", "red-dress.png", "image/png"],
    ]);
    expect(parts[0]!.data.equals(PNG_BYTES)).toBe(true);

    const item = await sonlet.items.create({
      itemchoice_id: 412,
      size_id: 7,
      image_id: image.pk,
      quantity: 4,
      data: dataObject,
    });
    const create = mock.requests.at(-1)!;
    expect(`${create.method} ${create.url}`).toBe("POST /api/v2/items/");
    expect(create.headers["content-type"]).toBe("application/json");
    const sent = JSON.parse(create.body.toString()) as Record<string, unknown>;
    expect(sent).toEqual({
      itemchoice_id: 412,
      size_id: 7,
      image_id: image.pk,
      quantity: 4,
      data: JSON.stringify(attributes),
    });
    expect(typeof sent["data"]).toBe("string");

    expect(item).toMatchObject({
      image: { pk: image.pk },
      itemchoice: { pk: 412, name: "Amelia" },
      size: { pk: 7, name: "M" },
      quantity: 4,
      price: "64.00",
      wholesale_price: "25.50",
      data: attributes,
    });
    expect(await sonlet.items.retrieve({ id: item.pk })).toEqual(item);
    expect(await sonlet.images.retrieve({ id: image.pk })).toEqual(image);
  });

  it("sends only the required fields when nothing else is given, and the server fills in the defaults", async () => {
    const image = await sonlet.images.create({ image_full: new File([PNG_BYTES], "a.jpg", { type: "image/jpeg" }) });
    const item = await sonlet.items.create({ itemchoice_id: 413, size_id: 5, image_id: image.pk });
    expect(JSON.parse(mock.requests.at(-1)!.body.toString())).toEqual({
      itemchoice_id: 413,
      size_id: 5,
      image_id: image.pk,
    });
    expect(item).toMatchObject({ quantity: 1, price: "55.00", wholesale_price: "22.00", data: null });
    const priced = await sonlet.items.create({
      itemchoice_id: 413,
      size_id: 5,
      image_id: image.pk,
      price: 49.5,
      wholesale_price: "20",
    });
    expect(priced).toMatchObject({ price: "49.50", wholesale_price: "20.00" });
  });

  it("turns field errors into BadRequestError with the typed body", async () => {
    const outcome = await sonlet.items.create({ itemchoice_id: 412, size_id: 7, image_id: 999 }).asResult();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toBeInstanceOf(BadRequestError);
    expect(outcome.error).toMatchObject({
      status: 400,
      body: { image_id: ['Invalid pk "999" - object does not exist.'] },
    });
    const nameless = await sonlet.images
      .create({ image_full: new Blob([PNG_BYTES], { type: "image/png" }) })
      .asResult();
    expect(nameless.ok === false && nameless.error).toMatchObject({
      status: 400,
      body: { image_full: [expect.stringContaining("extension")] },
    });
  });
});

describe("retrieve", () => {
  it("gets one object of each resource, and NotFoundError with DRF's detail for an unknown pk", async () => {
    expect(await sonlet.itemChoices.retrieve({ id: 414 })).toEqual({ pk: 414, name: "Irma" });
    expect(await sonlet.sizes.retrieve({ id: 11 })).toEqual({ pk: 11, name: "3XL" });
    const error = await Promise.resolve(sonlet.items.retrieve({ id: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, body: { detail: "Not found." } });
  });

  it("reads the API schema", async () => {
    expect(await sonlet.schema.retrieve()).toMatchObject({ _type: "document" });
  });
});

describe("DRF pagination", () => {
  it("iterates three pages, following the absolute next links with the bearer token on each", async () => {
    const own = await startSonletMock({ items: 6, pageSize: 2 });
    try {
      const client = sonletClient(own, { tokens: asTokens(own.issueTokens()) });
      const pks: number[] = [];
      for await (const item of client.items.list()) pks.push(item.pk);
      expect(pks).toEqual([...own.store.items.keys()]);
      expect(pks).toHaveLength(6);
      expect(wireLines(own.requests)).toEqual([
        "GET /api/v2/items/",
        "GET /api/v2/items/?page=2",
        "GET /api/v2/items/?page=3",
      ]);
      expect(new Set(own.requests.map((r) => r.headers.authorization))).toEqual(
        new Set([expect.stringMatching(/^Bearer access-\d+$/)]),
      );
      expect(own.requests.map((r) => r.headers.authorization)).toEqual(
        Array(3).fill(own.requests[0]!.headers.authorization),
      );
    } finally {
      everything.push(...own.requests);
      await own.close();
    }
  });

  it("gives each page's count, next and previous with .pages(), and one page when awaited", async () => {
    const sizes = [];
    for await (const page of sonlet.sizes.list().pages()) sizes.push(page);
    expect(sizes.map((p) => [p.count, p.results.length, p.next !== null, p.previous !== null])).toEqual([
      [7, 2, true, false],
      [7, 2, true, true],
      [7, 2, true, true],
      [7, 1, false, true],
    ]);
    expect(sizes[1]!.next).toBe(`${mock.apiBase}/sizes/?page=3`);
    expect(sizes[1]!.previous).toBe(`${mock.apiBase}/sizes/`);
    const second = await sonlet.itemChoices.list({ page: 2 });
    expect(second).toMatchObject({ count: 3, results: [{ pk: 414, name: "Irma" }], next: null });
    expect(mock.requests.at(-1)!.url).toBe("/api/v2/itemchoices/?page=2");
  });

  it("reports a page past the end as NotFoundError (Invalid page.)", async () => {
    await expect(Promise.resolve(sonlet.sizes.list({ page: 9 }))).rejects.toMatchObject({
      status: 404,
      body: { detail: "Invalid page." },
    });
  });
});

describe("trailing slashes", () => {
  it("are required by the server: a path without one is redirected", async () => {
    const response = await fetch(`${mock.apiBase}/items?page=2`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/api/v2/items/?page=2");
    mock.requests.length = 0;
  });

  it("are on every path the client sent in this file", () => {
    everything.push(...mock.requests.splice(0));
    expect(everything.length).toBeGreaterThan(15);
    for (const request of everything)
      expect(new URL(request.url, "http://x").pathname, request.url).toMatch(/^\/api\/v2\/.*\/$/);
  });
});
