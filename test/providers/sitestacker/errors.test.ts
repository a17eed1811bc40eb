/** Errors `{message, url?, errors?}`: a typed 422 with messages per field, 409, 404, 406 and 400. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApiStatusError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  UnprocessableEntityError,
  type PeopleCreateErrorBody,
  type ValidationError,
} from "../../../generated/sitestacker/src/index.js";
import { startSiteStackerMock, type SiteStackerMock } from "./mock-server.js";
import { siteStackerClient } from "./setup.js";

let mock: SiteStackerMock;
let client: ReturnType<typeof siteStackerClient>;
beforeAll(async () => {
  mock = await startSiteStackerMock();
  client = siteStackerClient(mock);
});
afterAll(() => mock.close());

/** The field messages of a 422 body, read through the generated types. */
function fieldErrors(body: PeopleCreateErrorBody): ValidationError["errors"] | undefined {
  return body.errors;
}

describe("422 validation errors", () => {
  it("come back as UnprocessableEntityError whose typed body lists the messages per field", async () => {
    const outcome = await client.people
      .create({ firstname: "Nolastname", gender: "m", birthday: "17/05/1980" })
      .asResult();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toBeInstanceOf(UnprocessableEntityError);
    const error = outcome.error as UnprocessableEntityError<PeopleCreateErrorBody>;
    expect(error.status).toBe(422);
    expect(error.body.message).toBe("Validation failed");
    expect(fieldErrors(error.body)).toEqual({
      fullname: ["fullname is required unless firstname and lastname are given"],
      birthday: ["birthday must be YYYY-MM-DD"],
    });
    expect(String(error)).toContain("422");
    expect(mock.store.rows("people", (p) => p.firstname === "Nolastname")).toEqual([]);
  });

  it("for each resource's own rules: an invalid email, an unknown state code, a historic gift without donor", async () => {
    const email = await client.emails.create({ personId: mock.seeded.chris, email: "not-an-email" }).asResult();
    expect(email.ok === false && email.error).toMatchObject({
      status: 422,
      body: { errors: { email: ["email is not a valid email address"] } },
    });
    const address = await client.addresses.update({ id: mock.seeded.johnAddress, state: "ZZ" }).asResult();
    expect(address.ok === false && address.error).toMatchObject({
      status: 422,
      body: { errors: { state: ["state must be a known state code"] } },
    });
    const gift = await client.historicGifts
      .create({ amount: "10.00", currency: "USD", received: "2018-03-01T10:00:00+00:00", fund_id: "GF-1" })
      .asResult();
    expect(gift.ok === false && gift.error).toMatchObject({
      status: 422,
      body: { errors: { donor: ["donor.id or donor_person_external_id is required"] } },
    });
  });
});

describe("other statuses", () => {
  it("409 when an email belongs to another person", async () => {
    const error = await Promise.resolve(client.people.create({ fullname: "Copycat", email: "john@example.org" })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({
      status: 409,
      body: { message: "The email address is already used by another person" },
    });
  });

  it("404 with the message for an unknown record or parent", async () => {
    await expect(Promise.resolve(client.people.retrieve({ id: "999999" }))).rejects.toBeInstanceOf(NotFoundError);
    const error = await Promise.resolve(client.tags.create({ categoryId: "999999", name: "Orphan" })).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 404, body: { message: "Tag category not found" } });
  });

  it("406 when a caller asks for another version", async () => {
    const error = await Promise.resolve(
      client.types.list(undefined, { headers: { accept: "application/json; version=2" } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiStatusError);
    expect(error).toMatchObject({ status: 406 });
  });

  it("400 for creating a content item at a version number; 422 for an entity record without fields", async () => {
    await expect(
      Promise.resolve(
        client.contentItems.create({ typeAlias: "articles", language: "en", version: 3, name: "x", "folder.id": 12 }),
      ),
    ).rejects.toBeInstanceOf(BadRequestError);
    const empty = await client.entityData
      .create({ personId: mock.seeded.john, entity: "volunteering", body: {} })
      .asResult();
    expect(empty.ok === false && empty.error).toMatchObject({
      status: 422,
      body: { errors: { data: ["at least one field is required"] } },
    });
    expect(JSON.parse(mock.requests.at(-1)!.body.toString())).toEqual({});
  });
});
