/** Keys named like Object.prototype members never pick up inherited values. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, type OperationSpec } from "../../templates/runtime/index.js";
import { encodeXml } from "../../templates/runtime/xml.js";
import { startServer, type TestServer } from "./test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

describe("own keys only", () => {
  it("does not send a left-out query parameter named constructor or toString", async () => {
    const op: OperationSpec = {
      method: "GET",
      path: "/x",
      params: [
        { name: "constructor", key: "constructor", in: "query", style: "form", explode: true },
        { name: "toString", key: "toString", in: "query", style: "form", explode: true },
        { name: "q", key: "q", in: "query", style: "form", explode: true },
      ],
      response: {},
    };
    await new ApiClient({ baseUrl: server.url }).request(op, { q: "1" });
    expect(server.last().url).toBe("/x?q=1");
  });

  it("writes XML for own properties only", () => {
    const xml = encodeXml({ constructor: "x", a: "y" }, { name: "root", properties: { a: {} } });
    expect(xml).not.toContain("Object");
    expect(xml).not.toContain("function");
    expect(xml).toContain("<a>y</a>");
  });
});
