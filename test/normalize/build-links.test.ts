/** `x-specforge-link` as the normalizer reads it: the link schemas' types and properties, or a warning and no `follow`. */
import { describe, expect, it } from "vitest";
import { linkTargetOperations } from "../../generator/emit/emit-links-file.js";
import { normalizeApi } from "../../generator/normalize/normalize.js";

const identity = { id: "t", packageName: "@specforge/t", packageVersion: "1.0.0", sourceName: "t.yaml" };
const ok = { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } };

function api(schemas: Record<string, unknown>) {
  const paths = {
    "/items": { get: { operationId: "listItems", responses: ok }, post: { operationId: "createItem", responses: ok } },
    "/items/{id}": {
      get: {
        operationId: "getItem",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: ok,
      },
    },
  };
  return normalizeApi(
    { openapi: "3.1.0", info: { title: "t", version: "1" }, paths, components: { schemas } },
    identity,
  );
}

const link = (href: string, extra: Record<string, unknown> = {}) => ({
  type: "object",
  properties: { [href]: { type: "string" }, verb: { type: "string" } },
  "x-specforge-link": { href, ...extra },
});

describe("x-specforge-link", () => {
  it("collects the link schemas' type names and the href and method properties", () => {
    const got = api({ Link: link("href", { method: "verb" }), OtherLink: link("href", { method: "verb" }) });
    expect(got.links).toEqual({ typeNames: ["Link", "OtherLink"], href: "href", method: "verb" });
    expect(got.warnings).toEqual([]);
    expect(linkTargetOperations(got).map((t) => [t.name, t.constName])).toEqual([
      ["GET /items", "itemsListOperation"],
      ["GET /items/{id}", "itemsGetOperation"],
    ]);
  });

  it("is absent without link schemas, and then no operation is a link target", () => {
    const got = api({ Item: { type: "object" } });
    expect(got.links).toBeUndefined();
    expect(linkTargetOperations(got)).toEqual([]);
  });

  it.each([
    [
      "a missing href property",
      { Link: { type: "object", properties: { url: { type: "string" } }, "x-specforge-link": { href: "href" } } },
      "link-property-missing",
      "/components/schemas/Link/x-specforge-link",
    ],
    [
      "a missing method property",
      { Link: link("href", { method: "method" }) },
      "link-property-missing",
      "/components/schemas/Link/x-specforge-link",
    ],
    [
      "link schemas naming different properties",
      { A: link("href"), B: link("url") },
      "link-properties-differ",
      "/components/schemas/B/x-specforge-link",
    ],
    [
      "a schema type named like a follow type",
      { Link: link("href"), FollowedLink: { type: "object" } },
      "link-type-name-taken",
      "/components/schemas/FollowedLink",
    ],
  ])("warns on %s", (_label, schemas, code, pointer) => {
    const got = api(schemas);
    expect(got.warnings.map((w) => [w.code, w.location.pointer])).toEqual([[code, pointer]]);
    if (code !== "link-properties-differ") expect(got.links).toBeUndefined();
    else expect(got.links?.typeNames).toEqual(["A"]);
  });
});
