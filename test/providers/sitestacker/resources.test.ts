/** Every documented endpoint once against the mock: the request on the wire, the status (201/200/204) and the typed record. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "../../../generated/sitestacker/src/index.js";
import { startSiteStackerMock, type SiteStackerMock } from "./mock-server.js";
import { siteStackerClient, wireLines } from "./setup.js";

let mock: SiteStackerMock;
let client: ReturnType<typeof siteStackerClient>;
beforeAll(async () => {
  mock = await startSiteStackerMock();
  client = siteStackerClient(mock);
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

const lastBody = (): unknown => JSON.parse(mock.requests.at(-1)!.body.toString("utf8"));
const statuses = (): number[] => mock.requests.map((r) => r.response!.status);

describe("people", () => {
  it("create (201), retrieve, update (200) with nested household and address, list", async () => {
    const { data: created, response } = await client.people
      .create({ firstname: "Grace", lastname: "Hopper", gender: "f", email: "grace@example.org", external_id: "GH-1" })
      .withResponse();
    expect(response.status).toBe(201);
    expect(created).toMatchObject({
      fullname: "Grace Hopper",
      gender: "f",
      is_group: false,
      external_id: "GH-1",
      email: { email: "grace@example.org" },
      address: null,
    });
    expect(created.id).toMatch(/^\d+$/);
    const john = await client.people.retrieve({ id: mock.seeded.john });
    expect(john).toMatchObject({
      id: mock.seeded.john,
      email: { email: "john@example.org" },
      address: { city: "Columbus", state: { code: "OH" }, country: { code: "US", currency_code: "USD" } },
      phone: { number: "614-555-0100" },
    });
    const updated = await client.people.update({
      id: mock.seeded.john,
      external_id: "R2D3",
      household: { external_id: "H-1" },
      address: { external_id: "A-1" },
    });
    expect(lastBody()).toEqual({
      external_id: "R2D3",
      household: { external_id: "H-1" },
      address: { external_id: "A-1" },
    });
    expect(updated).toMatchObject({
      external_id: "R2D3",
      household: { external_id: "H-1" },
      address: { external_id: "A-1" },
    });
    const all = await client.people.list();
    expect(all.map((p) => p.email)).toContain("grace@example.org");
    expect(wireLines(mock.requests)).toEqual([
      "POST /api/people",
      `GET /api/people/${mock.seeded.john}`,
      `PATCH /api/people/${mock.seeded.john}`,
      "GET /api/people",
    ]);
    expect(statuses()).toEqual([201, 200, 200, 200]);
  });

  it("person types: all, a person's, and the people of a type", async () => {
    expect((await client.personTypes.list()).map((t) => t.name)).toEqual(["Donor", "Staff"]);
    expect(await client.personTypes.listForPerson({ personId: mock.seeded.chris })).toEqual([
      { id: expect.any(String), name: "Staff" },
    ]);
    expect((await client.personTypes.listPeople({ typeAlias: "donor" })).map((p) => p.fullname)).toEqual([
      "John Doe",
      "Jane Doe",
    ]);
    expect(wireLines(mock.requests)).toEqual([
      "GET /api/person-types",
      `GET /api/people/${mock.seeded.chris}/person-types`,
      "GET /api/person-types/donor/people",
    ]);
  });
});

describe("a person's addresses, emails, phones, relationships and entity data", () => {
  it("addresses: create with codes (201), list, retrieve, update (200), delete (204)", async () => {
    const created = await client.addresses.create({
      personId: mock.seeded.chris,
      address1: "5 Oak Ave",
      city: "Oakland",
      state: "CA",
      zip: "94601",
      country: "US",
      default: true,
    });
    expect(lastBody()).toEqual({
      address1: "5 Oak Ave",
      city: "Oakland",
      state: "CA",
      zip: "94601",
      country: "US",
      default: true,
    });
    expect(created).toMatchObject({
      address1: "5 Oak Ave",
      default: true,
      state: { name: "California" },
      person: { id: mock.seeded.chris },
    });
    expect((await client.addresses.list({ personId: mock.seeded.chris })).map((a) => a.id)).toEqual([created.id]);
    expect(await client.addresses.retrieve({ id: created.id })).toEqual(created);
    expect(await client.addresses.update({ id: created.id, city: "Berkeley" })).toMatchObject({ city: "Berkeley" });
    const deleted = await client.addresses.delete({ id: created.id }).withResponse();
    expect([deleted.data, deleted.response.status]).toEqual([undefined, 204]);
    await expect(Promise.resolve(client.addresses.retrieve({ id: created.id }))).rejects.toBeInstanceOf(NotFoundError);
    expect(statuses()).toEqual([201, 200, 200, 200, 204, 404]);
    expect(mock.requests.at(-2)!.url).toBe(`/api/addresses/${created.id}`);
  });

  it("emails and phones: create, list, update, delete", async () => {
    const email = await client.emails.create({
      personId: mock.seeded.family,
      email: "family@example.org",
      default: true,
    });
    expect(email).toMatchObject({
      email: "family@example.org",
      person: { fullname: "The Doe Family", is_group: true },
    });
    expect(await client.emails.update({ id: email.id, email: "doe-family@example.org" })).toMatchObject({
      email: "doe-family@example.org",
    });
    expect((await client.emails.list({ personId: mock.seeded.family })).map((e) => e.email)).toEqual([
      "doe-family@example.org",
    ]);
    const phone = await client.phones.create({ personId: mock.seeded.family, number: "212-555-0142" });
    expect(phone).toMatchObject({ number: "212-555-0142", area_code: "212", is_outside_us: false });
    expect(await client.phones.retrieve({ id: phone.id })).toEqual(phone);
    expect(await client.phones.update({ id: phone.id, number: "+44 20 7946 0958" })).toMatchObject({
      area_code: null,
      is_outside_us: true,
    });
    expect((await client.phones.list({ personId: mock.seeded.family })).length).toBe(1);
    await client.phones.delete({ id: phone.id });
    await client.emails.delete({ id: email.id });
    expect(await client.emails.retrieve({ id: email.id }).asResult()).toMatchObject({
      ok: false,
      error: { status: 404 },
    });
    expect(statuses()).toEqual([201, 200, 200, 201, 200, 200, 200, 204, 204, 404]);
  });

  it("relationships: the related person as a flat dot key, the type by alias or id", async () => {
    const created = await client.relationships.create({
      personId: mock.seeded.chris,
      "related_person.id": mock.seeded.john,
      type: "employer",
      description: "Volunteer lead",
    });
    expect(lastBody()).toEqual({
      "related_person.id": mock.seeded.john,
      type: "employer",
      description: "Volunteer lead",
    });
    expect(created).toMatchObject({
      person: { id: mock.seeded.chris },
      related_person: { fullname: "John Doe" },
      type: { alias: "employer", label: "Employer" },
    });
    expect((await client.relationships.list({ personId: mock.seeded.john })).map((r) => r.type?.alias)).toEqual([
      "spouse",
    ]);
    expect(await client.relationships.update({ id: created.id, "type.id": 2 })).toMatchObject({
      type: { alias: "parent" },
    });
    expect(await client.relationships.retrieve({ id: created.id })).toMatchObject({ description: "Volunteer lead" });
    expect((await client.relationships.delete({ id: created.id }).withResponse()).response.status).toBe(204);
  });

  it("entity data: custom fields by name, addressed by entity alias", async () => {
    const [existing] = await client.entityData.list({ personId: mock.seeded.john, entity: "volunteering" });
    expect(existing).toEqual({ id: expect.any(String), hours: "4", skill: "Carpentry" });
    const created = await client.entityData.create({
      personId: mock.seeded.john,
      entity: "volunteering",
      body: { hours: "2", skill: "Cooking" },
    });
    expect(lastBody()).toEqual({ hours: "2", skill: "Cooking" });
    expect(
      await client.entityData.update({
        personId: mock.seeded.john,
        entity: "volunteering",
        dataId: created.id,
        body: { hours: "3" },
      }),
    ).toEqual({ id: created.id, hours: "3", skill: "Cooking" });
    expect(
      await client.entityData.retrieve({ personId: mock.seeded.john, entity: "volunteering", dataId: created.id }),
    ).toMatchObject({ hours: "3" });
    await client.entityData.delete({ personId: mock.seeded.john, entity: "volunteering", dataId: created.id });
    expect(mock.requests.at(-1)!.url).toBe(`/api/people/${mock.seeded.john}/entities/volunteering/data/${created.id}`);
    expect(statuses()).toEqual([200, 201, 200, 200, 204]);
  });
});

describe("giving", () => {
  it("campaigns, contribution batches and contributions (read only), decimals as strings", async () => {
    const [water] = await client.campaigns.list({ search: { "item.name": "Clean Water" } });
    expect(water).toMatchObject({
      goal_amount: "10000.00",
      min_amount: "5.00",
      fixed_amounts: [{ amount: "25.00", is_default: true }],
    });
    expect(await client.campaigns.retrieve({ id: mock.seeded.schools })).toMatchObject({ goal_amount: "500.00" });
    const batch = await client.contributionBatches.retrieve({ id: mock.seeded.paidBatch });
    expect(batch).toMatchObject({ amount: "75.00", success: "1", donor: { fullname: "Chris Miller" } });
    expect(batch.contributions?.map((c) => [c.amount, c.campaign?.goal_amount])).toEqual([
      ["50.00", "10000.00"],
      ["25.00", "500.00"],
    ]);
    expect((await client.contributionBatches.list()).length).toBe(2);
    const [first] = await client.contributions.list();
    expect(await client.contributions.retrieve({ id: first!.id })).toMatchObject({
      amount: "50.00",
      batch: { id: mock.seeded.paidBatch },
    });
  });

  it("historic gifts: create (201) with the donor as a flat dot key, list and retrieve", async () => {
    const { data: gift, response } = await client.historicGifts
      .create({
        amount: 120.5,
        currency: "CAD",
        received: "2017-12-24T10:00:00+00:00",
        "donor.id": mock.seeded.jane,
        fund_id: "GF-1",
        fund_name: "General Fund",
        "campaign.id": mock.seeded.schools,
      })
      .withResponse();
    expect(response.status).toBe(201);
    expect(lastBody()).toEqual({
      amount: 120.5,
      currency: "CAD",
      received: "2017-12-24T10:00:00+00:00",
      "donor.id": mock.seeded.jane,
      fund_id: "GF-1",
      fund_name: "General Fund",
      "campaign.id": mock.seeded.schools,
    });
    expect(gift).toMatchObject({
      amount: "120.50",
      currency: "CAD",
      usd_amount: null,
      donor: { fullname: "Jane Doe" },
      campaign: { id: mock.seeded.schools },
    });
    expect(await client.historicGifts.retrieve({ id: gift.id })).toEqual(gift);
    expect((await client.historicGifts.list({ search: { currency: "CAD" } })).map((g) => g.id)).toEqual([gift.id]);
  });

  it("recurring gifts (read only)", async () => {
    const [recurring] = await client.recurrings.list();
    expect(recurring).toMatchObject({
      amount: "20.00",
      person: { fullname: "John Doe" },
      campaign: { goal_amount: "10000.00" },
    });
    expect(await client.recurrings.retrieve({ id: recurring!.id })).toEqual(recurring);
  });
});

describe("tags and content", () => {
  it("tag categories are created in a site and tags in a category; rename (200) and delete (204)", async () => {
    const category = await client.tagCategories.create({ siteId: "1", name: "Regions" });
    expect(category).toMatchObject({ name: "Regions", site: { id: "1" } });
    const tag = await client.tags.create({ categoryId: category.id, name: "Africa" });
    expect(tag).toMatchObject({ name: "Africa", category: { id: category.id, name: "Regions" } });
    expect(await client.tags.update({ id: tag.id, name: "East Africa" })).toMatchObject({ name: "East Africa" });
    expect(await client.tagCategories.update({ id: category.id, name: "World regions" })).toMatchObject({
      name: "World regions",
    });
    expect(await client.tags.retrieve({ id: tag.id })).toMatchObject({ category: { name: "World regions" } });
    expect(await client.tagCategories.retrieve({ id: mock.seeded.topics })).toMatchObject({ name: "Topics" });
    expect((await client.tagCategories.list()).length).toBe(2);
    expect((await client.tags.list()).length).toBe(3);
    await client.tags.delete({ id: tag.id });
    await client.tagCategories.delete({ id: category.id });
    expect(wireLines(mock.requests).slice(0, 2)).toEqual([
      "POST /api/sites/1/tag-categories",
      `POST /api/tag-categories/${category.id}/tags`,
    ]);
    expect(statuses()).toEqual([201, 201, 200, 200, 200, 200, 200, 200, 204, 204]);
  });

  it("content items per language and version: live and last, create, a new version, delete everywhere", async () => {
    expect((await client.types.list()).map((t) => t.alias)).toEqual(["articles", "events"]);
    const live = await client.contentItems.retrieve({
      typeAlias: "articles",
      language: "en",
      version: "live",
      id: mock.seeded.appeal,
    });
    const last = await client.contentItems.retrieve({
      typeAlias: "articles",
      language: "en",
      version: "last",
      id: mock.seeded.appeal,
    });
    expect([live.version, last.version]).toEqual([
      expect.objectContaining({ version_number: "1", is_live: true, is_last: false }),
      expect.objectContaining({ version_number: "2", is_live: false, is_last: true }),
    ]);
    expect(live).toMatchObject({
      data: { summary: "Give clean water" },
      tags: [{ name: "Water" }],
      type: { alias: "articles" },
      folder: { id: "12" },
    });
    const created = await client.contentItems.create({
      typeAlias: "events",
      language: "en",
      version: "live",
      name: "Gala Dinner 2018",
      "folder.id": 30,
      visibility: 2,
      tags: [Number(mock.seeded.water)],
      data: { venue: "Town hall" },
    });
    expect(lastBody()).toEqual({
      name: "Gala Dinner 2018",
      "folder.id": 30,
      visibility: 2,
      tags: [Number(mock.seeded.water)],
      data: { venue: "Town hall" },
    });
    expect(created).toMatchObject({
      alias: "gala-dinner-2018",
      visibility: "2",
      version: { version_number: "1", is_live: true },
      tags: [{ name: "Water" }],
    });
    const draft = await client.contentItems.update({
      typeAlias: "events",
      language: "en",
      version: "last",
      id: created.id,
      data: { venue: "Harbour hall" },
    });
    expect(draft).toMatchObject({ version: { version_number: "2", is_live: false }, data: { venue: "Harbour hall" } });
    expect(
      (await client.contentItems.list({ typeAlias: "events", language: "en", version: "live" })).map((i) => i.data),
    ).toEqual([{ venue: "Town hall" }]);
    expect(
      (await client.contentItems.list({ typeAlias: "events", language: "en", version: 2 })).map((i) => i.data),
    ).toEqual([{ venue: "Harbour hall" }]);
    expect(
      (await client.contentItems.delete({ typeAlias: "events", id: created.id }).withResponse()).response.status,
    ).toBe(204);
    expect(await client.contentItems.list({ typeAlias: "events", language: "en", version: "last" })).toEqual([]);
    expect(wireLines(mock.requests).slice(3)).toEqual([
      "POST /api/types/events/languages/en/versions/live/items",
      `PATCH /api/types/events/languages/en/versions/last/items/${created.id}`,
      "GET /api/types/events/languages/en/versions/live/items",
      "GET /api/types/events/languages/en/versions/2/items",
      `DELETE /api/types/events/items/${created.id}`,
      "GET /api/types/events/languages/en/versions/last/items",
    ]);
  });

  it("webhooks (read only)", async () => {
    const [hook] = await client.webhooks.list();
    expect(hook).toMatchObject({
      url: "https://example.org/hooks/sitestacker",
      active: true,
      webhook_delivery_count: "42",
      events: ["person_create", "contribution_create"],
    });
    expect(await client.webhooks.retrieve({ id: mock.seeded.webhook })).toEqual(hook);
  });
});
