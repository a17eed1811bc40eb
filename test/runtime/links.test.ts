/** Following hypermedia links: matching an href to a GET operation, refusing other origins, decoding by the target. */
import { describe, expect, it } from "vitest";
import {
  ApiClient,
  ApiRequestError,
  matchLink,
  type LinkTarget,
  type OperationSpec,
} from "../../templates/runtime/index.js";
import { xmlCodec } from "../../templates/runtime/xml.js";
import { useTestServer } from "./shared-setup.js";

const server = useTestServer();

const security = [["bearer"]];
const item: OperationSpec = {
  method: "GET",
  path: "/events/{id}",
  params: [{ name: "id", key: "id", in: "path", style: "simple", explode: false, required: true }],
  response: {
    accept: "application/xml, application/json",
    xml: {
      name: "eventResponse",
      properties: { event: { properties: { id: { type: "integer" }, link: { array: true } } } },
    },
  },
  security,
};
const search: OperationSpec = {
  method: "GET",
  path: "/events/search",
  params: [],
  response: { accept: "application/json" },
  security,
};
const update: OperationSpec = { ...item, method: "PUT" };
const list: OperationSpec = {
  method: "GET",
  path: "/events",
  params: [],
  response: { accept: "application/json", jsonArrays: { properties: { event: { array: true } } } },
  security,
};
const targets: LinkTarget[] = [
  { name: "PUT /events/{id}", op: update },
  { name: "GET /events/{id}", op: item },
  { name: "GET /events/search", op: search },
  { name: "GET /events", op: list },
];

const BASE = "https://api.example.com/api/v1";

describe("matchLink", () => {
  it.each([
    ["an absolute href", `${BASE}/events/42`, "GET /events/{id}", { id: "42" }],
    ["a root-relative href", "/api/v1/events/42", "GET /events/{id}", { id: "42" }],
    ["a relative href", "events/a%20b", "GET /events/{id}", { id: "a b" }],
    ["the literal template before the parameter", `${BASE}/events/search?q=x`, "GET /events/search", {}],
    ["a trailing slash", `${BASE}/events/`, "GET /events", {}],
  ])("matches %s", (_label, href, name, params) => {
    const matched = matchLink({ href }, BASE, targets);
    expect(matched.target.name).toBe(name);
    expect(matched.params).toEqual(params);
  });

  it("keeps the query and drops the fragment", () => {
    expect(matchLink({ href: "/api/v1/events?count=2&startIndex=4#top" }, BASE, targets).url).toBe(
      `${BASE}/events?count=2&startIndex=4`,
    );
  });

  it.each([
    ["another host", "https://evil.example.com/api/v1/events/1", /origin/],
    ["another port", "https://api.example.com:8443/api/v1/events/1", /origin/],
    ["https to http", "http://api.example.com/api/v1/events/1", /leaves https/],
    ["a protocol-relative href to another host", "//evil.example.com/api/v1/events/1", /origin/],
    ["user credentials", "https://u:p@api.example.com/api/v1/events/1", /credentials/],
    ["a path outside the base path", "https://api.example.com/other/events/1", /base path/],
    ["a path no operation has", `${BASE}/events/1/picture`, /no GET operation/],
    ["a PUT link", { href: `${BASE}/events/1`, method: "PUT" }, /PUT link/],
    ["an empty href", "", /no href/],
    ["broken percent-encoding", `${BASE}/events/%E0%A4%A`, /percent-encoding/],
  ])("refuses %s", (_label, link, message) => {
    const given = typeof link === "string" ? { href: link } : link;
    expect(() => matchLink(given, BASE, targets)).toThrow(ApiRequestError);
    expect(() => matchLink(given, BASE, targets)).toThrow(message);
  });
});

describe("ApiClient.follow", () => {
  const client = (): ApiClient =>
    new ApiClient({
      baseUrl: `${server.url}/api/v1`,
      maxRetries: 1,
      codecs: { xml: xmlCodec },
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      auth: { bearer: { token: "tok-1" } },
    });

  it("sends the matched operation with auth and decodes XML by its response spec", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/xml" });
      res.end("<eventResponse><event><id>7</id><link><rel>self</rel></link></event></eventResponse>");
    });
    const got = await client().follow({ href: `${server.url}/api/v1/events/7`, method: "GET" }, targets);
    expect(got).toEqual({ operation: "GET /events/{id}", data: { event: { id: 7, link: [{ rel: "self" }] } } });
    expect(server.last().method).toBe("GET");
    expect(server.last().url).toBe("/api/v1/events/7");
    expect(server.last().headers.authorization).toBe("Bearer tok-1");
    expect(server.last().headers.accept).toBe("application/xml, application/json");
  });

  it("decodes JSON by the target's spec (one-item lists wrapped) and keeps the href's query", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ event: { id: 1 } }));
    });
    const got = await client().follow({ href: "/api/v1/events?count=1&startIndex=1" }, targets);
    expect(got).toEqual({ operation: "GET /events", data: { event: [{ id: 1 }] } });
    expect(server.last().url).toBe("/api/v1/events?count=1&startIndex=1");
  });

  it("retries like any GET", async () => {
    let calls = 0;
    server.handle((_req, res) => {
      calls += 1;
      res.writeHead(calls === 1 ? 503 : 200, { "content-type": "application/json", "retry-after": "0" });
      res.end(JSON.stringify({ event: [] }));
    });
    expect(await client().follow({ href: "/api/v1/events" }, targets)).toEqual({
      operation: "GET /events",
      data: { event: [] },
    });
    expect(server.requests).toHaveLength(2);
  });

  it("followTo resolves with the data of the expected operation and refuses another one before sending", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ event: { id: 3 } }));
    });
    expect(await client().followTo({ href: "/api/v1/events/3" }, targets, "GET /events/{id}")).toEqual({
      event: { id: 3 },
    });
    const error = await Promise.resolve(
      client().followTo({ href: "/api/v1/events" }, targets, "GET /events/{id}"),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as Error).message).toContain("it leads to GET /events, not GET /events/{id}");
    expect(server.requests).toHaveLength(1);
  });

  it("refuses another origin without sending anything", async () => {
    const other = server.url.replace("127.0.0.1", "localhost");
    const error = await Promise.resolve(client().follow({ href: `${other}/api/v1/events/1` }, targets)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(server.requests).toHaveLength(0);
  });
});
