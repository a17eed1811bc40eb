/** HTTP basic with a TOTP password (`x-specforge-totp`), as sent on the wire, with server clock adoption after a 401. */
import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiClient,
  ApiRequestError,
  AuthenticationError,
  decodeBase32,
  generateTotp,
  type OperationSpec,
  type SecuritySchemeSpec,
} from "../../templates/runtime/index.js";
import { sendJson, startServer, type TestServer } from "./test-server.js";

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const TOTP = { algorithm: "SHA-256", digits: 8, period: 30 } as const;
const schemes: Record<string, SecuritySchemeSpec> = {
  app: { type: "http", scheme: "basic", totp: { ...TOTP, password: "{totp}" } },
  appUser: { type: "http", scheme: "basic", totp: { ...TOTP, password: "{totp}:{userId}:{userSecret}" } },
};
const op = (scheme: string, method: OperationSpec["method"] = "GET"): OperationSpec => ({
  method,
  path: "/tokens",
  params: [],
  response: { accept: "application/json" },
  security: [[scheme]],
});

function credentials(header: string | undefined): string[] {
  return Buffer.from((header ?? "").replace(/^Basic /, ""), "base64")
    .toString("utf8")
    .split(":");
}

/** What a TOTP server does: accept the code of the current step (or the one before/after), else 401 with its Date. */
async function acceptsCode(code: string | undefined, atMs: number): Promise<boolean> {
  const key = decodeBase32(SECRET);
  for (const step of [-1, 0, 1]) if ((await generateTotp(key, atMs + step * 30_000, TOTP)) === code) return true;
  return false;
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  server.handle(async (_req, res, recorded) => {
    const [, code] = credentials(recorded.headers.authorization);
    if (await acceptsCode(code, Date.now())) sendJson(res, 200, { ok: true });
    else sendJson(res, 401, { type: "invalid_credentials", message: "bad one-time password" });
  });
});

describe("the password on the wire", () => {
  it("is the template filled with the code for the client's time and the configured values", async () => {
    const at = Date.UTC(2024, 0, 1, 12, 0, 10);
    server.handle((_req, res) => sendJson(res, 200, {}));
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: {
        appUser: {
          username: "app-1",
          secret: SECRET,
          values: { userId: "u-7", userSecret: async () => "s3cr3t-user" },
          now: () => at,
        },
      },
    });
    await client.request(op("appUser"));
    const want = await generateTotp(decodeBase32(SECRET), at, TOTP);
    expect(credentials(server.last().headers.authorization)).toEqual(["app-1", want, "u-7", "s3cr3t-user"]);
    expect(want).toMatch(/^\d{8}$/);
  });

  it("takes the secret as raw bytes too, and makes a fresh code for every attempt", async () => {
    let now = Date.UTC(2024, 0, 1, 12, 0, 10);
    server.handle((_req, res) => sendJson(res, 200, {}));
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { app: { username: "app-1", secret: decodeBase32(SECRET), now: () => now } },
    });
    await client.request(op("app"));
    now += 30_000;
    await client.request(op("app"));
    const [first, second] = server.requests.map((r) => credentials(r.headers.authorization)[1]);
    expect(first).toBe(await generateTotp(decodeBase32(SECRET), now - 30_000, TOTP));
    expect(second).toBe(await generateTotp(decodeBase32(SECRET), now, TOTP));
    expect(first).not.toBe(second);
  });
});

describe("clock skew", () => {
  it("adopts the server's Date after a 401 and sends the call once more; later calls use it at once", async () => {
    const behind = () => Date.now() - 5 * 60_000;
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { app: { username: "app-1", secret: SECRET, now: behind } },
    });
    await expect(client.request(op("app", "POST"))).resolves.toEqual({ ok: true });
    expect(server.requests.map((r) => r.method)).toEqual(["POST", "POST"]);
    const [late, fixed] = server.requests.map((r) => credentials(r.headers.authorization)[1]);
    expect(late).not.toBe(fixed);
    await client.request(op("app"));
    expect(server.requests).toHaveLength(3);
  });

  it("leaves a 401 alone when the server's clock agrees (wrong secret): one request, AuthenticationError", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { app: { username: "app-1", secret: "MFRGGZDFMZTWQ2LK" } },
    });
    const error = await client.request(op("app")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, body: { type: "invalid_credentials" } });
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry without a usable Date header", async () => {
    const fetchWithoutDate = async (input: string, init: RequestInit): Promise<Response> => {
      const response = await fetch(input, init);
      const headers = new Headers(response.headers);
      headers.delete("date");
      return new Response(response.body, { status: response.status, headers });
    };
    const client = new ApiClient({
      baseUrl: server.url,
      fetch: fetchWithoutDate,
      securitySchemes: schemes,
      auth: { app: { username: "a", secret: SECRET, now: () => 0 } },
    });
    await expect(client.request(op("app"))).rejects.toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("configuration and secrecy", () => {
  it.each([
    [{ username: "a", secret: SECRET }, "auth.appUser.values.userId is missing"],
    [{ username: "a", secret: SECRET, values: { userId: "u" } }, "auth.appUser.values.userSecret is missing"],
    [{ username: "a" }, "auth.appUser must be { username, secret, values } (HTTP basic with a TOTP password)"],
  ])("rejects %j", (config, message) => {
    expect(
      () => new ApiClient({ baseUrl: server.url, securitySchemes: schemes, auth: { appUser: config as never } }),
    ).toThrow(new ApiRequestError(message));
  });

  it("rejects a secret that is not base32 when the call is made", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { app: { username: "a", secret: "not base32!" } },
    });
    await expect(client.request(op("app"))).rejects.toThrow(/base32/);
    expect(server.requests).toHaveLength(0);
  });

  it("keeps the secret, the values and the credentials out of errors", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: {
        appUser: {
          username: "app-1",
          secret: "MFRGGZDFMZTWQ2LK",
          values: { userId: "user-1", userSecret: "very-secret-user" },
        },
      },
    });
    server.handle((_req, res, recorded) =>
      sendJson(res, 401, { message: `rejected ${recorded.headers.authorization} with very-secret-user` }),
    );
    const error = await client.request(op("appUser")).catch((e: unknown) => e);
    const header = server.last().headers.authorization!;
    const shown = `${String(error)} ${JSON.stringify(error)} ${inspect(error)}`;
    for (const secret of ["MFRGGZDFMZTWQ2LK", "very-secret-user", header.slice("Basic ".length)])
      expect(shown).not.toContain(secret);
  });
});
