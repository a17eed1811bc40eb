/** Client-level parameter values (`x-specforge-client-default` → `ClientOptions.paramDefaults`), as sent on the wire. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiClient, ApiRequestError, type OperationSpec } from "../../templates/runtime/index.js";
import { startServer, type TestServer } from "./test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const op: OperationSpec = {
  method: "GET",
  path: "/{project}/shops/{id}",
  params: [
    {
      name: "project",
      key: "project",
      in: "path",
      style: "simple",
      explode: false,
      required: true,
      clientDefault: "project",
    },
    { name: "id", key: "id", in: "path", style: "simple", explode: false, required: true },
    { name: "project", key: "queryProject", in: "query", style: "form", explode: true, clientDefault: "project" },
    { name: "Client-ID", key: "Client-ID", in: "header", style: "simple", explode: false, clientDefault: "clientId" },
  ],
  response: { accept: "application/json" },
};

describe("paramDefaults", () => {
  it("fills every parameter of an option the call leaves out: path, query and header", async () => {
    const client = new ApiClient({ baseUrl: server.url, paramDefaults: { project: "demo-ab42xy", clientId: "c-1" } });
    await client.request(op, { id: "shop 1" });
    expect(server.last().url).toBe("/demo-ab42xy/shops/shop%201?project=demo-ab42xy");
    expect(server.last().headers["client-id"]).toBe("c-1");
  });

  it("lets the call's own value win, per parameter", async () => {
    const client = new ApiClient({ baseUrl: server.url, paramDefaults: { project: "demo-ab42xy" } });
    await client.request(op, { project: "other-1", id: "s1", "Client-ID": "c-2" });
    expect(server.last().url).toBe("/other-1/shops/s1?project=demo-ab42xy");
    expect(server.last().headers["client-id"]).toBe("c-2");
  });

  it("percent-encodes and checks a default like any path value", async () => {
    const client = new ApiClient({ baseUrl: server.url, paramDefaults: { project: ".." } });
    await expect(client.request(op, { id: "s1" })).rejects.toThrow(/must not be empty, "\." or "\.\."/);
    const slashed = new ApiClient({ baseUrl: server.url, paramDefaults: { project: "a/b" } });
    await slashed.request(op, { id: "s1" });
    expect(server.last().url).toBe("/a%2Fb/shops/s1?project=a%2Fb");
  });

  it("names the option when neither the call nor the client gives a required value; nothing is sent", async () => {
    const client = new ApiClient({ baseUrl: server.url });
    await expect(client.request(op, { id: "s1" })).rejects.toThrow(
      new ApiRequestError(
        'Missing required path parameter "project" (pass "project" or set the client option "project")',
      ),
    );
    expect(server.requests).toHaveLength(0);
  });

  it("leaves optional parameters out when there is no default, and never reads inherited keys", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      paramDefaults: Object.create({ clientId: "inherited" }) as Record<string, unknown>,
    });
    await client.request(op, { project: "p1", id: "s1" });
    expect(server.last().url).toBe("/p1/shops/s1");
    expect(server.last().headers["client-id"]).toBeUndefined();
  });
});
