/** The SOWPROG mock itself, driven with raw fetch: auth, content negotiation, envelopes and errors as documented. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_CREDENTIALS, TOKEN_LIFETIME_S } from "./mock-auth.js";
import { accessToken, appBasic, call, exampleEventXml, postToken, xmlText } from "./mock-raw.js";
import { startSowprogMock, type SowprogMock } from "./mock-server.js";

let mock: SowprogMock;
let token: string;
beforeEach(async () => {
  mock = await startSowprogMock();
  token = await accessToken(mock);
});
afterEach(() => mock.close());

const PASSWORD_GRANT = {
  grant_type: "password",
  username: TEST_CREDENTIALS.username,
  password: TEST_CREDENTIALS.password,
};

describe("token endpoint", () => {
  it("answers the password grant with the documented <OAuth> XML, even when JSON is accepted", async () => {
    const response = await fetch(`${mock.apiBase}/token`, {
      method: "POST",
      headers: {
        authorization: appBasic(),
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
      },
      body: new URLSearchParams(PASSWORD_GRANT).toString(),
    });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml");
    expect(text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>\n<OAuth>\n {4}<access_token>[0-9a-f-]{36}<\/access_token>\n {4}<expires_in>3600<\/expires_in>\n {4}<token_type>bearer<\/token_type>\n {4}<refresh_token>[0-9a-f-]{36}<\/refresh_token>\n<\/OAuth>\n$/,
    );
  });

  it("refuses bad application credentials (401 invalid_client) and a bad user password (400 invalid_grant)", async () => {
    const badApp = await postToken(mock, PASSWORD_GRANT, appBasic({ ...TEST_CREDENTIALS, clientSecret: "wrong" }));
    expect([badApp.status, xmlText(await badApp.text(), "error")]).toEqual([401, "invalid_client"]);
    const badUser = await postToken(mock, { ...PASSWORD_GRANT, password: "wrong" });
    expect([badUser.status, xmlText(await badUser.text(), "error")]).toEqual([400, "invalid_grant"]);
    const badGrant = await postToken(mock, { grant_type: "client_credentials" });
    expect([badGrant.status, xmlText(await badGrant.text(), "error")]).toEqual([400, "unsupported_grant_type"]);
  });

  it("rotates refresh tokens: each one works once", async () => {
    const first = xmlText(await (await postToken(mock, PASSWORD_GRANT)).text(), "refresh_token")!;
    const refreshed = await postToken(mock, { grant_type: "refresh_token", refresh_token: first });
    expect(refreshed.status).toBe(200);
    const fresh = xmlText(await refreshed.text(), "access_token")!;
    expect((await call(mock, fresh, "GET", "/account")).status).toBe(200);
    expect((await postToken(mock, { grant_type: "refresh_token", refresh_token: first })).status).toBe(400);
  });

  it("accepts bearer in any case and refuses missing or expired tokens with 401", async () => {
    expect((await call(mock, token, "GET", "/account")).status).toBe(200);
    const upper = await fetch(`${mock.apiBase}/account`, { headers: { authorization: `Bearer ${token}` } });
    expect(upper.status).toBe(200);
    expect((await fetch(`${mock.apiBase}/account`)).status).toBe(401);
    mock.advanceClock(TOKEN_LIFETIME_S * 1000);
    expect((await call(mock, token, "GET", "/account")).status).toBe(401);
  });
});

describe("content negotiation", () => {
  it("answers XML without Accept, in the documented userResponse envelope", async () => {
    const response = await call(mock, token, "GET", "/account");
    const text = await response.text();
    expect(response.headers.get("content-type")).toBe("application/xml");
    expect(text).toContain("<userResponse>\n    <user>\n        <sowprogId>\n            <id>5582</id>");
    expect(text).toContain(
      `<link>\n            <href>${mock.apiBase}/account</href>\n            <method>GET</method>\n            <rel>self</rel>\n        </link>`,
    );
  });

  it("answers JSON (the root element's content) for Accept: application/json, honouring q-values", async () => {
    const json = await call(mock, token, "GET", "/account", { accept: "application/xml;q=0.5, application/json" });
    expect(json.headers.get("content-type")).toBe("application/json");
    const body = (await json.json()) as { user: { email: string; link: unknown } };
    expect(body.user.email).toBe("organiser@example.org");
    expect(body.user.link).toEqual({ href: `${mock.apiBase}/account`, method: "GET", rel: "self" });
    expect((await call(mock, token, "GET", "/account", { accept: "text/html" })).status).toBe(406);
  });

  it("writes one-item JSON lists as a bare object (Jersey), or as an array when configured so", async () => {
    const bare = (await (await call(mock, token, "GET", "/eventTypes", { accept: "application/json" })).json()) as {
      eventType: { link: unknown }[];
    };
    expect(bare.eventType[0]!.link).toEqual({
      href: `${mock.apiBase}/eventTypes/${mock.seeded.concert.sowprogId.id}`,
      method: "GET",
      rel: "self",
    });
    const arrays = await startSowprogMock({ jsonSingletons: "array" });
    try {
      const body = (await (
        await call(arrays, await accessToken(arrays), "GET", "/eventTypes", { accept: "application/json" })
      ).json()) as { eventType: { link: unknown }[] };
      expect(body.eventType[0]!.link).toEqual([
        { href: `${arrays.apiBase}/eventTypes/${arrays.seeded.concert.sowprogId.id}`, method: "GET", rel: "self" },
      ]);
    } finally {
      await arrays.close();
    }
  });

  it("refuses a body that is neither XML nor JSON with 415", async () => {
    const response = await call(mock, token, "POST", "/artists", { contentType: "text/plain", body: "name=x" });
    expect(response.status).toBe(415);
  });
});

function refs(m: SowprogMock): { eventType: number; eventStyle: number; artist: number; location: number } {
  const s = m.seeded;
  return {
    eventType: s.dance.sowprogId.id,
    eventStyle: s.contemporary.sowprogId.id,
    artist: s.artist.sowprogId.id,
    location: s.theatre.sowprogId.id,
  };
}

describe("events", () => {
  it("creates the documented example as a DRAFT (200, version 0, links) and reads it back in JSON", async () => {
    const created = await call(mock, token, "POST", "/events", {
      contentType: "application/xml",
      accept: "application/xml",
      body: exampleEventXml(refs(mock)),
    });
    const text = await created.text();
    expect(created.status).toBe(200);
    expect(text).toContain("<eventResponse>\n    <event>\n        <sowprogId>");
    expect(xmlText(text, "status")).toBe("DRAFT");
    expect(xmlText(text, "version")).toBe("0");
    const id = Number(xmlText(text, "id"));
    const json = (await (await call(mock, token, "GET", `/events/${id}`, { accept: "application/json" })).json()) as {
      event: Record<string, any>;
    };
    expect(json.event.offer.eventPrice).toEqual([
      { label: "Tarif plein", price: 30, currency: "EUR" },
      { label: "Tarif DanseAujourdhui", price: 19, currency: "EUR" },
    ]);
    expect(json.event.offer.eventTicketStore).toEqual({
      label: "Réserver avec DanseAujourdhui",
      url: "http://www.danseaujourdhui.fr/robyn-orlin-finger/",
    });
    expect(json.event.artist).toEqual({
      artist: { sowprogId: { id: refs(mock).artist } },
      sequence: 0,
      billing: "HEADLINE",
    });
    expect(json.event.link.map((l: { rel: string }) => l.rel)).toEqual(["self", "update", "picture"]);
  });

  it("lists every missing mandatory element in the documented <message> (XML) and as JSON", async () => {
    const xml = await call(mock, token, "POST", "/events", {
      contentType: "application/xml",
      body: "<event><cancelled>false</cancelled></event>",
    });
    expect(xml.status).toBe(400);
    expect(await xml.text()).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<message>\n' +
        ["title", "description", "punchline"]
          .map(
            (f) =>
              `    <errorMessages>\n        <errorCode>MANDATORY_ELEMENT</errorCode>\n        <element>eventDescription.${f}</element>\n    </errorMessages>\n`,
          )
          .join("") +
        "</message>\n",
    );
    const json = await call(mock, token, "POST", "/events", {
      contentType: "application/json",
      accept: "application/json",
      body: '{"eventDescription":{"title":"t","punchline":"p"}}',
    });
    expect(await json.json()).toEqual({
      errorMessages: { errorCode: "MANDATORY_ELEMENT", element: "eventDescription.description" },
    });
  });

  it("reports BAD_FORMAT with expectedFormat", async () => {
    const body = JSON.stringify({
      eventDescription: { title: "t", punchline: "p", description: "d" },
      eventSchedule: { eventScheduleDate: [{ date: "13/01/2030", startHour: "8pm" }] },
    });
    const response = await call(mock, token, "POST", "/events", {
      contentType: "application/json",
      accept: "application/json",
      body,
    });
    expect(await response.json()).toEqual({
      errorMessages: [
        { errorCode: "BAD_FORMAT", element: "eventSchedule.eventScheduleDate.date", expectedFormat: "yyyy-MM-dd" },
        { errorCode: "BAD_FORMAT", element: "eventSchedule.eventScheduleDate.startHour", expectedFormat: "HH:mm" },
      ],
    });
  });
});
