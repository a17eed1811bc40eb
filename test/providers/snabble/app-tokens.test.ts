/**
 * The app-token flow of snabble's SDKs: HTTP basic with a TOTP of the app secret creates an app user, the app user's
 * credentials (TOTP + id + secret) get tokens, and the token is the JWT of later calls — with the client adopting the
 * server's clock after a 401, as the SDKs do.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  cachedToken,
  PermissionDeniedError,
  Snabble,
} from "../../../generated/snabble/src/index.js";
import { startSnabbleMock, TEST_APP, type SnabbleMock } from "./mock-server.js";
import { acceptsTotp, basicParts } from "./mock-totp.js";
import { CLIENT_ID, PROJECT, wireLines } from "./setup.js";

let mock: SnabbleMock;
beforeAll(async () => {
  mock = await startSnabbleMock();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

const cart = { session: "s-app", shopID: "1", items: [{ id: "line-1", sku: "1", amount: 2 }] };

describe("app users and tokens", () => {
  it("creates an app user with the app's TOTP (correcting a 7-minute clock skew), then works with the app user's tokens", async () => {
    mock.advanceClock(7 * 60_000);
    const app = new Snabble({
      baseUrl: mock.origin,
      project: PROJECT,
      clientId: CLIENT_ID,
      auth: { appCredentials: { username: TEST_APP.id, secret: TEST_APP.secret } },
    });
    const { appUser, token } = await app.appTokens.createAppUser({ appID: TEST_APP.id });

    expect(wireLines(mock.requests)).toEqual([
      `POST /apps/${TEST_APP.id}/users?project=${PROJECT}`,
      `POST /apps/${TEST_APP.id}/users?project=${PROJECT}`,
    ]);
    const [late, corrected] = mock.requests.map((r) => basicParts(r.headers.authorization)!);
    expect(late![0]).toBe(TEST_APP.id);
    expect(late).toHaveLength(2);
    expect(acceptsTotp(TEST_APP.secret, late![1]!, mock.now())).toBe(false);
    expect(acceptsTotp(TEST_APP.secret, corrected![1]!, mock.now())).toBe(true);
    expect(mock.requests.map((r) => [r.headers["client-id"], r.body.length])).toEqual([
      [CLIENT_ID, 0],
      [CLIENT_ID, 0],
    ]);
    expect(token.expiresAt - token.issuedAt).toBe(3600);
    expect(mock.apps.users.get(appUser.id)?.clientId).toBe(CLIENT_ID);

    mock.requests.length = 0;
    const user: Snabble = new Snabble({
      baseUrl: mock.origin,
      project: PROJECT,
      clientId: CLIENT_ID,
      auth: {
        appUserCredentials: {
          username: TEST_APP.id,
          secret: TEST_APP.secret,
          values: { appUserId: appUser.id, appUserSecret: appUser.secret },
        },
        jwt: {
          token: cachedToken({
            fetchToken: async () => {
              const fresh = await user.appTokens.getToken({ role: "retailerApp" });
              return { token: fresh.token, issuedAt: fresh.issuedAt * 1000, expiresAt: fresh.expiresAt * 1000 };
            },
            now: () => mock.now(),
          }),
        },
      },
    });
    const info = await user.checkout.createInfo(cart);
    expect(info.checkoutInfo.price?.price).toBe(2 * 101 + 2 * 25);
    await user.checkout.createInfo(cart);
    expect(wireLines(mock.requests)).toEqual([
      `GET /${PROJECT}/tokens?role=retailerApp`,
      `GET /${PROJECT}/tokens?role=retailerApp`,
      `POST /${PROJECT}/checkout/info`,
      `POST /${PROJECT}/checkout/info`,
    ]);
    const [, tokenCall] = mock.requests;
    expect(basicParts(tokenCall!.headers.authorization)).toEqual([
      TEST_APP.id,
      expect.stringMatching(/^\d{8}$/),
      appUser.id,
      appUser.secret,
    ]);
    const issued = mock.apps.issued.at(-1)!.token;
    expect(mock.requests.slice(2).map((r) => r.headers.authorization)).toEqual([
      `Bearer ${issued}`,
      `Bearer ${issued}`,
    ]);

    mock.requests.length = 0;
    // Half the token's lifetime later the token is renewed; the server's clock has moved on, so the app user's
    // TOTP is corrected once more on the way.
    mock.advanceClock(31 * 60_000);
    await user.checkout.createInfo(cart);
    expect(wireLines(mock.requests)).toEqual([
      `GET /${PROJECT}/tokens?role=retailerApp`,
      `GET /${PROJECT}/tokens?role=retailerApp`,
      `POST /${PROJECT}/checkout/info`,
    ]);
    expect(
      mock.requests
        .slice(0, 2)
        .map((r) => acceptsTotp(TEST_APP.secret, basicParts(r.headers.authorization)![1]!, mock.now())),
    ).toEqual([false, true]);
    expect(mock.requests[2]!.headers.authorization).toBe(`Bearer ${mock.apps.issued.at(-1)!.token}`);
    expect(mock.apps.issued.at(-1)!.token).not.toBe(issued);

    const error = await user.shops.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ body: { type: "permission_denied" } });
  });

  it("a wrong app secret is answered 401 once (the server's clock agrees, so there is nothing to correct)", async () => {
    const app = new Snabble({
      baseUrl: mock.origin,
      project: PROJECT,
      clientId: CLIENT_ID,
      auth: {
        appCredentials: { username: TEST_APP.id, secret: "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U", now: () => mock.now() },
      },
    });
    const outcome = await app.appTokens.createAppUser({ appID: TEST_APP.id }).asResult();
    expect(!outcome.ok && outcome.error).toBeInstanceOf(AuthenticationError);
    expect(!outcome.ok && outcome.error).toMatchObject({
      status: 401,
      body: { error: { type: "invalid_credentials", message: "invalid one-time password" } },
    });
    expect(mock.requests).toHaveLength(1);
    expect(JSON.stringify(!outcome.ok && outcome.error)).not.toContain("MFRGGZDFMZTWQ2LK");
  });

  it("the project and Client-ID of a call win over the client's", async () => {
    const app = new Snabble({
      baseUrl: mock.origin,
      project: PROJECT,
      clientId: CLIENT_ID,
      auth: { appCredentials: { username: TEST_APP.id, secret: TEST_APP.secret, now: () => mock.now() } },
    });
    const created = await app.appTokens.createAppUser({
      appID: TEST_APP.id,
      project: "other-xy12ab",
      "Client-ID": "other-installation",
    });
    expect(mock.requests.at(-1)!.url).toBe(`/apps/${TEST_APP.id}/users?project=other-xy12ab`);
    expect(mock.requests.at(-1)!.headers["client-id"]).toBe("other-installation");
    expect(mock.apps.issued.at(-1)).toMatchObject({ appUserId: created.appUser.id, project: "other-xy12ab" });
  });

  it("the app user's values are required when that scheme is configured", () => {
    expect(
      () =>
        new Snabble({
          project: PROJECT,
          auth: { appUserCredentials: { username: TEST_APP.id, secret: TEST_APP.secret } as never },
        }),
    ).toThrow("auth.appUserCredentials.values.appUserId is missing");
  });
});
