/**
 * The mock itself, driven with raw `fetch` and hand-made signatures, so the scenarios run against a server that checks
 * what the docs say: the official test vectors pass, anything else signed wrongly does not.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { acceptsVersion1, startSiteStackerMock, SUSPENDED_KEY, TEST_KEY, type SiteStackerMock } from "./mock-server.js";
import { guideDate, signedHeaders } from "./setup.js";

/** The official vectors (API authentication guide): GET without a content type, and POST application/json. */
const VECTOR_DATE = "Tue, 27 Mar 2007 19:36:42 +0000";
const VECTOR_GET = "HMAC 1qxji41u:03d552095b8d8b0709022c338f78da7454a0868400353a6636bcb69a5218f978";
const VECTOR_POST = "HMAC 1qxji41u:e150c6305cb6b64c448c9b367c245670fcd734953f90e6e382174a5b5102f431";

let mock: SiteStackerMock;
beforeAll(async () => {
  mock = await startSiteStackerMock({ people: 120 });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

const get = (path: string, headers: Record<string, string>): Promise<Response> =>
  fetch(`${mock.apiBase}${path}`, { headers });
const now = (): string => guideDate(mock.now());

describe("signatures", () => {
  it("accepts the official test vectors when its clock is at the vectors' date", async () => {
    const own = await startSiteStackerMock();
    try {
      own.advanceClock(Date.parse(VECTOR_DATE) - Date.now());
      const read = await fetch(`${own.apiBase}/people/${own.seeded.john}`, {
        headers: { authorization: VECTOR_GET, "ss-date": VECTOR_DATE },
      });
      expect(read.status).toBe(200);
      const create = await fetch(`${own.apiBase}/people`, {
        method: "POST",
        headers: { authorization: VECTOR_POST, "ss-date": VECTOR_DATE, "content-type": "application/json" },
        body: JSON.stringify({ firstname: "Ada", lastname: "Lovelace" }),
      });
      expect(create.status).toBe(201);
      expect(await create.json()).toMatchObject({ fullname: "Ada Lovelace" });
    } finally {
      await own.close();
    }
  });

  it("refuses a wrong signature, an unknown key, a missing date and a date more than 5 minutes off", async () => {
    const good = signedHeaders("GET", now());
    const cases: [Record<string, string>, string][] = [
      [
        { ...good, authorization: good.authorization!.replace(/.$/, (c) => (c === "0" ? "1" : "0")) },
        "signature does not match",
      ],
      [signedHeaders("GET", now(), undefined, { keyId: TEST_KEY.keyId, secret: "wrong" }), "signature does not match"],
      [signedHeaders("GET", now(), undefined, { keyId: "nobody", secret: TEST_KEY.secret }), "unknown access key"],
      [{ authorization: good.authorization! }, "RFC 2616 date"],
      [signedHeaders("GET", guideDate(mock.now() - 6 * 60_000)), "RequestTimeTooSkewed"],
      [{ authorization: `Bearer ${TEST_KEY.secret}` }, "missing or invalid"],
    ];
    for (const [headers, message] of cases) {
      const response = await get("/people", headers);
      expect(response.status, message).toBe(401);
      expect(((await response.json()) as { message: string }).message).toContain(message);
    }
    expect((await get("/people", signedHeaders("GET", guideDate(mock.now() - 4 * 60_000)))).status).toBe(206);
  });

  it("signs the content type: a POST signed without it fails", async () => {
    const date = now();
    const headers = { ...signedHeaders("POST", date), "content-type": "application/json" };
    const response = await fetch(`${mock.apiBase}/people`, {
      method: "POST",
      headers,
      body: JSON.stringify({ fullname: "X" }),
    });
    expect(response.status).toBe(401);
  });

  it("prefers ss-date over Date, and takes a GMT date too (a different string, so a different signature)", async () => {
    const date = now();
    expect(
      (
        await get(`/people/${mock.seeded.john}`, {
          ...signedHeaders("GET", date),
          date: "Mon, 01 Jan 2001 00:00:00 GMT",
        })
      ).status,
    ).toBe(200);
    const gmt = new Date(mock.now()).toUTCString();
    expect((await get(`/people/${mock.seeded.john}`, signedHeaders("GET", gmt))).status).toBe(200);
    const mixed = { ...signedHeaders("GET", date), "ss-date": gmt };
    expect((await get(`/people/${mock.seeded.john}`, mixed)).status).toBe(401);
  });

  it("answers 403 for a suspended account", async () => {
    const response = await get("/people", signedHeaders("GET", now(), undefined, SUSPENDED_KEY));
    expect(response.status).toBe(403);
  });
});

describe("conventions", () => {
  it("checks Accept: JSON or the vendor type, version 1 or none", async () => {
    expect(
      ["application/json; version=1", "application/vnd.sitestacker+json; version=1", "*/*", undefined].map(
        acceptsVersion1,
      ),
    ).toEqual([true, true, true, true]);
    expect(["application/json; version=2", "application/xml", "text/html"].map(acceptsVersion1)).toEqual([
      false,
      false,
      false,
    ]);
    const response = await get("/people", { ...signedHeaders("GET", now()), accept: "application/json; version=2" });
    expect(response.status).toBe(406);
    expect(await response.json()).toEqual({
      message: expect.stringContaining("Accept: application/vnd.sitestacker+json; version=1"),
    });
  });

  it("sends rate-limit headers on every authenticated response", async () => {
    const response = await get(`/people/${mock.seeded.john}`, signedHeaders("GET", now()));
    expect(response.headers.get("ratelimit-limit")).toBe("5000");
    expect(Number(response.headers.get("ratelimit-remaining"))).toBeLessThan(5000);
    expect(Number(response.headers.get("ratelimit-reset"))).toBeGreaterThan(mock.now() / 1000);
  });

  it("pages by Range: 100 at most, 206 while more remain, 416 for a field the list cannot be ordered by", async () => {
    const first = await get("/people", signedHeaders("GET", now()));
    expect([first.status, first.headers.get("content-range"), first.headers.get("accept-ranges")]).toEqual([
      206,
      "id 0..99; max=100, total=124, order=asc",
      "id",
    ]);
    expect(((await first.json()) as unknown[]).length).toBe(100);
    const capped = await get("/people", { ...signedHeaders("GET", now()), range: "id 100..; max=500" });
    expect([capped.status, capped.headers.get("content-range")]).toEqual([
      200,
      "id 100..123; max=100, total=124, order=asc",
    ]);
    const desc = await get("/people", { ...signedHeaders("GET", now()), range: "id 0..1; max=10, order=desc" });
    expect(((await desc.json()) as { fullname: string }[]).map((p) => p.fullname)).toEqual([
      "Person 124",
      "Person 123",
    ]);
    const bad = await get("/people", { ...signedHeaders("GET", now()), range: "fullname 0..; max=10" });
    expect([bad.status, bad.headers.get("accept-ranges")]).toEqual([416, "id"]);
  });

  it("answers 400 for search conditions deeper than one level or with a list where none belongs", async () => {
    const deep = encodeURIComponent(JSON.stringify({ "address.state.code": "OH" }));
    expect((await get(`/people?search=${deep}`, signedHeaders("GET", now()))).status).toBe(400);
    const list = encodeURIComponent(JSON.stringify({ "fullname LIKE": ["a"] }));
    expect((await get(`/people?search=${list}`, signedHeaders("GET", now()))).status).toBe(400);
  });
});
