/**
 * The documented workflow with the generated client, once in XML and once in JSON: password grant → create an event
 * → upload its picture → publish with the current version → an empty title comes back as a typed MANDATORY_ELEMENT
 * error → list with modifiedSince; a stale version is rejected.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BadRequestError, ConflictError, type EventsUpdateErrorBody } from "../../../generated/sowprog/src/index.js";
import { parseMultipart } from "../../runtime/test-server.js";
import { TEST_CREDENTIALS } from "./mock-auth.js";
import { startSowprogMock, type SowprogMock } from "./mock-server.js";
import { exampleEvent, mediaType, received, sowprogClient, wireLines, type WireFormat } from "./setup.js";

let mock: SowprogMock;
beforeEach(async () => {
  mock = await startSowprogMock();
});
afterEach(() => mock.close());

/** `Basic base64(form-encoded id ":" form-encoded secret)`, computed independently of the runtime. */
const APP_BASIC = `Basic ${Buffer.from("agenda-app:app%3As3cret+%C3%A9").toString("base64")}`;

/** The error codes of an update's error body, read through the generated types. */
function errorCodes(body: EventsUpdateErrorBody): string[] {
  return (body.errorMessages ?? []).map((m) => `${m.errorCode}:${m.element ?? ""}`);
}

/** The bytes the documented example event becomes in XML (elements in the order of the guide). */
function exampleXml(m: SowprogMock): string {
  const s = m.seeded;
  const ref = (id: number): string => `<sowprogId><id>${id}</id></sowprogId>`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?><event><cancelled>false</cancelled>' +
    "<eventDescription><title>Nouveau via API éè - title</title><punchline>Nouveau via API éè - punchline</punchline>" +
    "<description>Nouveau via API éè - Description</description><pictureCredit>Nouveau via API éè - pictureCredit</pictureCredit>" +
    `<eventType>${ref(s.dance.sowprogId.id)}</eventType><eventStyle>${ref(s.contemporary.sowprogId.id)}</eventStyle></eventDescription>` +
    "<offer><freeAdmission>false</freeAdmission>" +
    "<eventPrice><label>Tarif plein</label><price>30</price><currency>EUR</currency></eventPrice>" +
    "<eventPrice><label>Tarif DanseAujourdhui</label><price>19</price><currency>EUR</currency></eventPrice>" +
    "<eventTicketStore><label>Réserver avec DanseAujourdhui</label><url>http://www.danseaujourdhui.fr/robyn-orlin-finger/</url></eventTicketStore></offer>" +
    "<eventSchedule>" +
    "<eventScheduleDate><startHour>20:30</startHour><endHour>22:00</endHour><date>2030-01-13</date><soldOut>false</soldOut></eventScheduleDate>" +
    "<eventScheduleDate><startHour>20:30</startHour><endHour>22:00</endHour><date>2030-01-14</date><soldOut>false</soldOut></eventScheduleDate>" +
    "</eventSchedule><partOfEventGroup>false</partOfEventGroup>" +
    `<artist><artist>${ref(s.artist.sowprogId.id)}</artist><sequence>0</sequence><billing>HEADLINE</billing></artist>` +
    `<location>${ref(s.theatre.sowprogId.id)}</location></event>`
  );
}

/** What each format puts on the wire for a body. */
const WIRE: Record<
  WireFormat,
  {
    example: (m: SowprogMock) => string;
    publish: (id: number, version: number) => string;
    emptyTitle: (id: number, version: number) => string;
  }
> = {
  xml: {
    example: exampleXml,
    publish: (id, v) =>
      `<?xml version="1.0" encoding="UTF-8"?><event><sowprogId><id>${id}</id><version>${v}</version></sowprogId><status>PUBLISHED</status></event>`,
    emptyTitle: (id, v) =>
      `<?xml version="1.0" encoding="UTF-8"?><event><sowprogId><id>${id}</id><version>${v}</version></sowprogId><eventDescription><title></title></eventDescription></event>`,
  },
  json: {
    example: (m) => JSON.stringify(exampleEvent(m)),
    publish: (id, v) => `{"sowprogId":{"id":${id},"version":${v}},"status":"PUBLISHED"}`,
    emptyTitle: (id, v) => `{"sowprogId":{"id":${id},"version":${v}},"eventDescription":{"title":""}}`,
  },
};

