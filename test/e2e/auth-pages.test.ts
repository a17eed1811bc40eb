/** The generator wires security schemes and pagination to the runtime: a built client pages with auth on every page. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startServer, type TestServer } from "../runtime/test-server.js";
import { generateInMemory, writeTestPackage } from "../support/generate.js";

type Client = {
  pets: {
    list(args?: object): AsyncIterable<{ name: string }> & PromiseLike<unknown> & { pages(): AsyncIterable<unknown> };
  };
  tokenInfo: { tokenInfo(): PromiseLike<unknown> };
  oauth: {
    oauth: { authorizationUrl(options: object): Promise<{ url: string; state: string; codeVerifier?: string }> };
  };
};
let server: TestServer;
let AuthPages: new (options: object) => Client;

beforeAll(async () => {
  const result = await generateInMemory("test/e2e/specs/auth-pages.yaml");
  const dir = await writeTestPackage("e2e/auth-pages", result.files);
  const tsc = spawnSync(process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "-p", dir], {
    encoding: "utf8",
  });
  expect(tsc.stdout + tsc.stderr).toBe("");
  ({ AuthPages } = (await import(pathToFileURL(path.join(dir, "dist/index.js")).href)) as {
    AuthPages: typeof AuthPages;
  });
  server = await startServer();
});
afterAll(async () => server?.close());

describe("generated auth and pagination", () => {
  it("iterates every page of a next-link list with the bearer token on each request", async () => {
    server.handle((req, res) => {
      const page = Number(new URL(req.url ?? "", server.url).searchParams.get("page") ?? "1");
      const next = page < 3 ? `${server.url}/pets?page=${page + 1}` : null;
      sendJson(res, 200, { next, results: [{ name: `pet${page}a` }, { name: `pet${page}b` }] });
    });
    const client = new AuthPages({ baseUrl: server.url, auth: { bearer: { token: "s3cret" } } });
    const names: string[] = [];
    for await (const pet of client.pets.list()) names.push(pet.name);
    expect(names).toEqual(["pet1a", "pet1b", "pet2a", "pet2b", "pet3a", "pet3b"]);
    expect(server.requests.map((r) => [r.url, r.headers["authorization"]])).toEqual([
      ["/pets", "Bearer s3cret"],
      ["/pets?page=2", "Bearer s3cret"],
      ["/pets?page=3", "Bearer s3cret"],
    ]);
  });

  it("refuses to call a secured operation without credentials, and allows the anonymous alternative", async () => {
    server.reset();
    const client = new AuthPages({ baseUrl: server.url });
    await expect(Promise.resolve(client.pets.list())).rejects.toThrow(/bearer/);
    expect(server.requests).toHaveLength(0);
    await client.tokenInfo.tokenInfo();
    expect(server.last().headers["authorization"]).toBeUndefined();
  });

  it("exposes OAuth 2 helpers per scheme", async () => {
    const client = new AuthPages({
      baseUrl: server.url,
      auth: { oauth: { clientId: "app", flow: "authorizationCode" } },
    });
    const request = await client.oauth.oauth.authorizationUrl({
      redirectUri: "https://app.example/cb",
      scopes: ["read"],
    });
    const url = new URL(request.url);
    expect(url.origin + url.pathname).toBe("https://a/authorize");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: "code",
      client_id: "app",
      redirect_uri: "https://app.example/cb",
      scope: "read",
      state: request.state,
      code_challenge_method: "S256",
    });
  });
});
