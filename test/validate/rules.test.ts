import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toPointer } from "../../generator/load/pointer.js";
import type { SemanticRule } from "../../generator/validate/rule.js";
import { duplicateOperationIdRule } from "../../generator/validate/rules/duplicate-operation-id.js";
import { duplicateParameterRule } from "../../generator/validate/rules/duplicate-parameter.js";
import { refCycleRule } from "../../generator/validate/rules/ref-cycle.js";
import { undeclaredPathParameterRule } from "../../generator/validate/rules/undeclared-path-parameter.js";
import { unknownSecuritySchemeRule } from "../../generator/validate/rules/unknown-security-scheme.js";
import { unresolvableRefRule } from "../../generator/validate/rules/unresolvable-ref.js";
import { SEMANTIC_RULES } from "../../generator/validate/validate-document.js";

type Doc = Record<string, unknown>;

/** Runs one rule and returns `code pointer` for each finding. */
function findings(rule: SemanticRule, document: Doc): string[] {
  const out: string[] = [];
  rule.check(document, (f) => out.push(`${f.code ?? rule.code} ${toPointer(f.at)}`));
  return out;
}

const ok = { "200": { description: "ok" } };
const doc = (extra: Doc): Doc => ({ openapi: "3.1.0", info: { title: "t", version: "1" }, ...extra });

describe("semantic rules on in-memory documents", () => {
  it.each<{ name: string; rule: SemanticRule; given: Doc; want: string[] }>([
    {
      name: "operationIds in callbacks and webhooks count too",
      rule: duplicateOperationIdRule,
      given: doc({
        paths: {
          "/a": {
            post: {
              operationId: "x",
              responses: ok,
              callbacks: { cb: { "{$url}": { post: { operationId: "x", responses: ok } } } },
            },
          },
        },
        webhooks: { hook: { post: { operationId: "x", responses: ok } } },
      }),
      want: [
        "duplicate-operation-id /webhooks/hook/post/operationId",
        "duplicate-operation-id /paths/~1a/post/callbacks/cb/{$url}/post/operationId",
      ],
    },
    {
      name: "path parameters through a ref of a ref, overridden at operation level",
      rule: undeclaredPathParameterRule,
      given: doc({
        paths: {
          "/a/{id}": {
            parameters: [{ $ref: "#/components/parameters/P1" }],
            get: { responses: ok },
            put: { parameters: [{ name: "id", in: "query" }], responses: ok },
          },
        },
        components: {
          parameters: { P1: { $ref: "#/components/parameters/P2" }, P2: { name: "id", in: "path", required: true } },
        },
      }),
      want: [],
    },
    {
      name: "a path parameter that is not required",
      rule: undeclaredPathParameterRule,
      given: doc({ paths: { "/a/{id}": { get: { parameters: [{ name: "id", in: "path" }], responses: ok } } } }),
      want: ["path-parameter-not-required /paths/~1a~1{id}/get/parameters/0"],
    },
    {
      name: "path items shared through components.pathItems are checked against each template",
      rule: undeclaredPathParameterRule,
      given: doc({
        paths: { "/a/{id}": { $ref: "#/components/pathItems/Item" }, "/b": { $ref: "#/components/pathItems/Item" } },
        components: {
          pathItems: { Item: { get: { parameters: [{ name: "id", in: "path", required: true }], responses: ok } } },
        },
      }),
      want: ["unused-path-parameter /components/pathItems/Item/get/parameters/0"],
    },
    {
      name: "header parameters compare case-insensitively, query ones do not",
      rule: duplicateParameterRule,
      given: doc({
        paths: {
          "/a": {
            get: {
              parameters: [
                { name: "Id", in: "header" },
                { name: "id", in: "header" },
                { name: "q", in: "query" },
                { name: "Q", in: "query" },
              ],
              responses: ok,
            },
          },
        },
      }),
      want: ["duplicate-parameter /paths/~1a/get/parameters/1"],
    },
    {
      name: "parameter ref cycles do not loop",
      rule: duplicateParameterRule,
      given: doc({
        paths: {
          "/a": {
            get: {
              parameters: [{ $ref: "#/components/parameters/A" }, { $ref: "#/components/parameters/A" }],
              responses: ok,
            },
          },
        },
        components: {
          parameters: { A: { $ref: "#/components/parameters/B" }, B: { $ref: "#/components/parameters/A" } },
        },
      }),
      want: [],
    },
    {
      name: "parameter ref cycles are reported as degenerate",
      rule: refCycleRule,
      given: doc({
        components: {
          parameters: { A: { $ref: "#/components/parameters/B" }, B: { $ref: "#/components/parameters/A" } },
        },
      }),
      want: ["ref-cycle /components/parameters/A/$ref"],
    },
    {
      name: "in 3.0 siblings of $ref are ignored, so they do not break a cycle",
      rule: refCycleRule,
      given: {
        ...doc({ components: { schemas: { A: { $ref: "#/components/schemas/A", type: "object" } } } }),
        openapi: "3.0.3",
      },
      want: ["ref-cycle /components/schemas/A/$ref"],
    },
    {
      name: "in 3.1 siblings of $ref are a real schema",
      rule: refCycleRule,
      given: doc({ components: { schemas: { A: { $ref: "#/components/schemas/A", type: "object" } } } }),
      want: [],
    },
    {
      name: "a union that only refers back to itself through another union",
      rule: refCycleRule,
      given: doc({
        components: {
          schemas: {
            A: { oneOf: [{ $ref: "#/components/schemas/B" }] },
            B: { anyOf: [{ $ref: "#/components/schemas/A" }] },
          },
        },
      }),
      want: ["ref-cycle /components/schemas/A/oneOf"],
    },
    {
      name: "recursion through bare array items alone has no TypeScript name",
      rule: refCycleRule,
      given: doc({ components: { schemas: { L: { type: "array", items: { $ref: "#/components/schemas/L" } } } } }),
      want: ["ref-cycle /components/schemas/L/items"],
    },
    {
      name: "recursion through array items of an object is fine",
      rule: refCycleRule,
      given: doc({
        components: {
          schemas: {
            T: { type: "object", properties: { kids: { type: "array", items: { $ref: "#/components/schemas/T" } } } },
          },
        },
      }),
      want: [],
    },
    {
      name: "refs inside example data, enums and defaults are not references",
      rule: unresolvableRefRule,
      given: doc({
        components: {
          schemas: {
            S: {
              type: "object",
              default: { $ref: "#/nope" },
              enum: [{ $ref: "#/nope" }],
              examples: [{ $ref: "#/nope" }],
            },
          },
          examples: { E: { value: { $ref: "#/nope" } }, F: { $ref: "#/components/examples/Missing" } },
        },
      }),
      want: ["unresolvable-ref /components/examples/F/$ref"],
    },
    {
      name: "3.1 anchors and $id-relative pointers resolve; discriminator mappings are checked",
      rule: unresolvableRefRule,
      given: doc({
        components: {
          schemas: {
            A: { $anchor: "a", type: "string" },
            B: {
              $id: "https://x.test/b",
              $defs: { C: { type: "string" } },
              properties: { c: { $ref: "#/$defs/C" }, a: { $ref: "#a" }, z: { $ref: "#zz" } },
            },
            U: {
              oneOf: [{ $ref: "#/components/schemas/A" }],
              discriminator: {
                propertyName: "k",
                mapping: { a: "#/components/schemas/A", b: "#/components/schemas/Gone", c: "A" },
              },
            },
          },
        },
      }),
      want: [
        "unresolvable-ref /components/schemas/B/properties/z/$ref",
        "unresolvable-ref /components/schemas/U/discriminator/mapping/b",
      ],
    },
    {
      name: "security requirements of every operation, with no schemes declared at all",
      rule: unknownSecuritySchemeRule,
      given: doc({ security: [{}], paths: { "/a": { get: { security: [{ key: [] }], responses: ok } } } }),
      want: ["unknown-security-scheme /paths/~1a/get/security/0/key"],
    },
  ])("$name", ({ rule, given, want }) => {
    expect(findings(rule, given)).toEqual(want);
  });
});

