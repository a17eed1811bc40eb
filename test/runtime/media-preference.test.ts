/** `preferredMediaTypes`: one client-wide choice of format for APIs that offer XML and JSON alike. */
import { describe, expect, it } from "vitest";
import { ApiClient, type OperationSpec } from "../../templates/runtime/index.js";
import { preferredAccept } from "../../templates/runtime/media-preference.js";
import { xmlCodec } from "../../templates/runtime/xml.js";
import { useTestServer } from "./shared-setup.js";

const server = useTestServer();

const CREATE: OperationSpec = {
  method: "POST",
  path: "/events",
  params: [],
  body: {
    required: true,
    from: { key: "body" },
    contentTypeKey: "contentType",
    variants: [
      { mediaType: "application/json", encoding: "json" },
      { mediaType: "application/xml", encoding: "xml", xml: { name: "event" } },
    ],
  },
  response: { accept: "application/xml, application/json" },
};

function client(preferred?: readonly string[]): ApiClient {
  return new ApiClient({
    baseUrl: server.url,
    maxRetries: 0,
    codecs: { xml: xmlCodec },
    ...(preferred === undefined ? {} : { preferredMediaTypes: preferred }),
  });
}

describe("preferredMediaTypes", () => {
  it("asks only for the preferred media type and sends bodies in it", async () => {
    await client(["application/xml"]).request(CREATE, { body: { title: "T" } });
    expect(server.last().headers.accept).toBe("application/xml");
    expect(server.last().headers["content-type"]).toBe("application/xml");
    expect(server.last().body.toString()).toBe('<?xml version="1.0" encoding="UTF-8"?><event><title>T</title></event>');
    await client(["application/json"]).request(CREATE, { body: { title: "T" } });
    expect([
      server.last().headers.accept,
      server.last().headers["content-type"],
      server.last().body.toString(),
    ]).toEqual(["application/json", "application/json", '{"title":"T"}']);
  });

  it("keeps the declared defaults without a preference, and lets a call's content type and headers win", async () => {
    await client().request(CREATE, { body: { title: "T" } });
    expect([server.last().headers.accept, server.last().headers["content-type"]]).toEqual([
      "application/xml, application/json",
      "application/json",
    ]);
    await client(["application/json"]).request(
      CREATE,
      { body: { title: "T" }, contentType: "application/xml" },
      { headers: { accept: "application/xml" } },
    );
    expect([server.last().headers.accept, server.last().headers["content-type"]]).toEqual([
      "application/xml",
      "application/xml",
    ]);
  });

  it.each([
    ["application/xml, application/json", ["application/json", "application/xml"], "application/json, application/xml"],
    ["application/xml, application/json", ["Application/JSON; charset=utf-8"], "application/json"],
    ["image/png", ["application/json"], "image/png"],
    ["application/xml, application/json", [], "application/xml, application/json"],
  ] as const)("Accept for %s preferring %j is %s", (declared, preferred, want) => {
    expect(preferredAccept(declared, preferred)).toBe(want);
  });
});
