/**
 * Declarative HMAC signing (`SecuritySchemeSpec.hmac`): the string to sign, the date formats, the official Site Stacker
 * test vectors, and the client signing every attempt from `{ keyId, secret }` alone.
 */
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiClient,
  AuthenticationError,
  ApiRequestError,
  type HmacSigningSpec,
  type OperationSpec,
  type SignableRequest,
} from "../../templates/runtime/index.js";
import { formatSigningDate, signRequest, stringToSign } from "../../templates/runtime/hmac-signing.js";
import { sendJson, startServer, type TestServer } from "./test-server.js";

/** Site Stacker's scheme: `Authorization: HMAC <id>:<hex HMAC-SHA256 of VERB\nContent-Type\nDate>`, the date in `ss-date`. */
const SITE_STACKER: HmacSigningSpec = {
  algorithm: "hmac-sha256",
  encoding: "hex",
  stringToSign: ["method", { header: "content-type" }, "date"],
  date: { header: "ss-date", format: "rfc2822" },
  header: "Authorization",
  value: "HMAC {keyId}:{signature}",
};

/** The official test vectors of the Site Stacker API authentication guide. */
const VECTORS = {
  keyId: "1qxji41u",
  secret: "432e72e606029aa9d901bdab2c39445d944cb6ac",
  date: "Tue, 27 Mar 2007 19:36:42 +0000",
  get: "03d552095b8d8b0709022c338f78da7454a0868400353a6636bcb69a5218f978",
  postJson: "e150c6305cb6b64c448c9b367c245670fcd734953f90e6e382174a5b5102f431",
};
const VECTOR_TIME = Date.UTC(2007, 2, 27, 19, 36, 42);

const request = (
  method: string,
  headers: Record<string, string> = {},
  body?: string,
  url = "https://example.org/api/people?search=%7B%7D",
): SignableRequest => ({
  method,
  url,
  headers,
  body: body === undefined ? undefined : new TextEncoder().encode(body),
});

describe("the official Site Stacker test vectors", () => {
  it("GET without a content type signs `GET\\n\\n<date>`", async () => {
    const signed = await signRequest(SITE_STACKER, VECTORS, request("GET"), VECTOR_TIME);
    expect(new TextDecoder().decode(stringToSign(SITE_STACKER, request("GET"), VECTORS.date))).toBe(
      `GET\n\n${VECTORS.date}`,
    );
    expect(signed).toEqual({ "ss-date": VECTORS.date, authorization: `HMAC 1qxji41u:${VECTORS.get}` });
  });

  it("POST application/json signs `POST\\napplication/json\\n<date>`; body, path and query are not signed", async () => {
    const one = await signRequest(
      SITE_STACKER,
      VECTORS,
      request("POST", { "content-type": "application/json" }, '{"a":1}'),
      VECTOR_TIME,
    );
    const other = await signRequest(
      SITE_STACKER,
      VECTORS,
      request("POST", { "content-type": "application/json" }, '{"b":2}', "https://x.example/other"),
      VECTOR_TIME,
    );
    expect(one["authorization"]).toBe(`HMAC 1qxji41u:${VECTORS.postJson}`);
    expect(other).toEqual(one);
  });
});

describe("string to sign and encodings", () => {
  const ALL: HmacSigningSpec = {
    algorithm: "hmac-sha1",
    encoding: "base64",
    stringToSign: ["method", "path", "query", "date", "body", { header: "X-Custom" }],
    separator: "|",
    date: { header: "X-Date", format: "epoch-seconds" },
    header: "X-Signature",
    value: "{keyId}/{signature}",
  };

  it("joins every part kind with the separator and encodes the MAC as the spec says", async () => {
    const req = request("post", { "x-custom": "c-1" }, "héllo", "https://a.example/v1/things?b=2&a=1");
    const signed = await signRequest(ALL, { keyId: "k", secret: "s" }, req, VECTOR_TIME);
    const text = "POST|/v1/things|b=2&a=1|1175024202|héllo|c-1";
    expect(signed).toEqual({
      "x-date": "1175024202",
      "x-signature": `k/${createHmac("sha1", "s").update(text).digest("base64")}`,
    });
  });

  it("writes dates in every format", () => {
    const at = Date.UTC(2024, 0, 5, 3, 4, 5, 678);
    expect(["http-date", "rfc2822", "iso8601", "epoch-seconds"].map((f) => formatSigningDate(at, f as never))).toEqual([
      "Fri, 05 Jan 2024 03:04:05 GMT",
      "Fri, 05 Jan 2024 03:04:05 +0000",
      "2024-01-05T03:04:05Z",
      "1704423845",
    ]);
  });

  it("uses the request's Date header when the spec sets no date header", async () => {
    const { date: _date, ...spec } = SITE_STACKER;
    const signed = await signRequest(spec, VECTORS, request("GET", { date: VECTORS.date }), 0);
    expect(signed).toEqual({ authorization: `HMAC 1qxji41u:${VECTORS.get}` });
  });
});

