/** `x-specforge-rpc` in normalize and emit: derived schemas, RPC functions in the IR, their runtime spec and types. */
import { describe, expect, it } from "vitest";
import { rpcArgumentsTypeText, rpcFunctionSpecData, rpcResultTypeText } from "../../generator/emit/rpc-function.js";
import type { JsonObject } from "../../generator/json-value.js";
import { normalizeApi } from "../../generator/normalize/normalize.js";
import { deriveRpcSchemas, rpcFunctionKey } from "../../generator/normalize/rpc-schemas.js";

function spec(functions: JsonObject, schemas: JsonObject = {}): JsonObject {
  return {
    openapi: "3.1.0",
    info: { title: "T", version: "1" },
    security: [{ token: [] }],
    paths: {
      "/api/": {
        post: {
          operationId: "call",
          responses: {
            "200": { description: "ok" },
            default: { description: "error", content: { "text/plain": { schema: { type: "string" } } } },
          },
          "x-specforge-rpc": { errors: "text", functions },
        },
      },
      "/health": { get: { operationId: "health", responses: { "200": { description: "ok" } } } },
    },
    components: { schemas, securitySchemes: { token: { type: "http", scheme: "bearer" } } },
  };
}

const FUNCTIONS: JsonObject = {
  "download.get_daily_builds_list": {
    summary: "Lists builds",
    retrySafe: true,
    args: [
      {
        name: "product",
        required: true,
        schema: { $ref: "#/components/schemas/Product" },
        description: "The product.",
      },
    ],
    kwargs: {
      only_production: { schema: { type: "boolean" } },
      version: { key: "versions", schema: { type: "array", items: { type: "string" } } },
    },
    files: { attachment: { filename: "a.bin" } },
    result: { schema: { type: "array", items: { type: "string" } } },
  },
  "download.get_file": { result: { binary: true } },
};

const options = { id: "t", packageName: "t", packageVersion: "0.0.0", sourceName: "t.yaml" };

describe("deriveRpcSchemas", () => {
  it("adds an Args and a Result schema per function, named after it, without changing the input", () => {
    const doc = spec(FUNCTIONS, { Product: { type: "string" }, DownloadGetFileRpcArgs: { type: "string" } });
    const before = JSON.stringify(doc);
    const { document, names } = deriveRpcSchemas(doc);
    expect(JSON.stringify(doc)).toBe(before);
    const at = (name: string) => rpcFunctionKey(["paths", "/api/", "post", "x-specforge-rpc", "functions", name]);
    expect(names.get(at("download.get_daily_builds_list"))).toEqual({
      args: "DownloadGetDailyBuildsListRpcArgs",
      result: "DownloadGetDailyBuildsListRpcResult",
    });
    expect(names.get(at("download.get_file"))).toEqual({
      args: "DownloadGetFileRpcArgs2",
      result: "DownloadGetFileRpcResult",
    });
    const schemas = (document["components"] as JsonObject)["schemas"] as JsonObject;
    expect(schemas["DownloadGetDailyBuildsListRpcArgs"]).toEqual({
      type: "object",
      additionalProperties: false,
      required: ["product"],
      properties: {
        product: { $ref: "#/components/schemas/Product", description: "The product." },
        onlyProduction: { type: "boolean" },
        versions: { type: "array", items: { type: "string" } },
        attachment: { type: "string", format: "binary" },
      },
    });
    expect(schemas["DownloadGetFileRpcResult"]).toEqual({ type: "string", format: "binary" });
    expect(schemas["DownloadGetFileRpcArgs"]).toEqual({ type: "string" });
  });

  it("leaves a document without RPC endpoints as it is", () => {
    const doc = spec({});
    delete ((doc["paths"] as JsonObject)["/api/"] as JsonObject)["post"];
    expect(deriveRpcSchemas(doc).document).toBe(doc);
  });
});

describe("RPC functions in the IR", () => {
  const api = normalizeApi(spec(FUNCTIONS, { Product: { type: "string" } }), options);

  it("become operations of the module's resource, named after the function; the endpoint is no method", () => {
    expect(api.resources.map((r) => [r.propertyName, r.operations.map((op) => op.methodName)])).toEqual([
      ["download", ["getDailyBuildsList", "getFile"]],
      ["health", ["health"]],
    ]);
    const op = api.operations.find((o) => o.rpc?.name === "download.get_daily_builds_list")!;
    expect(op.pointer).toBe("/paths/~1api~1/post/x-specforge-rpc/functions/download.get_daily_builds_list");
    expect(op.rpc!.arguments).toEqual([
      { kind: "positional", name: "product", key: "product", required: true },
      { kind: "keyword", name: "only_production", key: "onlyProduction", required: false },
      { kind: "keyword", name: "version", key: "versions", required: false },
      { kind: "file", name: "attachment", key: "attachment", required: false, filename: "a.bin" },
    ]);
    expect([op.security, op.retrySafe, op.summary, op.rpc!.errorsAsText]).toEqual([
      [["token"]],
      true,
      "Lists builds",
      true,
    ]);
    expect(op.readmeArgs).toEqual([["product", { kind: "data", value: "value" }]]);
  });

  it("keeps the derived schemas out of the exported schema types", () => {
    expect(api.schemas.map((s) => s.typeName)).toEqual(["Product"]);
  });

  it("emit as an RpcFunctionSpec and types from the derived schemas", () => {
    const [list, file] = api.resources[0]!.operations;
    expect(rpcFunctionSpecData(list!, list!.rpc!)).toEqual({
      name: "download.get_daily_builds_list",
      path: "/api/",
      args: [{ key: "product", name: "product", required: true, filename: undefined }],
      kwargs: [
        { key: "onlyProduction", name: "only_production", required: undefined, filename: undefined },
        { key: "versions", name: "version", required: undefined, filename: undefined },
      ],
      files: [{ key: "attachment", name: "attachment", required: undefined, filename: "a.bin" }],
      errors: "text",
      security: [["token"]],
      retrySafe: true,
    });
    expect(rpcArgumentsTypeText(list!.rpc!)).toBe(
      'WithRpcFiles<Writable<components["schemas"]["DownloadGetDailyBuildsListRpcArgs"]>, "attachment">',
    );
    expect(rpcResultTypeText(list!.rpc!)).toBe(
      'Readable<components["schemas"]["DownloadGetDailyBuildsListRpcResult"]>',
    );
    expect(rpcResultTypeText(file!.rpc!)).toBe("ReadableStream<Uint8Array>");
    expect(rpcFunctionSpecData(file!, file!.rpc!)).toMatchObject({ binary: true });
  });

  it("report two functions with one method name as a located collision warning", () => {
    const clash = normalizeApi(spec({ "a.get_item": {}, "a.getItem": {} }), options);
    expect(clash.resources[0]!.operations.map((op) => op.methodName)).toEqual(["getItem", "aGetItem"]);
    expect(clash.warnings.map((w) => [w.code, w.location.pointer])).toEqual([
      ["method-name-collision", "/paths/~1api~1/post/x-specforge-rpc/functions/a.getItem"],
    ]);
  });
});
