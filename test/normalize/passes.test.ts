/** One table of given/want cases per normalization pass. */
import { describe, expect, it } from "vitest";
import type { Parameter } from "../../generator/normalize/ir.js";
import { assignArgumentKeys } from "../../generator/normalize/passes/assign-argument-keys.js";
import { assignMethodNames } from "../../generator/normalize/passes/assign-method-names.js";
import { assignResources } from "../../generator/normalize/passes/assign-resources.js";
import { assignTypeNames } from "../../generator/normalize/passes/assign-type-names.js";
import { groupResources } from "../../generator/normalize/passes/group-resources.js";
import { PASSES } from "../../generator/normalize/passes/index.js";
import { resolveMethodCollisions } from "../../generator/normalize/passes/resolve-method-collisions.js";
import { makeApi, makeOperation } from "./op-factory.js";

function param(name: string, location: Parameter["in"], required = false): Parameter {
  return {
    name,
    in: location,
    key: name,
    required,
    style: "form",
    explode: true,
    allowReserved: false,
    deprecated: false,
    type: { root: "paths", keys: [] },
    example: 1,
  };
}

describe("the pass list", () => {
  it("runs in a fixed order", () => {
    expect(PASSES.map((p) => p.name)).toEqual([
      "assign-resources",
      "assign-method-names",
      "resolve-method-collisions",
      "assign-argument-keys",
      "assign-client-defaults",
      "group-resources",
      "assign-type-names",
    ]);
  });
});

describe("assign-resources", () => {
  it.each([
    [{ tags: ["Pets", "x"] }, "/pets", "Pets"],
    [{}, "/v1/items/{id}", "v1"],
    [{}, "/{tenant}/orders", "orders"],
    [{}, "/", "root"],
    [{ tags: ["Pets"], resourceOverride: "animals" }, "/pets", "animals"],
  ])("%j %s → %s", (partial, path, want) => {
    const api = assignResources.run(makeApi([makeOperation({ method: "get", path, ...partial })]));
    expect(api.operations[0]!.resourceName).toBe(want);
  });
});

describe("assign-method-names", () => {
  it.each([
    ["items", "get", "/items/", "items_list", undefined, "list"],
    ["items", "get", "/items/{id}/", "items_read", undefined, "read"],
    ["pets", "get", "/pets/{id}", "getPet", undefined, "get"],
    ["pets", "get", "/pets", "listPets", undefined, "list"],
    ["categories", "get", "/categories", "listCategories", undefined, "list"],
    ["pets", "get", "/pets", "pets", undefined, "pets"],
    ["pets", "post", "/pets", undefined, undefined, "create"],
    ["pets", "get", "/pets/{id}", undefined, undefined, "retrieve"],
    ["pets", "get", "/pets/{id}/photos", undefined, undefined, "listPhotos"],
    ["pets", "delete", "/pets/{id}", undefined, undefined, "delete"],
    ["pets", "get", "/pets", "then", undefined, "then_"],
    ["pets", "get", "/pets", "listPets", "everything", "everything"],
  ])("%s %s %s id=%s override=%s → %s", (resourceName, method, path, operationId, methodOverride, want) => {
    const op = makeOperation({
      method: method as "get",
      path,
      resourceName,
      ...(operationId ? { operationId } : {}),
      ...(methodOverride ? { methodOverride } : {}),
    });
    expect(assignMethodNames.run(makeApi([op])).operations[0]!.methodName).toBe(want);
  });
});

describe("resolve-method-collisions", () => {
  it("keeps the first, falls back to the full operationId, then numbers, warning each time", () => {
    const ops = [
      makeOperation({
        method: "get",
        path: "/a",
        resourceName: "items",
        operationId: "items_list",
        methodName: "list",
      }),
      makeOperation({ method: "get", path: "/b", resourceName: "Items", operationId: "listItems", methodName: "list" }),
      makeOperation({ method: "get", path: "/c", resourceName: "items", operationId: "listItems", methodName: "list" }),
    ];
    const api = resolveMethodCollisions.run(makeApi(ops));
    expect(api.operations.map((o) => o.methodName)).toEqual(["list", "listItems", "listItems2"]);
    expect(api.warnings.map((w) => [w.code, w.location.pointer])).toEqual([
      ["method-name-collision", "/paths/~1b/get"],
      ["method-name-collision", "/paths/~1c/get"],
    ]);
  });
});

describe("assign-argument-keys", () => {
  it("keeps wire names, renames a later location on collision and orders path first", () => {
    const op = makeOperation({
      method: "get",
      path: "/x/{id}",
      params: [param("id", "query"), param("id", "path", true), param("X-Id", "header")],
    });
    const api = assignArgumentKeys.run(makeApi([op]));
    expect(api.operations[0]!.params.map((p) => [p.in, p.key])).toEqual([
      ["path", "id"],
      ["query", "queryId"],
      ["header", "X-Id"],
    ]);
  });
  it.each([
    [["name", "tag"], true, 1, "spread"],
    [["id"], true, 1, { key: "body" }],
    [["name"], false, 1, { key: "body" }],
    [undefined, true, 1, { key: "body" }],
    [["name"], true, 2, { key: "body" }],
  ])("body props %j required=%s variants=%d → %j", (objectProperties, required, variants, want) => {
    const variant = {
      mediaType: "application/json",
      encoding: "json" as const,
      type: { root: "paths" as const, keys: [] },
      ...(objectProperties ? { objectProperties } : {}),
    };
    const op = makeOperation({
      method: "post",
      path: "/x/{id}",
      params: [param("id", "path", true)],
      body: { required, variants: Array.from({ length: variants }, () => variant), from: { key: "body" } },
    });
    const body = assignArgumentKeys.run(makeApi([op])).operations[0]!.body!;
    expect(body.from).toEqual(want);
    expect(body.contentTypeKey).toBe(variants > 1 ? "contentType" : undefined);
  });
});

describe("group-resources and assign-type-names", () => {
  it("merges names that differ in case, sorts, and names classes, files and types uniquely", () => {
    const ops = [
      makeOperation({ method: "get", path: "/b", resourceName: "Store", methodName: "list" }),
      makeOperation({ method: "get", path: "/a", resourceName: "pets", methodName: "list" }),
      makeOperation({ method: "post", path: "/a", resourceName: "Pets", methodName: "create" }),
    ];
    const schemas = [{ name: "PetsListParams", typeName: "PetsListParams", deprecated: false }];
    const api = assignTypeNames.run(groupResources.run(makeApi(ops, { schemas })));
    expect(api.resources.map((r) => [r.propertyName, r.className, r.fileName, r.operations.length])).toEqual([
      ["pets", "PetsResource", "pets", 2],
      ["store", "StoreResource", "store", 1],
    ]);
    expect(api.resources[0]!.operations.map((o) => [o.argsTypeName, o.resultTypeName, o.specConstName])).toEqual([
      ["PetsListParams2", "PetsListResponse", "listOperation"],
      ["PetsCreateParams", "PetsCreateResponse", "createOperation"],
    ]);
  });
});
