/** XML and JSON give the same typed results; XML is written in schema order; BAD_FORMAT and NOT_FOUND arrive typed in both. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  NotFoundError,
  type EventsCreateErrorBody,
  type EventsGetErrorBody,
} from "../../../generated/sowprog/src/index.js";
import { startSowprogMock, type SowprogMock } from "./mock-server.js";
import { exampleEvent, received, sowprogClient } from "./setup.js";

let mock: SowprogMock;
beforeEach(async () => {
  mock = await startSowprogMock();
});
afterEach(() => mock.close());

/** `code element expectedFormat` of each error, read through the generated types. */
function describeErrors(body: EventsCreateErrorBody | EventsGetErrorBody): string[] {
  return (body.errorMessages ?? []).map((m) =>
    [m.errorCode, m.element, m.expectedFormat].filter((s) => s !== undefined).join(" "),
  );
}

describe("XML and JSON", () => {
  it("read the same event into identical values (one-item lists as arrays, numbers, booleans, links)", async () => {
    const xml = sowprogClient(mock, "xml");
    const json = sowprogClient(mock, "json");
    const id = (await xml.events.create({ body: exampleEvent(mock) })).event!.sowprogId!.id!;
    const [fromXml, fromJson] = await Promise.all([xml.events.get({ eventId: id }), json.events.get({ eventId: id })]);
    expect(
      received(mock, "GET", `/events/${id}`)
        .map((r) => r.headers.accept)
        .sort(),
    ).toEqual(["application/json", "application/xml"]);
    expect(fromXml).toEqual(fromJson);
    expect(fromJson.event!.offer!.eventTicketStore).toHaveLength(1);
    expect(fromJson.event!.eventSchedule!.eventScheduleDate![0]).toEqual({
      startHour: "20:30",
      endHour: "22:00",
      date: "2030-01-13",
      soldOut: false,
    });
    const [xmlList, jsonList] = await Promise.all([
      xml.events.list({ query: "punchline" }),
      json.events.list({ query: "punchline" }),
    ]);
    expect(xmlList).toEqual(jsonList);
    expect(jsonList.event).toHaveLength(1);
  });

  it("write XML elements in schema order whatever the order of the caller's keys", async () => {
    const client = sowprogClient(mock, "xml");
    const id = (await client.events.create({ body: exampleEvent(mock) })).event!.sowprogId!.id!;
    await client.events.update({
      eventId: id,
      body: { cancellationReason: "Grève", cancelled: true, sowprogId: { version: 0, id } },
    });
    expect(received(mock, "PUT", `/events/${id}`)[0]!.body.toString("utf8")).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><event><sowprogId><id>${id}</id><version>0</version></sowprogId><cancelled>true</cancelled><cancellationReason>Grève</cancellationReason></event>`,
    );
  });

  it.each(["xml", "json"] as const)("type BAD_FORMAT with expectedFormat and NOT_FOUND in %s", async (format) => {
    const client = sowprogClient(mock, format);
    const event = exampleEvent(mock);
    const badDate = { ...event, eventSchedule: { eventScheduleDate: [{ date: "13/01/2030", startHour: "20:30" }] } };
    const created = await client.events.create({ body: badDate }).asResult();
    expect(created.ok).toBe(false);
    if (created.ok) return;
    expect(created.error).toBeInstanceOf(BadRequestError);
    expect(describeErrors((created.error as BadRequestError<EventsCreateErrorBody>).body)).toEqual([
      "BAD_FORMAT eventSchedule.eventScheduleDate.date yyyy-MM-dd",
    ]);
    const missing = await client.events.get({ eventId: 987654 }).asResult();
    expect(missing.ok === false && missing.error).toBeInstanceOf(NotFoundError);
    if (missing.ok) return;
    expect(describeErrors((missing.error as NotFoundError<EventsGetErrorBody>).body)).toEqual(["NOT_FOUND eventId"]);
  });
});

describe("other resources through the client", () => {
  it("finds locations near a point, maps a client id to an event, lists reference data and the account", async () => {
    const client = sowprogClient(mock, "json");
    const near = await client.locations.list({ latitude: 45.75, longitude: 4.85, distance: 10 });
    expect(near.location!.map((l) => l.name)).toEqual(["Le Sucre"]);
    expect(received(mock, "GET", "/locations")[0]!.url).toBe(
      "/api/v1/locations?startIndex=0&latitude=45.75&longitude=4.85&distance=10",
    );
    const id = (await client.events.create({ body: exampleEvent(mock) })).event!.sowprogId!.id!;
    const mapped = await client.clientMappings.putEvent({
      clientId: "agenda/42",
      body: { clientId: "agenda/42", clientVersion: 3, sowprogId: { id } },
    });
    expect(mapped.event!.sowprogId!.id).toBe(id);
    expect(received(mock, "PUT", "/apiClientMapping/event/agenda%2F42")).toHaveLength(1);
    expect((await client.clientMappings.getEvent({ clientId: "agenda/42" })).event!.eventDescription!.title).toBe(
      "Nouveau via API éè - title",
    );
    expect((await client.eventStyles.list()).eventStyle!.map((s) => s.label)).toEqual(["Danse contemporaine", "Jazz"]);
    expect((await client.account.get()).user).toMatchObject({
      email: "organiser@example.org",
      role: "ADMINISTRATOR",
      status: "VALIDATED",
    });
    const links = (await client.api.links()).link!;
    expect(links.find((l) => l.rel === "events" && l.method === "GET")?.href).toBe(`${mock.apiBase}/events`);
  });
});
