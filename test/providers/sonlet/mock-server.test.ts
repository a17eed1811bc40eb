/** The mock itself, driven with plain fetch the way the documentation's Python examples talk to Sonlet. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSonletMock, TEST_APP, type SonletMock } from "./mock-server.js";

let mock: SonletMock;
let bearer: Record<string, string>;
beforeAll(async () => {
  mock = await startSonletMock();
  bearer = { authorization: `Bearer ${mock.issueTokens().access_token}` };
});
afterAll(() => mock.close());

const form = (fields: Record<string, string>): { headers: Record<string, string>; body: string } => ({
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

async function upload(): Promise<number> {
  const body = new FormData();
  body.set("image_full", new File([new Uint8Array([1, 2, 3])], "my_image.png", { type: "image/png" }));
  const response = await fetch(`${mock.apiBase}/images/`, { method: "POST", headers: bearer, body });
  expect(response.status).toBe(201);
  return ((await response.json()) as { pk: number }).pk;
}

describe("API", () => {
  it("creates an item from the documented form post, with data as json.dumps(...)", async () => {
    const imageId = await upload();
    const data = JSON.stringify({ attributes: { Color: "Red", Collection: "Elegant" } });
    const sent = form({ itemchoice_id: "412", size_id: "7", image_id: String(imageId), quantity: "4", data });
    const response = await fetch(`${mock.apiBase}/items/`, {
      method: "POST",
      headers: { ...bearer, ...sent.headers },
      body: sent.body,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      quantity: 4,
      data: { attributes: { Color: "Red" } },
      image: { pk: imageId },
    });
  });

  it("refuses data that is not a string of a JSON object, and missing required fields", async () => {
    const imageId = await upload();
    const post = (body: unknown) =>
      fetch(`${mock.apiBase}/items/`, {
        method: "POST",
        headers: { ...bearer, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const asObject = await post({ itemchoice_id: 412, size_id: 7, image_id: imageId, data: { attributes: {} } });
    expect([asObject.status, await asObject.json()]).toEqual([400, { data: ["Not a valid string."] }]);
    const notJson = await post({ itemchoice_id: 412, size_id: 7, image_id: imageId, data: "Color=Red" });
    expect(await notJson.json()).toEqual({ data: ["Value must be a JSON object encoded as a string."] });
    const missing = await post({ itemchoice_id: 412 });
    expect(await missing.json()).toEqual({
      size_id: ["This field is required."],
      image_id: ["This field is required."],
    });
  });

  it("answers 401 with WWW-Authenticate without a valid token, and redirects paths without a trailing slash first", async () => {
    const anonymous = await fetch(`${mock.apiBase}/items/`);
    expect([anonymous.status, anonymous.headers.get("www-authenticate"), await anonymous.json()]).toEqual([
      401,
      'Bearer realm="api"',
      { detail: "Authentication credentials were not provided." },
    ]);
    expect((await fetch(`${mock.apiBase}/items/`, { headers: { authorization: "Bearer nope" } })).status).toBe(401);
    const slashless = await fetch(`${mock.apiBase}/sizes`, { method: "POST", headers: bearer, redirect: "manual" });
    expect([slashless.status, slashless.headers.get("location")]).toEqual([301, "/api/v2/sizes/"]);
  });
});

describe("OAuth", () => {
  const authorize = (params: Record<string, string>) =>
    fetch(`${mock.origin}/o/authorize/?${new URLSearchParams(params)}`, { redirect: "manual" });
  const token = (fields: Record<string, string>, headers: Record<string, string> = {}) => {
    const sent = form(fields);
    return fetch(`${mock.origin}/o/token/`, {
      method: "POST",
      headers: { ...sent.headers, ...headers },
      body: sent.body,
    });
  };

  it("shows an error instead of redirecting for an unknown client or redirect URI", async () => {
    expect(
      (
        await authorize({
          response_type: "code",
          client_id: "who",
          redirect_uri: "https://app.example/str-cb",
          state: "s",
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await authorize({
          response_type: "code",
          client_id: TEST_APP.clientId,
          redirect_uri: "https://evil.example/cb",
          state: "s",
        })
      ).status,
    ).toBe(400);
  });

  it("exchanges a code once, with the client credentials in the body only, and checks a PKCE verifier", async () => {
    const location = (
      await authorize({
        response_type: "code",
        client_id: TEST_APP.clientId,
        redirect_uri: "https://app.example/str-cb",
        state: "s",
      })
    ).headers.get("location")!;
    const code = new URL(location).searchParams.get("code")!;
    const grant = { grant_type: "authorization_code", code, redirect_uri: "https://app.example/str-cb" };
    const basic = `Basic ${Buffer.from(`${TEST_APP.clientId}:${TEST_APP.clientSecret}`).toString("base64")}`;
    expect((await token(grant, { authorization: basic })).status).toBe(401);
    const ok = await token({ ...grant, client_id: TEST_APP.clientId, client_secret: TEST_APP.clientSecret });
    expect(await ok.json()).toMatchObject({
      token_type: "Bearer",
      expires_in: 1209600,
      refresh_token: expect.any(String),
    });
    expect(
      await (await token({ ...grant, client_id: TEST_APP.clientId, client_secret: TEST_APP.clientSecret })).json(),
    ).toEqual({ error: "invalid_grant" });

    const pkce = await authorize({
      response_type: "code",
      client_id: TEST_APP.clientId,
      redirect_uri: "https://app.example/str-cb",
      state: "s",
      code_challenge: "abc",
      code_challenge_method: "S256",
    });
    const pkceCode = new URL(pkce.headers.get("location")!).searchParams.get("code")!;
    const wrong = await token({
      ...grant,
      code: pkceCode,
      code_verifier: "not-it",
      client_id: TEST_APP.clientId,
      client_secret: TEST_APP.clientSecret,
    });
    expect(wrong.status).toBe(400);
  });
});
