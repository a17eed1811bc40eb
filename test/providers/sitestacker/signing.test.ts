/**
 * The generated client signs every request exactly as the guide says, sends the version Accept and its User-Agent,
 * and the mock (which verifies the signature) accepts it; a wrong secret fails with a typed 401.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AuthenticationError, PermissionDeniedError, SiteStacker } from "../../../generated/sitestacker/src/index.js";
import { startSiteStackerMock, SUSPENDED_KEY, TEST_KEY, type SiteStackerMock } from "./mock-server.js";
import { expectedAuthorization, siteStackerClient, wireLines } from "./setup.js";

/** The generated package's version (its spec folder's CHANGELOG.md decides it), which `{packageVersion}` fills in. */
const PACKAGE_VERSION = (JSON.parse(readFileSync("generated/sitestacker/package.json", "utf8")) as { version: string })
  .version;

let mock: SiteStackerMock;
beforeAll(async () => {
  mock = await startSiteStackerMock();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

const RFC_2822 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/;

describe("what every request carries", () => {
  it("signs GET and POST with the key id and secret only; the mock verifies both", async () => {
    const client = siteStackerClient(mock);
    const person = await client.people.retrieve({ id: mock.seeded.john });
    const created = await client.people.create({ firstname: "Ada", lastname: "Lovelace", email: "ada@example.org" });
    expect(person.fullname).toBe("John Doe");
    expect(created).toMatchObject({ fullname: "Ada Lovelace", email: { email: "ada@example.org" } });
    const [read, write] = mock.requests;
    expect(wireLines(mock.requests)).toEqual([`GET /api/people/${mock.seeded.john}`, "POST /api/people"]);
    for (const request of [read!, write!]) {
      expect(request.headers.authorization).toMatch(/^HMAC 1qxji41u:[0-9a-f]{64}$/);
      expect(request.headers.authorization).toBe(expectedAuthorization(request.headers, request.method));
      expect(request.headers["ss-date"]).toMatch(RFC_2822);
      expect(Math.abs(Date.parse(String(request.headers["ss-date"])) - request.receivedAt)).toBeLessThan(5_000);
    }
    expect(read!.headers["content-type"]).toBeUndefined();
    expect(write!.headers["content-type"]).toBe("application/json");
  });

  it("asks for version 1 and names itself in User-Agent, on every method (DELETE has no body to accept but still asks)", async () => {
    const client = siteStackerClient(mock);
    const email = await client.emails.create({ personId: mock.seeded.jane, email: "jane.doe@example.org" });
    await client.emails.delete({ id: email.id });
    for (const request of mock.requests) {
      expect(request.headers.accept).toBe("application/json; version=1");
      expect(request.headers["user-agent"]).toBe(`specforge-sitestacker/${PACKAGE_VERSION}`);
    }
    expect(mock.requests.map((r) => r.method)).toEqual(["POST", "DELETE"]);
  });

  it("lets the caller replace or remove the default headers", async () => {
    const client = siteStackerClient(mock, { headers: { "User-Agent": "my-crm-sync/2.1" } });
    await client.types.list();
    await client.types.list(undefined, { headers: { "user-agent": null } });
    expect(mock.requests.map((r) => r.headers["user-agent"])).toEqual(["my-crm-sync/2.1", "node"]);
  });

  it("builds the base URL from the domain server variable (HTTPS)", async () => {
    const seen: string[] = [];
    const client = new SiteStacker({
      serverVariables: { domain: "www.example.org" },
      auth: { hmac: { keyId: TEST_KEY.keyId, secret: TEST_KEY.secret } },
      fetch: async (url) => (
        seen.push(url),
        new Response("[]", { status: 200, headers: { "content-type": "application/json" } })
      ),
    });
    await client.webhooks.list({ search: { active: true } });
    expect(seen).toEqual([`https://www.example.org/api/webhooks?search=${encodeURIComponent('{"active":true}')}`]);
  });
});

describe("failures", () => {
  it("a wrong secret is refused: AuthenticationError with the typed body, sent once", async () => {
    const client = siteStackerClient(mock, {}, { keyId: TEST_KEY.keyId, secret: "not-the-secret" });
    const outcome = await client.people.retrieve({ id: mock.seeded.john }).asResult();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toBeInstanceOf(AuthenticationError);
    expect(outcome.error).toMatchObject({
      status: 401,
      body: { message: "Request not authenticated: the signature does not match" },
    });
    expect(String(outcome.error)).not.toContain("not-the-secret");
    expect(mock.requests).toHaveLength(1);
  });

  it("a suspended account is PermissionDeniedError (403)", async () => {
    const client = siteStackerClient(mock, {}, SUSPENDED_KEY);
    await expect(Promise.resolve(client.campaigns.list())).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it("a clock more than 5 minutes off is corrected once from the server's Date (RequestTimeTooSkewed), then accepted", async () => {
    const own = await startSiteStackerMock();
    try {
      own.advanceClock(3_600_000);
      const client = siteStackerClient(own);
      expect(await client.campaigns.retrieve({ id: own.seeded.cleanWater })).toMatchObject({ goal_amount: "10000.00" });
      const [skewed, corrected] = own.requests;
      expect(own.requests).toHaveLength(2);
      expect(
        Date.parse(String(corrected!.headers["ss-date"])) - Date.parse(String(skewed!.headers["ss-date"])),
      ).toBeGreaterThan(3_500_000);
      await client.campaigns.retrieve({ id: own.seeded.schools });
      expect(own.requests).toHaveLength(3);
    } finally {
      await own.close();
    }
  });
});