describe.each(["xml", "json"] as const)("the documented workflow in %s", (format) => {
  const type = mediaType(format);

  it("logs in with the password grant, creates, uploads the picture, publishes, gets a typed error, lists changes", async () => {
    const client = sowprogClient(mock, format);
    const created = await client.events.create({ body: exampleEvent(mock) });

    const [tokenRequest] = received(mock, "POST", "/token");
    expect(tokenRequest!.headers.authorization).toBe(APP_BASIC);
    expect(Object.fromEntries(new URLSearchParams(tokenRequest!.body.toString()))).toEqual({
      grant_type: "password",
      username: TEST_CREDENTIALS.username,
      password: TEST_CREDENTIALS.password,
    });
    const [createRequest] = received(mock, "POST", "/events");
    expect(createRequest!.headers["content-type"]).toBe(type);
    expect(createRequest!.headers.accept).toBe(type);
    expect(createRequest!.headers.authorization).toMatch(/^Bearer [0-9a-f-]{36}$/i);
    expect(createRequest!.body.toString("utf8")).toBe(WIRE[format].example(mock));

    const event = created.event!;
    const id = event.sowprogId!.id!;
    expect(event.status).toBe("DRAFT");
    expect(event.sowprogId!.version).toBe(0);
    expect(event.offer!.eventPrice!.map((p) => p.price)).toEqual([30, 19]);
    expect(event.offer!.eventTicketStore).toEqual([
      { label: "Réserver avec DanseAujourdhui", url: "http://www.danseaujourdhui.fr/robyn-orlin-finger/" },
    ]);
    expect(event.artist).toEqual([
      { artist: { sowprogId: { id: mock.seeded.artist.sowprogId.id } }, sequence: 0, billing: "HEADLINE" },
    ]);
    expect(event.link!.map((l) => `${l.method} ${l.rel}`)).toEqual(["GET self", "PUT update", "PUT picture"]);

    const since = mock.now();
    mock.advanceClock(1000);
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], "1br.JPG", { type: "image/jpeg" });
    const uploaded = await client.events.uploadPicture({ eventId: id, file });
    const [uploadRequest] = received(mock, "PUT", `/events/${id}/picture`);
    const parts = parseMultipart(uploadRequest!.body, String(uploadRequest!.headers["content-type"]));
    expect(parts.map((p) => [p.name, p.filename, p.contentType, [...p.data]])).toEqual([
      ["file", "1br.JPG", "image/jpeg", [0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]],
    ]);
    expect(uploaded.event!.sowprogId!.version).toBe(1);
    expect(uploaded.event!.eventDescription!.pictureUrl).toBe(`${mock.origin}/pictures/${id}.jpg`);

    const published = await client.events.update({
      eventId: id,
      body: { sowprogId: { id, version: 1 }, status: "PUBLISHED" },
    });
    expect(received(mock, "PUT", `/events/${id}`)[0]!.body.toString("utf8")).toBe(WIRE[format].publish(id, 1));
    expect([
      published.event!.status,
      published.event!.sowprogId!.version,
      published.event!.eventDescription!.title,
    ]).toEqual(["PUBLISHED", 2, "Nouveau via API éè - title"]);

    const refused = await client.events
      .update({ eventId: id, body: { sowprogId: { id, version: 2 }, eventDescription: { title: "" } } })
      .asResult();
    expect(received(mock, "PUT", `/events/${id}`)[1]!.body.toString("utf8")).toBe(WIRE[format].emptyTitle(id, 2));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toBeInstanceOf(BadRequestError);
    expect(errorCodes((refused.error as BadRequestError<EventsUpdateErrorBody>).body)).toEqual([
      "MANDATORY_ELEMENT:eventDescription.title",
    ]);

    const changed = [];
    for await (const item of client.events.list({ modifiedSince: since })) changed.push(item);
    expect(changed.map((e) => [e.sowprogId!.id, e.status])).toEqual([[id, "PUBLISHED"]]);
    expect(received(mock, "GET", "/events").map((r) => r.url)).toEqual([
      `/api/v1/events?modifiedSince=${since}&startIndex=0`,
      `/api/v1/events?modifiedSince=${since}&startIndex=1`,
    ]);
    expect(wireLines(mock).filter((l) => l.startsWith("POST /token"))).toEqual(["POST /token 200"]);
  });

  it("rejects an update with a stale version as a typed 409 BAD_VERSION and changes nothing", async () => {
    const client = sowprogClient(mock, format);
    const id = (await client.events.create({ body: exampleEvent(mock) })).event!.sowprogId!.id!;
    await client.events.update({ eventId: id, body: { sowprogId: { id, version: 0 }, cancelled: true } });
    const stale = await client.events
      .update({ eventId: id, body: { sowprogId: { id, version: 0 }, eventDescription: { title: "Lost update" } } })
      .asResult();
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error).toBeInstanceOf(ConflictError);
    const conflict = stale.error as ConflictError<EventsUpdateErrorBody>;
    expect(conflict.status).toBe(409);
    expect(errorCodes(conflict.body)).toEqual(["BAD_VERSION:sowprogId.version"]);
    const current = await client.events.get({ eventId: id });
    expect([
      current.event!.sowprogId!.version,
      current.event!.cancelled,
      current.event!.eventDescription!.title,
    ]).toEqual([1, true, "Nouveau via API éè - title"]);
  });
});
