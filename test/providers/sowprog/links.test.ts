/** Following the links the API returns (`x-specforge-link`): root → lists → items, typed, in XML and JSON; other origins refused. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApiRequestError, Sowprog, type FollowedLink, type Link } from "../../../generated/sowprog/src/index.js";
import { startSowprogMock, type SowprogMock } from "./mock-server.js";
import { exampleEvent, received, sowprogClient, wireLines, type WireFormat } from "./setup.js";

let mock: SowprogMock;
beforeEach(async () => {
  mock = await startSowprogMock();
});
afterEach(() => mock.close());

function byRel(links: readonly Link[] | undefined, rel: string, method = "GET"): Link {
  const found = links?.find((l) => l.rel === rel && l.method === method);
  if (found === undefined) throw new Error(`no ${method} link ${rel}`);
  return found;
}

/** The bearer token every API call of the scenario carried (the token endpoint excluded). */
function apiAuthorizations(): string[] {
  return [
    ...new Set(
      mock.requests.filter((r) => !r.url.startsWith("/api/v1/token")).map((r) => String(r.headers.authorization)),
    ),
  ];
}

describe.each(["xml", "json"] as const)("following links in %s", (format: WireFormat) => {
  it("goes from the API root to the events list and from an item to itself, typed by the operation it matched", async () => {
    const client = sowprogClient(mock, format);
    const id = (await client.events.create({ body: exampleEvent(mock) })).event!.sowprogId!.id!;
    const root = await client.api.links();
    const list: FollowedLink = await client.follow(byRel(root.link, "events"));
    expect(list.operation).toBe("GET /events");
    if (list.operation !== "GET /events") return;
    const item = list.data.event?.find((e) => e.sowprogId?.id === id);
    expect(item?.eventDescription?.title).toBe("Nouveau via API éè - title");
    const self = await client.follow(byRel(item?.link, "self"));
    expect(self.operation).toBe("GET /events/{eventId}");
    if (self.operation === "GET /events/{eventId}") expect(self.data.event?.offer?.eventPrice).toHaveLength(2);
    expect(wireLines(mock).slice(-3)).toEqual(["GET / 200", "GET /events 200", `GET /events/${id} 200`]);
    const sent = received(mock, "GET", `/events/${id}`)[0]!;
    expect(sent.headers.accept).toBe(format === "xml" ? "application/xml" : "application/json");
    expect(apiAuthorizations()).toHaveLength(1);
    expect(apiAuthorizations()[0]).toMatch(/^bearer \S+$/i);
  });

  it("resolves with the expected operation's data: a location from the list, the account from the root", async () => {
    const client = sowprogClient(mock, format);
    const locations = await client.locations.list();
    const theatre = locations.location?.find((l) => l.sowprogId?.id === mock.seeded.theatre.sowprogId.id);
    const location = await client.follow(byRel(theatre?.link, "self"), "GET /locations/{locationId}");
    expect(location.location?.sowprogId?.id).toBe(mock.seeded.theatre.sowprogId.id);
    expect(location.location).toEqual(theatre);
    const account = await client.follow(byRel((await client.api.links()).link, "account"), "GET /account");
    expect(account.user?.email).toBe("organiser@example.org");
    expect(received(mock, "GET", `/locations/${mock.seeded.theatre.sowprogId.id}`)).toHaveLength(1);
  });

  it("follows an href with a query (the next page) and sends the query as it is", async () => {
    const client = sowprogClient(mock, format);
    await client.events.create({ body: exampleEvent(mock, "first") });
    await client.events.create({ body: exampleEvent(mock, "second") });
    const page = await client.follow(`${mock.apiBase}/events?count=1&startIndex=1`, "GET /events");
    expect(page.event?.map((e) => e.eventDescription?.title)).toEqual(["second"]);
    expect(mock.requests.at(-1)!.url).toBe("/api/v1/events?count=1&startIndex=1");
  });
});

describe("refused links", () => {
  it("sends nothing for a PUT link, another origin, https→http, a path no GET has, or an unexpected operation", async () => {
    const client = sowprogClient(mock, "json");
    const id = (await client.events.create({ body: exampleEvent(mock) })).event!.sowprogId!.id!;
    const event = (await client.events.get({ eventId: id })).event!;
    const before = mock.requests.length;
    const other = mock.apiBase.replace("127.0.0.1", "localhost");
    const refusals = [
      client.follow(byRel(event.link, "update", "PUT")),
      client.follow(byRel(event.link, "picture", "PUT")),
      client.follow({ ...byRel(event.link, "self"), href: `${other}/events/${id}` }),
      client.follow(`${mock.apiBase}/events/${id}/picture`),
      client.follow(byRel(event.link, "self"), "GET /locations/{locationId}"),
    ];
    const errors = await Promise.all(refusals.map((p) => Promise.resolve(p).catch((e: unknown) => e)));
    for (const error of errors) expect(error).toBeInstanceOf(ApiRequestError);
    expect((errors[2] as Error).message).toContain("origin");
    expect(mock.requests.length).toBe(before);
  });

  it("refuses http links from an https client before any request, token included", async () => {
    const fetched: string[] = [];
    const fetch = (input: string | URL | Request): Promise<Response> => {
      fetched.push(String(input));
      return Promise.resolve(new Response(null, { status: 500 }));
    };
    const secure = new Sowprog({ environment: "production", fetch, auth: { oauth: { token: "t" } } });
    const error = await Promise.resolve(secure.follow("http://api.sowprog.com/api/v1/events")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as Error).message).toContain("leaves https");
    const sameOrigin = await Promise.resolve(
      secure.follow("https://api.sowprog.com/api/v1/events", { maxRetries: 0 }),
    ).catch((e: unknown) => e);
    expect(sameOrigin).not.toBeInstanceOf(ApiRequestError);
    expect(fetched).toEqual(["https://api.sowprog.com/api/v1/events"]);
  });
});
