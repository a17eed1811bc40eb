/** Project scoping (the first path segment, a client option overridable per call) and each environment's base URL. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiRequestError,
  PermissionDeniedError,
  Snabble,
  type FetchLike,
} from "../../../generated/snabble/src/index.js";
import { startSnabbleMock, type SnabbleMock } from "./mock-server.js";
import { OTHER_PROJECT, PROJECT, snabbleClient, wireLines } from "./setup.js";

let mock: SnabbleMock;
beforeAll(async () => {
  mock = await startSnabbleMock();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

describe("the project in the path", () => {
  it("comes from the client option on every call, as the first path segment", async () => {
    const snabble = snabbleClient(mock);
    await snabble.shops.list();
    await snabble.shops.retrieve({ id: "1" });
    await snabble.products.retrieve({ sku: "1" });
    await snabble.pricingCategories.list();
    await snabble.orders.list({ shopID: "1" });
    expect(wireLines(mock.requests)).toEqual([
      `GET /${PROJECT}/shops`,
      `GET /${PROJECT}/shops/1`,
      `GET /${PROJECT}/products/sku/1`,
      `GET /${PROJECT}/pricing/categories`,
      `GET /${PROJECT}/orders?shopID=1`,
    ]);
  });

  it("is overridden per call; the other project's data comes back with a JWT for it", async () => {
    const snabble = snabbleClient(mock, { auth: { jwt: { token: mock.issueJwt(OTHER_PROJECT) } } });
    const shops = await snabble.shops.list({ project: OTHER_PROJECT });
    expect(mock.requests.at(-1)!.url).toBe(`/${OTHER_PROJECT}/shops`);
    expect(shops.map((s) => s.project)).toEqual([OTHER_PROJECT, OTHER_PROJECT]);
  });

  it("is checked by the server against the JWT: another project's path is answered 403", async () => {
    const snabble = snabbleClient(mock);
    const error = await snabble.shops.list({ project: OTHER_PROJECT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, body: { type: "wrong_project" } });
    expect(mock.requests.map((r) => r.url)).toEqual([`/${OTHER_PROJECT}/shops`]);
  });

  it("is percent-encoded as one segment", async () => {
    const snabble = snabbleClient(mock);
    await snabble.shops.list({ project: "demo/../x y" }).catch(() => undefined);
    expect(mock.requests.at(-1)!.url).toBe("/demo%2F..%2Fx%20y/shops");
  });

  it("must be given somewhere: without option or argument the call fails before anything is sent", async () => {
    const snabble = new Snabble({ baseUrl: mock.origin, auth: { jwt: { token: mock.issueJwt(PROJECT) } } });
    const error = await snabble.shops.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as Error).message).toBe(
      'Missing required path parameter "project" (pass "project" or set the client option "project")',
    );
    expect(mock.requests).toHaveLength(0);
    await snabble.shops.list({ project: PROJECT });
    expect(mock.requests).toHaveLength(1);
  });
});

describe("environments", () => {
  /** A fetch that records the URL and answers an empty shop list, so no network is needed. */
  function recordingFetch(seen: string[]): FetchLike {
    return async (url) => {
      seen.push(url);
      return new Response("[]", { status: 200, headers: { "content-type": "application/json" } });
    };
  }

  it.each([
    [undefined, "https://api.snabble.io"],
    ["production", "https://api.snabble.io"],
    ["staging", "https://api.snabble-staging.io"],
    ["testing", "https://api.snabble-testing.io"],
  ] as const)("environment %s calls %s", async (environment, base) => {
    const seen: string[] = [];
    const snabble = new Snabble({
      ...(environment ? { environment } : {}),
      project: PROJECT,
      fetch: recordingFetch(seen),
      auth: { jwt: { token: "jwt-1" } },
    });
    await snabble.shops.list();
    await snabble.products.statistics({ since: "2021-10-01T00:00:00Z" });
    expect(seen).toEqual([
      `${base}/${PROJECT}/shops`,
      `${base}/${PROJECT}/products/statistics?since=2021-10-01T00%3A00%3A00Z`,
    ]);
  });

  it("baseUrl replaces the environment; both together are refused", () => {
    expect(() => new Snabble({ environment: "staging", baseUrl: mock.origin })).toThrow(
      /either `baseUrl` or `environment`/,
    );
    expect(() => new Snabble({ environment: "qa" as "staging" })).toThrow(
      /unknown environment "qa"; expected one of production, staging, testing/,
    );
  });
});
