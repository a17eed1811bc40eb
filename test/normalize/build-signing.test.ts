/** Declared signatures, default headers, conditions and README body examples, as the normalizer reads them. */
import { describe, expect, it } from "vitest";
import { buildSecuritySchemes } from "../../generator/normalize/build-security.js";
import { buildDefaultHeaders, hmacSigningSpec, usesConditions } from "../../generator/normalize/build-signing.js";
import { exampleBodyEntries, mediaExample } from "../../generator/normalize/readme-body-example.js";
import { normalizeApi } from "../../generator/normalize/normalize.js";

const SITE_STACKER_SIGNING = {
  algorithm: "hmac-sha256",
  stringToSign: ["method", { header: "Content-Type" }, "date"],
  date: { header: "ss-date", format: "rfc2822" },
  header: "Authorization",
  value: "HMAC {keyId}:{signature}",
};

describe("x-specforge-signing with a signature", () => {
  it("becomes a signature scheme with hmac data, defaults filled in", () => {
    const doc = {
      components: {
        securitySchemes: {
          hmac: { type: "apiKey", in: "header", name: "Authorization", "x-specforge-signing": SITE_STACKER_SIGNING },
          hook: { type: "http", scheme: "custom", "x-specforge-signing": true },
        },
      },
    };
    expect(buildSecuritySchemes(doc)).toEqual([
      {
        name: "hmac",
        spec: {
          type: "signature",
          hmac: {
            algorithm: "hmac-sha256",
            encoding: "hex",
            stringToSign: ["method", { header: "Content-Type" }, "date"],
            separator: "\n",
            date: { header: "ss-date", format: "rfc2822" },
            header: "Authorization",
            value: "HMAC {keyId}:{signature}",
          },
        },
      },
      { name: "hook", spec: { type: "signature" } },
    ]);
  });

  it.each([
    [
      { ...SITE_STACKER_SIGNING, encoding: "base64", separator: "|" },
      { encoding: "base64", separator: "|" },
    ],
    [{ ...SITE_STACKER_SIGNING, date: { header: "X-Date" } }, { date: { header: "X-Date", format: "http-date" } }],
    [
      { algorithm: "hmac-sha1", stringToSign: ["method", "path"], header: "X-Sig", value: "{signature}" },
      { encoding: "hex", separator: "\n", stringToSign: ["method", "path"] },
    ],
  ])("%j → %j", (raw, want) => {
    const spec = hmacSigningSpec(raw);
    expect(spec).toMatchObject(want);
    if (!("date" in raw)) expect(spec).not.toHaveProperty("date");
  });
});

describe("x-specforge-default-headers", () => {
  const identity = { packageName: "@specforge/x", packageVersion: "1.2.3" };
  it("fills {packageName} and {packageVersion} and sorts by lower-case name", () => {
    const doc = {
      "x-specforge-default-headers": {
        "User-Agent": "x-client/{packageVersion} ({packageName})",
        accept: "application/json; version=1",
        "X-Other": "{unknown}",
      },
    };
    expect(Object.entries(buildDefaultHeaders(doc, identity) ?? {})).toEqual([
      ["accept", "application/json; version=1"],
      ["User-Agent", "x-client/1.2.3 (@specforge/x)"],
      ["X-Other", "{unknown}"],
    ]);
  });

  it("is undefined without the extension, and reaches the IR through normalizeApi", () => {
    expect(buildDefaultHeaders({}, identity)).toBeUndefined();
    const api = normalizeApi(
      {
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {},
        "x-specforge-default-headers": { "User-Agent": "t/{packageVersion}" },
      },
      { id: "t", ...identity, sourceName: "t.yaml" },
    );
    expect(api.defaultHeaders).toEqual({ "User-Agent": "t/1.2.3" });
    expect(api.usesConditions).toBeUndefined();
  });
});

describe("x-specforge-conditions", () => {
  it("marks the API when a component schema carries it", () => {
    const schemas = (extra: Record<string, unknown>) => ({
      components: { schemas: { Person: { type: "object" }, PersonSearch: { type: "object", ...extra } } },
    });
    expect(
      usesConditions(schemas({ "x-specforge-conditions": { fields: { $ref: "#/components/schemas/Person" } } })),
    ).toBe(true);
    expect(usesConditions(schemas({}))).toBe(false);
    expect(usesConditions({})).toBe(false);
  });
});

describe("README samples from a request body's example", () => {
  const doc = {
    components: {
      schemas: {
        Base: { type: "object", properties: { id: { type: "string", readOnly: true }, name: { type: "string" } } },
        Item: {
          allOf: [
            { $ref: "#/components/schemas/Base" },
            { type: "object", properties: { "folder.id": { type: "integer" } } },
          ],
        },
      },
      examples: { first: { value: { name: "From examples" } } },
    },
  };
  it("takes `example`, else the first of `examples` (references resolved)", () => {
    expect(mediaExample(doc, { example: { a: 1 }, examples: { x: { value: { b: 2 } } } })).toEqual({ a: 1 });
    expect(mediaExample(doc, { examples: { x: { $ref: "#/components/examples/first" } } })).toEqual({
      name: "From examples",
    });
    expect(mediaExample(doc, {})).toBeUndefined();
  });

  it("keeps the declared, writable properties of a spread body (all of them for a free-form schema)", () => {
    const example = { id: "1", name: "Spring", "folder.id": 12, stray: true };
    expect(exampleBodyEntries(doc, { $ref: "#/components/schemas/Item" }, example)).toEqual([
      ["name", { kind: "data", value: "Spring" }],
      ["folder.id", { kind: "data", value: 12 }],
    ]);
    expect(exampleBodyEntries(doc, { type: "object", additionalProperties: true }, { hours: "4" })).toEqual([
      ["hours", { kind: "data", value: "4" }],
    ]);
    expect(exampleBodyEntries(doc, { type: "object" }, "not an object")).toBeUndefined();
  });

  it("are what the README samples of an operation use", () => {
    const api = normalizeApi(
      {
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {
          "/items": {
            post: {
              operationId: "createItem",
              requestBody: {
                required: true,
                content: {
                  "application/json": {
                    schema: { $ref: "#/components/schemas/Item" },
                    example: { name: "Spring", "folder.id": 12 },
                  },
                },
              },
              responses: { "201": { description: "ok" } },
            },
          },
        },
        components: doc.components,
      },
      { id: "t", packageName: "t", packageVersion: "0.0.0", sourceName: "t.yaml" },
    );
    expect(api.operations[0]!.readmeArgs).toEqual([
      ["name", { kind: "data", value: "Spring" }],
      ["folder.id", { kind: "data", value: 12 }],
    ]);
  });
});
