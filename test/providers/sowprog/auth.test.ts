/** OAuth 2 password grant with the application's Basic credentials, the `<OAuth>` XML token response, refresh after a 401, refusals typed. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApiAuthError } from "../../../generated/sowprog/src/index.js";
import { TEST_CREDENTIALS } from "./mock-auth.js";
import { startSowprogMock, type SowprogMock } from "./mock-server.js";
import { sowprogClient, wireLines } from "./setup.js";

let mock: SowprogMock;
beforeEach(async () => {
  mock = await startSowprogMock();
});
afterEach(() => mock.close());

describe("password grant", () => {
  it.each(["xml", "json"] as const)(
    "reads the XML token response and calls with the bearer token (%s client)",
    async (format) => {
      const client = sowprogClient(mock, format);
      const account = await client.account.get();
      expect(account.user!.sowprogId!.id).toBe(5582);
      expect(wireLines(mock)).toEqual(["POST /token 200", "GET /account 200"]);
      const [token, call] = mock.requests;
      expect(token!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      expect(token!.headers.accept).toContain("application/xml");
      expect(mock.tokens.authorized(call!.headers)).toBe(true);
    },
  );

  it("refreshes with the refresh token after a 401 and repeats the call once", async () => {
    const client = sowprogClient(mock, "xml");
    await client.account.get();
    mock.tokens.revokeAccessTokens();
    const again = await client.account.get();
    expect(again.user!.email).toBe("organiser@example.org");
    expect(wireLines(mock)).toEqual([
      "POST /token 200",
      "GET /account 200",
      "GET /account 401",
      "POST /token 200",
      "GET /account 200",
    ]);
    expect(mock.tokens.grants).toEqual(["password", "refresh_token"]);
    expect(new URLSearchParams(mock.requests[3]!.body.toString()).get("grant_type")).toBe("refresh_token");
  });

  it.each([
    ["a wrong user password", { ...TEST_CREDENTIALS, password: "wrong password" }, 400, "invalid_grant"],
    ["a wrong application secret", { ...TEST_CREDENTIALS, clientSecret: "wrong secret" }, 401, "invalid_client"],
  ])(
    "refuses %s with a typed ApiAuthError that names the OAuth error and no secret",
    async (_label, credentials, status, oauthError) => {
      const client = sowprogClient(mock, "xml", {}, credentials);
      const error = await Promise.resolve(client.events.list()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiAuthError);
      expect(error).toMatchObject({ status, oauthError });
      expect(wireLines(mock)).toEqual([`POST /token ${status}`]);
      const text = `${String(error)} ${JSON.stringify(error)}`;
      for (const secret of [credentials.password, credentials.clientSecret]) expect(text).not.toContain(secret);
    },
  );
});
