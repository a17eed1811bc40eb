/** `ResponseSpec.binary`: a success body declared only as binary is a Blob whatever Content-Type the server sends. */
import { describe, expect, it } from "vitest";
import { ApiClient, type OperationSpec } from "../../templates/runtime/index.js";
import { classifyResponse } from "../../templates/runtime/decode.js";
import { useTestServer } from "./shared-setup.js";

const op = (binary: boolean): OperationSpec => ({
  method: "GET",
  path: "/file",
  params: [],
  response: { accept: "application/octet-stream", ...(binary ? { binary: true } : {}) },
});

describe("classifyResponse", () => {
  it.each([
    ["text/csv", true, "binary"],
    ["application/json", true, "binary"],
    ["text/csv", false, "text"],
    ["application/json", false, "json"],
  ])("%s with binary=%s → %s", (contentType, binary, want) => {
    expect(
      classifyResponse(new Response("x", { headers: { "content-type": contentType } }), op(binary).response, "GET"),
    ).toBe(want);
  });

  it("still treats 204 and HEAD as empty", () => {
    expect(classifyResponse(new Response(null, { status: 204 }), op(true).response, "GET")).toBe("empty");
    expect(classifyResponse(new Response("x"), op(true).response, "HEAD")).toBe("empty");
  });
});

describe("on the wire", () => {
  const server = useTestServer();
  it("hands a text/csv download over as a Blob with its type", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      res.end("a;b\n1;2\n");
    });
    const file = await new ApiClient({ baseUrl: server.url }).request<Blob>(op(true));
    expect(file).toBeInstanceOf(Blob);
    expect(file.type).toBe("text/csv");
    expect(await file.text()).toBe("a;b\n1;2\n");
  });
});