describe("semantic rules on odd input", () => {
  const odd = [null, 1, "x", true, [], [1, null], {}, { $ref: 5 }, { $ref: "#/" }, { $ref: "#/paths" }];

  it.each(odd.map((value) => [JSON.stringify(value), value] as const))("survive %s in every slot", (_shown, value) => {
    const slots = ["paths", "webhooks", "components", "security", "servers"];
    const nested: Doc = doc({
      paths: {
        "/a/{id}": {
          parameters: value,
          get: { parameters: [value], security: value, servers: [value], callbacks: { c: value } },
          servers: value,
        },
      },
      components: { parameters: value, schemas: { A: value }, securitySchemes: value },
      servers: [{ url: value, variables: { v: value } }],
    });
    for (const rule of SEMANTIC_RULES) {
      for (const slot of slots) expect(() => findings(rule, doc({ [slot]: value }))).not.toThrow();
      expect(() => findings(rule, nested)).not.toThrow();
    }
  });

  it("never throws on arbitrary JSON in an OpenAPI skeleton", () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    const refish = fc.constantFrom("#/components/schemas/A", "#/paths/~1a", "#", "#/", "#a", "other.yaml#/x");
    const node = fc.oneof(
      json,
      fc.record({ $ref: refish }),
      fc.dictionary(fc.constantFrom("get", "parameters", "$ref", "allOf", "name", "in"), json),
    );
    fc.assert(
      fc.property(node, node, node, (paths, components, extra) => {
        const given = doc({
          paths: { "/a/{id}": paths },
          components: { schemas: { A: components }, parameters: { P: extra } },
          servers: [extra],
          security: [extra],
        });
        for (const rule of SEMANTIC_RULES) findings(rule, given);
      }),
      { numRuns: 300 },
    );
  });
});
