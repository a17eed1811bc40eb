/** `buildRpcRequest`: the endpoint operation and body for one RPC function call, and what it refuses before sending. */
import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../templates/runtime/errors.js";
import { buildRpcRequest, type RpcFunctionSpec } from "../../templates/runtime/rpc.js";

const FN: RpcFunctionSpec = {
  name: "m.f",
  path: "/rpc/",
  args: [
    { key: "a", name: "a", required: true },
    { key: "b", name: "b" },
    { key: "c", name: "c" },
  ],
  kwargs: [{ key: "dryRun", name: "dry_run" }],
  files: [{ key: "upload", name: "upload", filename: "data.bin" }],
  security: [["token"]],
  retrySafe: true,
  errors: "text",
};

describe("buildRpcRequest", () => {
  it("puts positional values in order up to the last given, kwargs by wire name, in a form body", async () => {
    const { op, body } = await buildRpcRequest(FN, { a: 1, b: [2], dryRun: false });
    expect(body).toEqual({ json: '["m.f",[1,[2]],{"dry_run":false}]' });
    expect(op).toEqual({
      method: "POST",
      path: "/rpc/",
      params: [],
      body: {
        required: true,
        from: "spread",
        variants: [{ mediaType: "application/x-www-form-urlencoded", encoding: "form" }],
      },
      response: { accept: "application/json", errorText: true },
      security: [["token"]],
      retrySafe: true,
    });
  });

  it("uses the spec's field name, and multipart when a file is given", async () => {
    const { op, body } = await buildRpcRequest({ ...FN, field: "payload" }, { a: "x", upload: new Uint8Array([1, 2]) });
    expect(Object.keys(body)).toEqual(["payload", "upload"]);
    const file = body["upload"] as File;
    expect([file.name, file.type, file.size]).toEqual(["data.bin", "application/octet-stream", 2]);
    expect(op.body?.variants).toEqual([{ mediaType: "multipart/form-data", encoding: "multipart" }]);
  });

  it("streams binary results", async () => {
    const { op } = await buildRpcRequest({ name: "m.g", path: "/rpc/", binary: true }, {});
    expect(op.response).toEqual({ accept: "application/octet-stream", stream: true });
    expect(op.retrySafe).toBeUndefined();
  });

  it.each([
    ["a gap among positional values", { a: 1, c: 3 }, /positional argument "b" is missing but "c" is given/],
    ["a missing required argument", { b: 2 }, /argument "a" is required/],
    ["an unknown key", { a: 1, dry_run: true }, /unknown argument "dry_run"/],
    ["a file that is not binary data", { a: 1, upload: "text" }, /upload: a file argument must be/],
  ])("refuses %s", async (_label, args, message) => {
    const error = await buildRpcRequest(FN, args).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as Error).message).toMatch(message);
  });
});
