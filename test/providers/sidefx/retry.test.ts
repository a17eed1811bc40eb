/** 429: retried with backoff for functions the spec declares safe to retry, never for the others. */
import { describe, expect, it } from "vitest";
import { RateLimitError } from "../../../generated/sidefx/src/index.js";
import { fixtureClient, loadRpcFixture } from "./rpc-fixture.js";
import { sentTriple, sideFxClient, useSideFxMock } from "./setup.js";

const mock = useSideFxMock();

describe("429 Too Many Requests", () => {
  it("is retried for a retry-safe function, with the same body and token, until it succeeds", async () => {
    const sidefx = sideFxClient(mock());
    mock().throttle("download.get_daily_builds_list", 2);
    const builds = await sidefx.download.getDailyBuildsList({ product: "docker" });
    expect(builds.map((b) => b.build)).toEqual(["101"]);
    const calls = mock().apiCalls();
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.body.toString())).size).toBe(1);
    expect(new Set(calls.map((c) => c.headers.authorization)).size).toBe(1);
    expect(sentTriple(calls[0]!.body)).toEqual(["download.get_daily_builds_list", [], { product: "docker" }]);
  });

  it("gives up after maxRetries with RateLimitError", async () => {
    const sidefx = sideFxClient(mock(), { client: { maxRetries: 1 } });
    mock().throttle("download.get_daily_builds_list", 5);
    const error = await Promise.resolve(sidefx.download.getDailyBuildsList({ product: "docker" })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, body: "Request was throttled." });
    expect(mock().apiCalls()).toHaveLength(2);
    mock().throttle("download.get_daily_builds_list", 0);
  });

  it("is not retried for a function not declared safe (an upload)", async () => {
    const client = await fixtureClient(mock());
    mock().throttle("support.upload_crash_report", 1);
    const error = await Promise.resolve(client.support.uploadCrashReport({ report: new Blob(["dump"]) })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf((await loadRpcFixture()).RateLimitError);
    expect(mock().apiCalls()).toHaveLength(1);
    const result = await client.support.uploadCrashReport({ report: new Blob(["dump"]) });
    expect(result.id).toBe(41);
  });

  it("a function not declared safe is repeated when the call passes an idempotency key", async () => {
    const client = await fixtureClient(mock());
    mock().throttle("support.upload_crash_report", 1);
    const result = await client.support.uploadCrashReport(
      { report: new Blob(["dump"]) },
      { idempotencyKey: "crash-1" },
    );
    expect(result.id).toBe(41);
    const calls = mock().apiCalls();
    expect(calls.map((c) => c.headers["idempotency-key"])).toEqual(["crash-1", "crash-1"]);
  });
});