describe("a client configured with { keyId, secret }", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  const op = (method: "GET" | "POST"): OperationSpec => ({
    method,
    path: "/people",
    params: [],
    response: { accept: "application/json; version=1" },
    security: [["hmac"]],
    ...(method === "POST"
      ? {
          body: {
            required: true,
            from: "spread" as const,
            variants: [{ mediaType: "application/json", encoding: "json" as const }],
          },
        }
      : {}),
  });
  const make = (auth: Record<string, unknown>, maxRetries = 0): ApiClient =>
    new ApiClient({
      baseUrl: `${server.url}/api`,
      securitySchemes: { hmac: { type: "signature", hmac: SITE_STACKER } },
      auth: { hmac: auth as never },
      maxRetries,
    });

  /** What the server computes from what it received. */
  const expected = (
    headers: Record<string, string | string[] | undefined>,
    method: string,
    secret = VECTORS.secret,
  ): string =>
    `HMAC ${VECTORS.keyId}:${createHmac("sha256", secret)
      .update(`${method}\n${String(headers["content-type"] ?? "")}\n${String(headers["ss-date"])}`)
      .digest("hex")}`;

  it("signs GET and POST with the official vectors' key at the vectors' time", async () => {
    const client = make({ keyId: VECTORS.keyId, secret: VECTORS.secret, now: () => VECTOR_TIME });
    await client.request(op("GET"));
    await client.request(op("POST"), { name: "x" });
    expect(
      server.requests.map((r) => [r.headers["ss-date"], r.headers["content-type"], r.headers.authorization]),
    ).toEqual([
      [VECTORS.date, undefined, `HMAC 1qxji41u:${VECTORS.get}`],
      [VECTORS.date, "application/json", `HMAC 1qxji41u:${VECTORS.postJson}`],
    ]);
  });

  it("signs each attempt with the time it is sent, and keeps the secret out of errors", async () => {
    let now = VECTOR_TIME;
    server.handle((req, res) =>
      server.requests.length === 1
        ? sendJson(res, 503, { message: "busy" }, { "retry-after": "0" })
        : sendJson(res, 200, { seen: req.headers.authorization }),
    );
    const client = make({ keyId: VECTORS.keyId, secret: async () => VECTORS.secret, now: () => (now += 1000) }, 1);
    await client.request(op("GET"));
    const [first, second] = server.requests;
    expect(first!.headers["ss-date"]).not.toBe(second!.headers["ss-date"]);
    for (const r of server.requests) expect(r.headers.authorization).toBe(expected(r.headers, "GET"));
    server.handle((_req, res) => sendJson(res, 400, { message: `bad ${VECTORS.secret}` }));
    const error = await Promise.resolve(client.request(op("GET"))).catch((e: unknown) => e);
    expect(JSON.stringify(error) + String(error)).not.toContain(VECTORS.secret);
  });

  it("adopts the server's clock once after a 401 when it is more than 30 s away, and signs again", async () => {
    const serverTime = Date.UTC(2024, 5, 1, 12, 0, 0);
    server.handle((req, res) => {
      const skew = Math.abs(Date.parse(String(req.headers["ss-date"])) - serverTime);
      if (skew > 5 * 60_000)
        return sendJson(res, 401, { message: "RequestTimeTooSkewed" }, { date: new Date(serverTime).toUTCString() });
      sendJson(res, 200, { ok: true }, { date: new Date(serverTime).toUTCString() });
    });
    const client = make({ keyId: "k", secret: "s", now: () => serverTime - 3_600_000 });
    expect(await client.request(op("GET"))).toEqual({ ok: true });
    expect(server.requests.map((r) => r.headers["ss-date"])).toEqual([
      "Sat, 01 Jun 2024 11:00:00 +0000",
      "Sat, 01 Jun 2024 12:00:00 +0000",
    ]);
    await client.request(op("GET"));
    expect(server.requests).toHaveLength(3);
  });

  it("does not resend after a 401 when the clocks agree (a wrong secret stays a 401)", async () => {
    server.handle((_req, res) =>
      sendJson(res, 401, { message: "Invalid signature" }, { date: new Date().toUTCString() }),
    );
    const client = make({ keyId: "k", secret: "wrong" });
    await expect(Promise.resolve(client.request(op("GET")))).rejects.toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(1);
  });

  it("still takes a signing hook, and rejects a configuration without keyId", async () => {
    const client = make({ sign: () => ({ authorization: "HMAC hook:sig" }) });
    await client.request(op("GET"));
    expect(server.last().headers.authorization).toBe("HMAC hook:sig");
    expect(() => make({ secret: "s" })).toThrow(ApiRequestError);
    expect(() => make({ secret: "s" })).toThrow("auth.hmac must be { keyId, secret }");
  });
});
