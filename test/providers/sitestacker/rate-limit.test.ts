/** Rate limits: `RateLimit-*` readable on every response, a 429 waited out until `RateLimit-Reset` and sent again. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RateLimitError, readRateLimit } from "../../../generated/sitestacker/src/index.js";
import { startSiteStackerMock, TEST_KEY, type SiteStackerMock } from "./mock-server.js";
import { siteStackerClient } from "./setup.js";

describe("rate-limit headers", () => {
  let mock: SiteStackerMock;
  beforeAll(async () => {
    mock = await startSiteStackerMock();
  });
  afterAll(() => mock.close());

  it("are on every response and counted down; readRateLimit types them", async () => {
    const client = siteStackerClient(mock);
    const first = await client.people.retrieve({ id: mock.seeded.john }).withResponse();
    const second = await client.tagCategories.create({ siteId: "1", name: "Regions" }).withResponse();
    const third = await client.tagCategories.delete({ id: second.data.id }).withResponse();
    const limits = [first, second, third].map(({ response }) => readRateLimit(response));
    expect(limits.map((l) => [l?.limit, l?.remaining])).toEqual([
      [5000, 4999],
      [5000, 4998],
      [5000, 4997],
    ]);
    expect(third.response.status).toBe(204);
    expect(limits[0]!.resetAt!.getTime()).toBe(Number(first.response.headers.get("ratelimit-reset")) * 1000);
    expect(limits[0]!.resetAt!.getTime()).toBeGreaterThan(mock.now());
  });
});

describe("429 Too Many Requests", () => {
  let mock: SiteStackerMock;
  beforeAll(async () => {
    mock = await startSiteStackerMock({ rateLimit: { limit: 2, windowMs: 1_000 } });
  });
  afterAll(() => mock.close());
  afterEach(() => {
    mock.requests.length = 0;
  });

  it("is waited out until RateLimit-Reset, then the GET is sent again and succeeds", async () => {
    const client = siteStackerClient(mock);
    mock.limiter.exhaust(TEST_KEY.keyId);
    const campaign = await client.campaigns.retrieve({ id: mock.seeded.cleanWater });
    expect(campaign.goal_amount).toBe("10000.00");
    const [refused, retried] = mock.requests;
    expect(refused!.response?.status).toBe(429);
    const reset = Number(refused!.response!.headers["RateLimit-Reset"]);
    expect(reset * 1000).toBeGreaterThan(refused!.receivedAt + 500);
    // The retry waits for the reset (not the 0.5 s backoff); timers may fire a millisecond early, which the
    // server answers with one more 429 and the client waits again.
    expect(retried!.receivedAt).toBeGreaterThanOrEqual(reset * 1000 - 5);
    expect(mock.requests.length).toBeLessThanOrEqual(3);
    expect(mock.requests.at(-1)!.response?.status).toBe(200);
    expect(retried!.headers["ss-date"]).not.toBe(refused!.headers["ss-date"]);
  });

  it("without retries left it is a RateLimitError with the documented body and the reset header", async () => {
    const client = siteStackerClient(mock, { maxRetries: 0 });
    mock.limiter.exhaust(TEST_KEY.keyId);
    const outcome = await client.campaigns.retrieve({ id: mock.seeded.schools }).asResult();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toBeInstanceOf(RateLimitError);
    expect(outcome.error).toMatchObject({
      status: 429,
      body: {
        message: "Your account reached the API rate limit. Please wait a few minutes before making new requests",
        url: "http://docs.sitestacker.com/articles/api#rate-limits",
      },
    });
    const headers = (outcome.error as RateLimitError).headers;
    expect(readRateLimit(headers)).toMatchObject({ limit: 2, remaining: 0 });
  });

  it("is not repeated for a POST (no idempotency keys): it fails at once", async () => {
    const client = siteStackerClient(mock);
    mock.limiter.exhaust(TEST_KEY.keyId);
    await expect(
      Promise.resolve(client.tags.create({ categoryId: mock.seeded.topics, name: "Health" })),
    ).rejects.toBeInstanceOf(RateLimitError);
    expect(mock.requests).toHaveLength(1);
  });
});
