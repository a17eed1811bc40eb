/** Tokens: the documented application-token endpoint and the standard one, caching, renewal at expiry and after a 401. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiAuthError } from "../../../generated/sidefx/src/index.js";
import { NO_EULA_CLIENT, TEST_CLIENT } from "./mock-server.js";
import { sideFxClient, useSideFxMock } from "./setup.js";

const BASIC = `Basic ${Buffer.from(`${TEST_CLIENT.clientId}:${TEST_CLIENT.clientSecret}`).toString("base64")}`;

const mock = useSideFxMock();
afterEach(() => {
  vi.useRealTimers();
});

function lines(): string[] {
  return mock().requests.map((r) => `${r.method} ${r.url} ${r.headers.authorization ?? "-"}`);
}

describe("getting a token", () => {
  it("posts Basic credentials and an empty body to /oauth2/application_token, then calls with the bearer token", async () => {
    const sidefx = sideFxClient(mock());
    const builds = await sidefx.download.getDailyBuildsList({ product: "docker" });
    expect(builds.map((b) => b.build)).toEqual(["101"]);
    const token = `token-${mock().tokens.issued}`;
    expect(lines()).toEqual([`POST /oauth2/application_token ${BASIC}`, `POST /api/ Bearer ${token}`]);
    expect(mock().requests[0]!.body.toString()).toBe("");
  });

  it("sends grant_type=client_credentials to the standard /oauth2/token endpoint", async () => {
    const sidefx = sideFxClient(mock(), { scheme: "clientCredentials" });
    await sidefx.license.getNonCommercialLicense({
      serverName: "render-node-01",
      serverCode: "1a2b3c4d",
      products: "HOUDINI-NC",
    });
    expect(lines()[0]).toBe(`POST /oauth2/token ${BASIC}`);
    expect(mock().requests[0]!.body.toString()).toBe("grant_type=client_credentials");
    expect(mock().requests[0]!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
  });

  it("reuses the token while it is valid", async () => {
    const sidefx = sideFxClient(mock());
    await sidefx.download.getDailyBuildsList({ product: "houdini" });
    await sidefx.download.getDailyBuildsList({ product: "docker" });
    expect(mock().requests.filter((r) => r.url.startsWith("/oauth2/"))).toHaveLength(1);
    expect(
      new Set(
        mock()
          .apiCalls()
          .map((r) => r.headers.authorization),
      ).size,
    ).toBe(1);
  });

  it("reports wrong credentials as ApiAuthError with the status and the server's text, without the secret", async () => {
    const sidefx = sideFxClient(mock(), { credentials: { ...NO_EULA_CLIENT, clientSecret: "wrong-secret" } });
    const error = await sidefx.download.getDailyBuildsList({ product: "houdini" }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiAuthError);
    expect((error as ApiAuthError).status).toBe(401);
    expect((error as ApiAuthError).message).toContain("Invalid client credentials.");
    expect(JSON.stringify(error)).not.toContain("wrong-secret");
    expect(mock().apiCalls()).toHaveLength(0);
  });
});

describe("renewing a token", () => {
  it("fetches a new token once expires_in (minus the margin) has passed, before the call", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    mock().tokens.expiresIn = 600;
    const sidefx = sideFxClient(mock());
    await sidefx.download.getDailyBuildsList({ product: "docker" });
    vi.setSystemTime(Date.now() + 550_000); // within the 60 s margin of the 600 s token: renewed ahead of expiry
    await sidefx.download.getDailyBuildsList({ product: "docker" });
    vi.setSystemTime(Date.now() + 601_000); // past the second token's expiry
    await sidefx.download.getDailyBuildsList({ product: "docker" });
    const first = mock().tokens.issued - 2;
    expect(lines().map((l) => l.replace(BASIC, "basic"))).toEqual([
      "POST /oauth2/application_token basic",
      `POST /api/ Bearer token-${first}`,
      "POST /oauth2/application_token basic",
      `POST /api/ Bearer token-${first + 1}`,
      "POST /oauth2/application_token basic",
      `POST /api/ Bearer token-${first + 2}`,
    ]);
  });

  it("keeps the token until the margin before expiry", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    mock().tokens.expiresIn = 600;
    const sidefx = sideFxClient(mock());
    await sidefx.download.getDailyBuildsList({ product: "docker" });
    vi.setSystemTime(Date.now() + 500_000);
    await sidefx.download.getDailyBuildsList({ product: "docker" });
    expect(mock().requests.filter((r) => r.url.startsWith("/oauth2/"))).toHaveLength(1);
  });

  it("gets a new token and repeats the call once when the server answers 401 (token revoked or expired early)", async () => {
    const sidefx = sideFxClient(mock());
    await sidefx.download.getDailyBuildsList({ product: "docker" });
    mock().tokens.revokeAll();
    const builds = await sidefx.download.getDailyBuildsList({ product: "docker" });
    expect(builds).toHaveLength(1);
    const issued = mock().tokens.issued;
    expect(lines().map((l) => l.replace(BASIC, "basic"))).toEqual([
      "POST /oauth2/application_token basic",
      `POST /api/ Bearer token-${issued - 1}`,
      `POST /api/ Bearer token-${issued - 1}`,
      "POST /oauth2/application_token basic",
      `POST /api/ Bearer token-${issued}`,
    ]);
  });
});
