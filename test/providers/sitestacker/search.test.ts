/** `search`: typed conditions, sent as URL-encoded JSON, filtered by the mock as CakePHP would. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BadRequestError, type PeopleListParams } from "../../../generated/sitestacker/src/index.js";
import { startSiteStackerMock, type SiteStackerMock } from "./mock-server.js";
import { rawQuery, sentSearch, siteStackerClient } from "./setup.js";

let mock: SiteStackerMock;
let client: ReturnType<typeof siteStackerClient>;
beforeAll(async () => {
  mock = await startSiteStackerMock({ people: 6 });
  client = siteStackerClient(mock);
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

async function names(search: PeopleListParams["search"]): Promise<string[]> {
  const out: string[] = [];
  for await (const person of client.people.list({ search })) out.push(person.fullname ?? "");
  return out;
}

describe("encoding", () => {
  it("sends the documented curl example byte for byte: ?search= URL-encoded JSON", async () => {
    const people = await client.people.list({ search: { external_id: "R2D2" } });
    expect(people.map((p) => p.fullname)).toEqual(["John Doe"]);
    expect(rawQuery(mock.requests[0]!)).toBe("search=%7B%22external_id%22%3A%22R2D2%22%7D");
  });

  it("keeps keys with operators, lists and null as written", async () => {
    const search = {
      "address.modified >=": "2007-11-12",
      gender: ["m", "f"],
      "email.email LIKE": "%@example.org",
      middlename: null,
    } satisfies PeopleListParams["search"];
    await client.people.list({ search });
    expect(sentSearch(mock.requests[0]!)).toEqual(search);
    expect(rawQuery(mock.requests[0]!)).toBe(`search=${encodeURIComponent(JSON.stringify(search))}`);
  });
});

describe("the documented conditions, filtered by the server", () => {
  it("equality and IN lists", async () => {
    expect(await names({ fullname: "John Doe" })).toEqual(["John Doe"]);
    expect(await names({ gender: ["f"], "fullname LIKE": "%Doe" })).toEqual(["Jane Doe"]);
    expect(await names({ "id IN": [mock.seeded.john, mock.seeded.chris] })).toEqual(["John Doe", "Chris Miller"]);
  });

  it("operators in keys on one nested level: address.modified >= and email.email LIKE", async () => {
    expect(await names({ "address.modified >=": "2007-11-12" })).toEqual(["John Doe"]);
    expect(await names({ "email.email LIKE": "%@gmail.com" })).toEqual(["Jane Doe", "Chris Miller"]);
    expect(await names({ "email.email NOT LIKE": "%@gmail.com", "email.id !=": null })).toEqual(["John Doe"]);
  });

  it("the guide's last example on contribution batches: succeeded and the donor is Chris", async () => {
    const batches = await client.contributionBatches.list({ search: { success: "1", "donor.firstname": "Chris" } });
    expect(batches.map((b) => [b.id, b.amount, b.donor?.fullname])).toEqual([
      [mock.seeded.paidBatch, "75.00", "Chris Miller"],
    ]);
    const contributions = await client.contributions.list({
      search: { "campaign.goal_amount >=": "1000", "batch.success": "1" },
    });
    expect(contributions.map((c) => [c.amount, c.campaign?.item?.name])).toEqual([["50.00", "Clean Water"]]);
  });

  it("every list takes search: tags by category, content items by folder, webhooks by flag", async () => {
    expect(
      (await client.tags.list({ search: { "category.name": "Topics", "name >": "F" } })).map((t) => t.name),
    ).toEqual(["Water"]);
    expect(
      (
        await client.contentItems.list({
          typeAlias: "articles",
          language: "en",
          version: "live",
          search: { "folder.id": "12" },
        })
      ).map((i) => i.name),
    ).toEqual(["Spring appeal"]);
    expect(await client.webhooks.list({ search: { active: false } })).toEqual([]);
  });

  it("a deeper field is refused by the server (the types refuse it too)", async () => {
    const deep = { "address.state.code": "OH" } as unknown as PeopleListParams["search"];
    await expect(Promise.resolve(client.people.list({ search: deep }))).rejects.toBeInstanceOf(BadRequestError);
  });
});
