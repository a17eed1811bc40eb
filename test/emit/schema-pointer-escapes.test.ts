/**
 * Names that JSON-pointer or URI decoding would change (`%xx`, `%`, `~0`, `~1`, `/`): every reference openapi-typescript
 * prints must name the key it declares, and the document and `decodeURIComponent` are left as they were.
 */
import { describe, expect, it } from "vitest";
import { emitSchemaTypes } from "../../generator/emit/schema-types.js";

const HOSTILE_NAMES = ["list%0bItems", "get%2Fthing", "a%25b", "50%", "odd~1id~0", "slash/op", "%E2%80%A8", "~01"];

function documentWith(paths: Record<string, unknown>, schemas: Record<string, unknown> = {}): Record<string, unknown> {
  return { openapi: "3.1.0", info: { title: "t", version: "1" }, paths, components: { schemas } };
}

describe("operationIds holding escape-like text", () => {
  it.each(HOSTILE_NAMES)("%j is referenced by exactly the key it is declared under", (operationId) => {
    const text = emitSchemaTypes(documentWith({ "/x": { get: { operationId, responses: {} } } }));
    const key = JSON.stringify(operationId);
    expect(text).toContain(`get: operations[${key}];`);
    expect(text).toMatch(new RegExp(`^ {2}${key.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}: \\{$`, "m"));
  });
});

describe("percent-encoded refs", () => {
  const schemas = {
    S: {
      type: "object",
      properties: {
        "a/b%2F": { type: "string" },
        "~1t": { type: "integer" },
        "h#": { type: "object", properties: { x: { type: "string" } } },
      },
      $defs: { "d%41/": { type: "boolean" } },
    },
    T: {
      type: "object",
      properties: {
        slash: { $ref: "#/components/schemas/S/properties/a~1b%252F" },
        tilde: { $ref: "#/components/schemas/S/properties/~01t" },
        def: { $ref: "#/components/schemas/S/$defs/d%2541~1" },
        hash: { $ref: "#/components/schemas/S/properties/h%23/properties/x" },
      },
    },
  };

  it("resolve to the keys they encode, once decoded", () => {
    const text = emitSchemaTypes(documentWith({}, schemas));
    expect(text).toContain(`slash?: components["schemas"]["S"]["a/b%2F"];`);
    expect(text).toContain(`tilde?: components["schemas"]["S"]["~1t"];`);
    expect(text).toContain(`def?: components["schemas"]["S"]["$defs"]["d%41/"];`);
    expect(text).toContain(`hash?: components["schemas"]["S"]["h#"]["x"];`);
    expect(text).not.toMatch(/[\ue000-\uf8ff]/u);
  });

  it("are restored in the document afterwards, with decodeURIComponent", () => {
    const doc = documentWith({}, structuredClone(schemas));
    const before = JSON.stringify(doc);
    const decode = globalThis.decodeURIComponent;
    emitSchemaTypes(doc);
    expect(JSON.stringify(doc)).toBe(before);
    expect(globalThis.decodeURIComponent).toBe(decode);
    expect(decodeURIComponent("%41")).toBe("A");
  });
});

describe("discriminator mappings", () => {
  it("percent-encoded mapping refs name the schema they point to", () => {
    const schemas = {
      U: {
        oneOf: [{ $ref: "#/components/schemas/A.1" }],
        discriminator: { propertyName: "kind", mapping: { "x%41": "#/components/schemas/A%2E1" } },
      },
      "A.1": { type: "object", properties: { kind: { type: "string" } } },
    };
    expect(emitSchemaTypes(documentWith({}, schemas)).replace(/\s+/g, " ")).toContain(`kind: "x%41";`);
  });
});
