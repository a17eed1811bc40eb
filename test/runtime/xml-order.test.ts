/** The XML codec writes declared elements in the schema's order (an xs:sequence), whatever the caller's key order. */
import { describe, expect, it } from "vitest";
import { decodeXml, encodeXml } from "../../templates/runtime/xml.js";

const shape = {
  name: "event",
  properties: {
    sowprogId: { properties: { id: { type: "integer" as const }, version: { type: "integer" as const } } },
    status: { type: "string" as const },
    eventDescription: { properties: { title: {}, punchline: {} } },
    artist: { array: true, items: { properties: { sequence: { type: "integer" as const }, billing: {} } } },
  },
};

describe("XML element order", () => {
  it("follows the shape's declaration order, at every level, with undeclared keys last in the caller's order", () => {
    const value = {
      zExtra: "z",
      status: "PUBLISHED",
      artist: [{ billing: "HEADLINE", sequence: 0 }],
      eventDescription: { punchline: "p", title: "t" },
      aExtra: "a",
      sowprogId: { version: 4, id: 65511 },
    };
    expect(encodeXml(value, shape)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><event><sowprogId><id>65511</id><version>4</version></sowprogId><status>PUBLISHED</status>' +
        "<eventDescription><title>t</title><punchline>p</punchline></eventDescription><artist><sequence>0</sequence><billing>HEADLINE</billing></artist>" +
        "<zExtra>z</zExtra><aExtra>a</aExtra></event>",
    );
  });

  it("still round-trips", () => {
    const value = { status: "DRAFT", sowprogId: { id: 1 }, artist: [{ sequence: 2 }] };
    expect(decodeXml(encodeXml(value, shape), shape)).toEqual({
      sowprogId: { id: 1 },
      status: "DRAFT",
      artist: [{ sequence: 2 }],
    });
  });
});
