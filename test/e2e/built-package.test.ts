/**
 * End to end: a spec becomes a package, `tsc` builds it to dist/ (JS + .d.ts), and the built JavaScript
 * makes correct requests to a real server on 127.0.0.1 and decodes its responses.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startServer, type TestServer } from "../runtime/test-server.js";
import { generateInMemory, writeTestPackage } from "../support/generate.js";

type PetstoreModule = {
  Petstore: new (options: Record<string, unknown>) => {
    pets: Record<
      string,
      (
        args?: unknown,
        options?: unknown,
      ) => PromiseLike<unknown> & { withResponse(): Promise<{ data: unknown; response: Response }> }
    >;
  };
  NotFoundError: new (...args: never[]) => Error;
  PetstoreError: new (...args: never[]) => Error;
};

let server: TestServer;
let petstore: PetstoreModule;
let dir: string;

beforeAll(async () => {
  const result = await generateInMemory("test/cli/specs/petstore");
  dir = await writeTestPackage("e2e/petstore", result.files);
  const tsc = spawnSync(process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "-p", dir], {
    encoding: "utf8",
  });
  expect(tsc.stdout + tsc.stderr).toBe("");
  petstore = (await import(pathToFileURL(path.join(dir, "dist/index.js")).href)) as PetstoreModule;
  server = await startServer();
});
afterAll(async () => server?.close());

describe("a built package", () => {
  it("has JavaScript and declarations for every module", () => {
    for (const file of [
      "index.js",
      "index.d.ts",
      "client.js",
      "client.d.ts",
      "types.d.ts",
      "resources/pets.js",
      "runtime/client.js",
    ]) {
      expect(existsSync(path.join(dir, "dist", file)), file).toBe(true);
    }
  });

  it("sends query parameters per their style and decodes the JSON list", async () => {
    server.handle((_req, res) => sendJson(res, 200, [{ id: 1, name: "Rex", status: "sold" }]));
    const client = new petstore.Petstore({ baseUrl: `${server.url}/v1` });
    const pets = await client.pets["list"]!({ limit: 10, status: ["available", "sold"] });
    expect(pets).toEqual([{ id: 1, name: "Rex", status: "sold" }]);
    const sent = server.last();
    expect(sent.method).toBe("GET");
    expect(sent.url).toBe("/v1/pets?limit=10&status=available,sold");
    expect(sent.headers["accept"]).toBe("application/json");
  });

  it("spreads body properties into a JSON body and returns status with withResponse()", async () => {
    server.handle((_req, res) => sendJson(res, 201, { id: 7, name: "Rex" }, { "x-request-id": "r1" }));
    const client = new petstore.Petstore({ baseUrl: server.url, headers: { "x-team": "a" } });
    const { data, response } = await client.pets["create"]!({ name: "Rex", tag: null }).withResponse();
    expect(data).toEqual({ id: 7, name: "Rex" });
    expect(response.status).toBe(201);
    const sent = server.last();
    expect([sent.method, sent.url, sent.headers["content-type"], sent.headers["x-team"]]).toEqual([
      "POST",
      "/pets",
      "application/json",
      "a",
    ]);
    expect(JSON.parse(sent.body.toString("utf8"))).toEqual({ name: "Rex", tag: null });
  });

  it("templates path parameters, decodes 204 as undefined and throws typed errors", async () => {
    server.handle((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const client = new petstore.Petstore({ baseUrl: server.url, maxRetries: 0 });
    await expect(client.pets["delete"]!({ petId: 42 })).resolves.toBeUndefined();
    expect(server.last().url).toBe("/pets/42");
    server.handle((_req, res) => sendJson(res, 404, { message: "no such pet" }));
    const error = await Promise.resolve(client.pets["get"]!({ petId: 5 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(petstore.NotFoundError);
    expect(error).toBeInstanceOf(petstore.PetstoreError);
    expect((error as { status: number; body: unknown }).status).toBe(404);
    expect((error as { body: unknown }).body).toEqual({ message: "no such pet" });
    const outcome = await (
      client.pets["get"]!({ petId: 5 }) as unknown as {
        asResult(): Promise<{ ok: boolean; error?: { status?: number; body?: unknown } }>;
      }
    ).asResult();
    expect(outcome.ok).toBe(false);
    expect([outcome.error?.status, outcome.error?.body]).toEqual([404, { message: "no such pet" }]);
  });

  it("resolves environments and server variables", async () => {
    const client = new petstore.Petstore({
      environment: "staging",
      serverVariables: { region: "us" },
      fetch: async (url: string) =>
        new Response(JSON.stringify([url]), { headers: { "content-type": "application/json" } }),
    });
    await expect(client.pets["list"]!()).resolves.toEqual(["https://us.staging.petstore.test/v1/pets"]);
    expect(() => new petstore.Petstore({ environment: "staging", serverVariables: { region: "mars" } })).toThrow(
      /must be one of eu, us/,
    );
  });
});
