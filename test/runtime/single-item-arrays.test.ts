/** `x-specforge-single-item-arrays`: JSON that writes a one-item array as the bare item is wrapped back where the schema says array. */
import { describe, expect, it } from "vitest";
import { ApiClient, ApiStatusError, type ArrayShape, type OperationSpec } from "../../templates/runtime/index.js";
import { shapeForStatus, wrapSingleItems } from "../../templates/runtime/single-item-arrays.js";
import { useTestServer } from "./shared-setup.js";

const server = useTestServer();

const EVENT: ArrayShape = {
  properties: {
    link: { array: true },
    offer: { properties: { price: { array: true, items: { properties: { tags: { array: true } } } } } },
  },
};
const LIST: ArrayShape = { properties: { event: { array: true, items: EVENT } } };
const MESSAGE: ArrayShape = { properties: { errorMessages: { array: true } } };

describe("wrapSingleItems", () => {
  it.each([
    ["a bare item", { event: { link: { rel: "self" } } }, { event: [{ link: [{ rel: "self" }] }] }],
    [
      "arrays as they are",
      { event: [{ link: [] }, { link: [{ rel: "a" }, { rel: "b" }] }] },
      { event: [{ link: [] }, { link: [{ rel: "a" }, { rel: "b" }] }] },
    ],
    [
      "nested items",
      { event: { offer: { price: { label: "full", tags: "x" } } } },
      { event: [{ offer: { price: [{ label: "full", tags: ["x"] }] } }] },
    ],
    [
      "absent and null lists untouched",
      { event: [{ offer: {} }], other: { link: {} } },
      { event: [{ offer: {} }], other: { link: {} } },
    ],
    ["a bare scalar item", { event: [{ link: "self" }] }, { event: [{ link: ["self"] }] }],
  ])("wraps %s", (_label, given, want) => {
    expect(wrapSingleItems(given, LIST)).toEqual(want);
  });

  it("keeps __proto__ keys own data and leaves non-objects alone", () => {
    const given = JSON.parse('{"__proto__": {"x": 1}, "event": {"link": {}}}') as Record<string, unknown>;
    const out = wrapSingleItems(given, LIST) as Record<string, unknown>;
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect(out["event"]).toEqual([{ link: [{}] }]);
    expect(wrapSingleItems("text", LIST)).toBe("text");
    expect(wrapSingleItems(null, LIST)).toBeNull();
  });

  it("picks the shape for a status, its range, then default", () => {
    expect(shapeForStatus({ "400": 1, "4XX": 2, default: 3 }, 400)).toBe(1);
    expect(shapeForStatus({ "4XX": 2, default: 3 }, 409)).toBe(2);
    expect(shapeForStatus({ default: 3 }, 500)).toBe(3);
    expect(shapeForStatus({ constructor: 4 }, 500)).toBeUndefined();
  });
});

describe("decoding", () => {
  const client = (): ApiClient => new ApiClient({ baseUrl: server.url, maxRetries: 0 });
  const op: OperationSpec = {
    method: "GET",
    path: "/events",
    params: [],
    response: { accept: "application/json", jsonArrays: LIST, errorJsonArrays: { "4XX": MESSAGE } },
  };

  function answer(status: number, value: unknown): void {
    server.handle((_req, res) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(value));
    });
  }

  it("wraps one-item lists of success bodies", async () => {
    answer(200, { event: { link: { rel: "self" } } });
    expect(await client().request(op)).toEqual({ event: [{ link: [{ rel: "self" }] }] });
  });

  it("wraps one-item lists of error bodies by status", async () => {
    answer(400, { errorMessages: { errorCode: "MANDATORY_ELEMENT" } });
    const error = await Promise.resolve(client().request(op)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiStatusError);
    expect((error as ApiStatusError).body).toEqual({ errorMessages: [{ errorCode: "MANDATORY_ELEMENT" }] });
  });

  it("leaves bodies alone without the declaration", async () => {
    answer(200, { event: { link: { rel: "self" } } });
    expect(await client().request({ ...op, response: { accept: "application/json" } })).toEqual({
      event: { link: { rel: "self" } },
    });
  });
});
