/** The mock itself, spoken to with plain fetch: it must behave as snabble's documentation says, or the scenarios prove nothing. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSnabbleMock, TEST_APP, type SnabbleMock } from "./mock-server.js";
import { totpAt } from "./mock-totp.js";
import { CLIENT_ID, PROJECT } from "./setup.js";

let mock: SnabbleMock;
beforeAll(async () => {
  mock = await startSnabbleMock();
});
afterAll(() => mock.close());

const call = (path: string, init: RequestInit = {}): Promise<Response> =>
  fetch(`${mock.origin}${path}`, { redirect: "manual", ...init });
const bearer = (token: string): HeadersInit => ({ authorization: `Bearer ${token}` });

describe("authentication (api_general.md)", () => {
  it("answers 403 with a structured error without a JWT, with a bad one, and for another project", async () => {
    for (const [headers, type] of [
      [{}, "missing_token"],
      [bearer("a.b.c"), "invalid_token"],
      [bearer(mock.issueJwt("other-xy12ab")), "wrong_project"],
      [bearer(mock.issueJwt(PROJECT, ["ordersRead"])), "permission_denied"],
    ] as const) {
      const response = await call(`/${PROJECT}/shops`, { headers });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ type });
    }
  });

  it("accepts the JWT as Bearer and, deprecated, as Client-Token", async () => {
    const token = mock.issueJwt(PROJECT);
    expect((await call(`/${PROJECT}/shops`, { headers: bearer(token) })).status).toBe(200);
    expect((await call(`/${PROJECT}/shops`, { headers: { "client-token": token } })).status).toBe(200);
  });

  it("checks the app's TOTP against its own clock and answers a wrong one 401 with that clock's Date", async () => {
    mock.advanceClock(3_600_000);
    const basic = (code: string): HeadersInit => ({
      authorization: `Basic ${Buffer.from(`${TEST_APP.id}:${code}`).toString("base64")}`,
      "client-id": CLIENT_ID,
    });
    const stale = await call(`/apps/${TEST_APP.id}/users?project=${PROJECT}`, {
      method: "POST",
      headers: basic(totpAt(TEST_APP.secret, Date.now())),
    });
    expect(stale.status).toBe(401);
    expect(Math.abs(Date.parse(stale.headers.get("date")!) - mock.now())).toBeLessThan(2000);
    expect(await stale.json()).toEqual({
      error: { type: "invalid_credentials", message: "invalid one-time password" },
    });
    const fresh = await call(`/apps/${TEST_APP.id}/users?project=${PROJECT}`, {
      method: "POST",
      headers: basic(totpAt(TEST_APP.secret, mock.now())),
    });
    expect(fresh.status).toBe(200);
    expect(await fresh.json()).toMatchObject({
      appUser: { id: expect.any(String), secret: expect.any(String) },
      token: { token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) },
    });
  });
});

describe("HTTP semantics", () => {
  it("answers 404 for unknown paths and 405 for unsupported methods", async () => {
    const token = mock.issueJwt(PROJECT);
    expect((await call(`/${PROJECT}/nothing`, { headers: bearer(token) })).status).toBe(404);
    expect((await call(`/${PROJECT}/orders`, { method: "DELETE", headers: bearer(token) })).status).toBe(405);
  });

  it("takes products only as the vendor type and PoS patches only as merge patch (415 otherwise)", async () => {
    const token = mock.issueJwt(PROJECT);
    const asJson = await call(`/${PROJECT}/products`, {
      method: "POST",
      headers: { ...bearer(token), "content-type": "application/json" },
      body: '{"sku":"x"}',
    });
    expect(asJson.status).toBe(415);
    mock.stores.get(PROJECT)!.posCheckouts.set("pos-x", { id: "pos-x", state: "pending" });
    const patch = (contentType: string): Promise<Response> =>
      call(`/${PROJECT}/pos/checkout/id/pos-x`, {
        method: "PATCH",
        headers: { ...bearer(token), "content-type": contentType },
        body: '{"state":"processing"}',
      });
    expect((await patch("application/json")).status).toBe(415);
    const merged = await patch("application/merge-patch+json");
    expect(merged.status).toBe(200);
    expect(await merged.json()).toMatchObject({ id: "pos-x", state: "processing" });
  });

  it("streams the product list as vendor NDJSON", async () => {
    const response = await call(`/${PROJECT}/products`, { headers: bearer(mock.issueJwt(PROJECT)) });
    expect(response.headers.get("content-type")).toBe("application/vnd.snabble.product.v2+x-ndjson");
    expect(response.headers.get("transfer-encoding")).toBe("chunked");
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { sku: string });
    expect(lines.map((l) => l.sku)).toEqual([...mock.stores.get(PROJECT)!.products.keys()]);
  });

  it("redirects closing log downloads to another host", async () => {
    const response = await call(`/${PROJECT}/closings/logs/101`, { headers: bearer(mock.issueJwt(PROJECT)) });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(
      `${mock.storageOrigin}/exports/${PROJECT}/101.csv?signature=mock-101`,
    );
  });
});
