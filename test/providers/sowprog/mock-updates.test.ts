/** The SOWPROG mock's partial updates, versions, picture upload, lists and the other resources, driven with raw fetch. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { accessToken, call, exampleEventXml, xmlText } from "./mock-raw.js";
import { startSowprogMock, type SowprogMock } from "./mock-server.js";

let mock: SowprogMock;
let token: string;
let eventId: number;
beforeEach(async () => {
  mock = await startSowprogMock();
  token = await accessToken(mock);
  const s = mock.seeded;
  const refs = {
    eventType: s.dance.sowprogId.id,
    eventStyle: s.contemporary.sowprogId.id,
    artist: s.artist.sowprogId.id,
    location: s.theatre.sowprogId.id,
  };
  const created = await call(mock, token, "POST", "/events", {
    contentType: "application/xml",
    body: exampleEventXml(refs),
  });
  eventId = Number(xmlText(await created.text(), "id"));
});
afterEach(() => mock.close());

function putEvent(body: string): Promise<Response> {
  return call(mock, token, "PUT", `/events/${eventId}`, { contentType: "application/xml", body });
}

function jpegForm(name = "file", type = "image/jpeg"): FormData {
  const form = new FormData();
  form.append(name, new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], { type }), "1br.JPG");
  return form;
}

describe("partial updates and versions", () => {
  it("refuses to publish without a picture, then publishes after the upload with the current version", async () => {
    const early = await putEvent(
      `<event><sowprogId><id>${eventId}</id><version>0</version></sowprogId><status>PUBLISHED</status></event>`,
    );
    expect([early.status, xmlText(await early.text(), "element")]).toEqual([400, "picture"]);
    const upload = await call(mock, token, "PUT", `/events/${eventId}/picture`, { body: jpegForm() });
    const uploaded = await upload.text();
    expect([upload.status, xmlText(uploaded, "version")]).toEqual([200, "1"]);
    expect(xmlText(uploaded, "pictureUrl")).toBe(`${mock.origin}/pictures/${eventId}.jpg`);
    expect(mock.store.pictures.get(eventId)).toMatchObject({ filename: "1br.JPG", contentType: "image/jpeg" });
    const stale = await putEvent(
      `<event><sowprogId><id>${eventId}</id><version>0</version></sowprogId><status>PUBLISHED</status></event>`,
    );
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain(
      "<errorCode>BAD_VERSION</errorCode>\n        <element>sowprogId.version</element>",
    );
    const published = await putEvent(
      `<event><sowprogId><id>${eventId}</id><version>1</version></sowprogId><status>PUBLISHED</status></event>`,
    );
    const text = await published.text();
    expect([published.status, xmlText(text, "status"), xmlText(text, "version")]).toEqual([200, "PUBLISHED", "2"]);
    expect(xmlText(text, "title")).toBe("Nouveau via API éè - title");
  });

  it("changes only the elements sent, validates elements sent empty, and needs the version", async () => {
    const retitled = await putEvent(
      `<event><sowprogId><id>${eventId}</id><version>0</version></sowprogId><eventDescription><title>Titre modifié</title></eventDescription></event>`,
    );
    const text = await retitled.text();
    expect([xmlText(text, "title"), xmlText(text, "punchline"), xmlText(text, "status")]).toEqual([
      "Titre modifié",
      "Nouveau via API éè - punchline",
      "DRAFT",
    ]);
    const empty = await putEvent(
      `<event><sowprogId><id>${eventId}</id><version>1</version></sowprogId><eventDescription><title></title></eventDescription></event>`,
    );
    expect([empty.status, xmlText(await empty.text(), "element")]).toEqual([400, "eventDescription.title"]);
    const unversioned = await putEvent(`<event><status>UNPUBLISHED</status></event>`);
    expect([unversioned.status, xmlText(await unversioned.text(), "element")]).toEqual([400, "sowprogId.version"]);
  });

  it("refuses a picture that is missing or not an image, and an unknown event", async () => {
    const wrongPart = await call(mock, token, "PUT", `/events/${eventId}/picture`, { body: jpegForm("image") });
    expect([wrongPart.status, xmlText(await wrongPart.text(), "errorCode")]).toEqual([400, "MANDATORY_ELEMENT"]);
    const notImage = await call(mock, token, "PUT", `/events/${eventId}/picture`, {
      body: jpegForm("file", "text/plain"),
    });
    expect(xmlText(await notImage.text(), "expectedFormat")).toBe("image/jpeg|image/png|image/gif");
    expect((await call(mock, token, "GET", "/events/999999")).status).toBe(404);
    expect((await call(mock, token, "GET", "/events/abc")).status).toBe(404);
  });
});

describe("lists", () => {
  it("filters by modifiedSince (epoch ms, strictly after) and pages with count and startIndex", async () => {
    mock.advanceClock(1000);
    const since = mock.now();
    mock.advanceClock(1000);
    await putEvent(`<event><sowprogId><version>0</version></sowprogId><cancelled>true</cancelled></event>`);
    const changed = (await (
      await call(mock, token, "GET", `/events?modifiedSince=${since}`, { accept: "application/json" })
    ).json()) as { event: { sowprogId: { id: number } } };
    expect(changed.event.sowprogId.id).toBe(eventId);
    const none = (await (
      await call(mock, token, "GET", `/events?modifiedSince=${mock.now()}`, { accept: "application/json" })
    ).json()) as Record<string, unknown>;
    expect(none).toEqual({ event: [] });
    const artists = await call(mock, token, "GET", "/artists?count=1&startIndex=0&name=orlin");
    expect(xmlText(await artists.text(), "name")).toBe("Robyn Orlin");
    const bad = await call(mock, token, "GET", "/events?count=ten");
    expect([bad.status, xmlText(await bad.text(), "expectedFormat")]).toEqual([400, "integer"]);
  });

  it("searches events by text and locations near a point", async () => {
    const hit = await call(mock, token, "GET", "/events?query=PUNCHLINE", { accept: "application/json" });
    expect(((await hit.json()) as { event: { sowprogId: { id: number } } }).event.sowprogId.id).toBe(eventId);
    const near = await call(mock, token, "GET", "/locations?latitude=48.86&longitude=2.35&distance=5", {
      accept: "application/json",
    });
    expect(((await near.json()) as { location: { name: string } }).location.name).toBe("Théâtre de la Ville");
    const partial = await call(mock, token, "GET", "/locations?latitude=48.86");
    expect(partial.status).toBe(400);
    expect(await partial.text()).toContain("<element>longitude</element>");
  });
});

describe("other resources", () => {
  it("maps a client id to an artist and reads it back; lists reference data; the root lists links", async () => {
    const artistId = mock.seeded.artist.sowprogId.id;
    const put = await call(mock, token, "PUT", "/apiClientMapping/artist/my-42", {
      contentType: "application/json",
      accept: "application/json",
      body: JSON.stringify({ clientId: "my-42", clientVersion: 7, sowprogId: { id: artistId } }),
    });
    expect(((await put.json()) as { artist: { name: string } }).artist.name).toBe("Robyn Orlin");
    expect((await call(mock, token, "GET", "/apiClientMapping/artist/my-42")).status).toBe(200);
    expect((await call(mock, token, "GET", "/apiClientMapping/event/my-42")).status).toBe(404);
    const types = await (await call(mock, token, "GET", "/eventTypes")).text();
    expect(types.match(/<label>/g)).toHaveLength(2);
    const root = await (await call(mock, token, "GET", "/")).text();
    expect(root).toContain(`<href>${mock.apiBase}/events</href>\n        <method>POST</method>`);
  });
});
