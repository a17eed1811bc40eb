import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiClient,
  ApiRequestError,
  type OperationSpec,
  type SecuritySchemeSpec,
  type SignableRequest,
} from "../../templates/runtime/index.js";
import { sendJson, startServer, type TestServer } from "./test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const schemes: Record<string, SecuritySchemeSpec> = {
  bearer: { type: "http", scheme: "bearer" },
  basic: { type: "http", scheme: "basic" },
  headerKey: { type: "apiKey", in: "header", name: "X-Api-Key" },
  queryKey: { type: "apiKey", in: "query", name: "api_key" },
  cookieKey: { type: "apiKey", in: "cookie", name: "sid" },
  hmac: { type: "signature" },
  tls: { type: "mutualTLS" },
};

function getOp(security: OperationSpec["security"]): OperationSpec {
  return {
    method: "GET",
    path: "/things",
    params: [{ name: "q", key: "q", in: "query", style: "form", explode: true }],
    response: { accept: "application/json" },
    ...(security === undefined ? {} : { security }),
  };
}

describe("credentials per scheme kind, as sent on the wire", () => {
  it("bearer with a static token", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { bearer: { token: "tok-static-1" } },
    });
    await client.request(getOp([["bearer"]]), {});
    expect(server.last().headers.authorization).toBe("Bearer tok-static-1");
  });

  it("bearer with an async provider, asked on every request", async () => {
    let n = 0;
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { bearer: { token: async () => `tok-dyn-${++n}` } },
    });
    await client.request(getOp([["bearer"]]), {});
    await client.request(getOp([["bearer"]]), {});
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer tok-dyn-1", "Bearer tok-dyn-2"]);
  });

  it("basic as base64 of UTF-8 username:password", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { basic: { username: "zoë", password: "pä:ss" } },
    });
    await client.request(getOp([["basic"]]), {});
    expect(server.last().headers.authorization).toBe(`Basic ${Buffer.from("zoë:pä:ss", "utf8").toString("base64")}`);
  });

  it("API key in a header", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { headerKey: { key: "hk-123456" } },
    });
    await client.request(getOp([["headerKey"]]), {});
    expect(server.last().headers["x-api-key"]).toBe("hk-123456");
  });

  it("API key in the query, percent-encoded, next to the operation's own parameters", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { queryKey: { key: "a b&c=d" } },
    });
    await client.request(getOp([["queryKey"]]), { q: "x y" });
    expect(server.last().url).toBe("/things?q=x%20y&api_key=a%20b%26c%3Dd");
  });

  it("API key in a cookie, appended to cookies already set", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      headers: { cookie: "theme=dark" },
      securitySchemes: schemes,
      auth: { cookieKey: { key: "ck;9=1" } },
    });
    await client.request(getOp([["cookieKey"]]), {});
    expect(server.last().headers.cookie).toBe("theme=dark; sid=ck%3B9%3D1");
  });

  it("applies every scheme of an alternative together", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { headerKey: { key: "hk-both" }, queryKey: { key: "qk-both" } },
    });
    await client.request(getOp([["headerKey", "queryKey"]]), {});
    expect(server.last().headers["x-api-key"]).toBe("hk-both");
    expect(server.last().url).toBe("/things?api_key=qk-both");
  });

  it("a mutualTLS scheme counts as configured and adds nothing", async () => {
    const client = new ApiClient({ baseUrl: server.url, securitySchemes: schemes, auth: { tls: { mutualTls: true } } });
    await client.request(getOp([["tls"]]), {});
    expect(server.last().headers.authorization).toBeUndefined();
  });
});

describe("choosing among security alternatives", () => {
  it("takes the first alternative whose schemes are all configured", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { headerKey: { key: "hk-alt" } },
    });
    await client.request(getOp([["bearer"], ["headerKey"]]), {});
    expect(server.last().headers.authorization).toBeUndefined();
    expect(server.last().headers["x-api-key"]).toBe("hk-alt");
  });

  it("sends credentials for optional auth when configured, and none when not", async () => {
    const withAuth = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { bearer: { token: "tok-opt" } },
    });
    await withAuth.request(getOp([[], ["bearer"]]), {});
    expect(server.last().headers.authorization).toBe("Bearer tok-opt");
    const without = new ApiClient({ baseUrl: server.url, securitySchemes: schemes });
    await without.request(getOp([[], ["bearer"]]), {});
    expect(server.last().headers.authorization).toBeUndefined();
  });

  it("refuses to send when required auth is not configured, naming the options", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { basic: { username: "u", password: "p" } },
    });
    const error = await client.request(getOp([["bearer"], ["headerKey", "queryKey"]]), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as Error).message).toContain("configure auth.bearer or auth.headerKey + auth.queryKey");
    expect(server.requests).toHaveLength(0);
  });

  it("sends nothing for operations without security requirements", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: { bearer: { token: "tok-none" } },
    });
    await client.request(getOp(undefined), {});
    expect(server.last().headers.authorization).toBeUndefined();
  });

  it.each([
    [{ nope: { token: "x" } }, "auth.nope: the API has no security scheme"],
    [{ bearer: { key: "x" } }, "auth.bearer must be { token }"],
    [{ basic: { token: "x" } }, "auth.basic must be { username, password }"],
    [{ headerKey: { token: "x" } }, "auth.headerKey must be { key }"],
    [{ hmac: { token: "x" } }, "auth.hmac must be { sign }"],
  ])("rejects a misconfigured auth option %j at construction", (auth, message) => {
    expect(() => new ApiClient({ baseUrl: server.url, securitySchemes: schemes, auth: auth as never })).toThrow(
      message,
    );
  });

  it("turns a failing token provider into ApiRequestError without sending", async () => {
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: {
        bearer: {
          token: () => {
            throw new Error("vault offline");
          },
        },
      },
    });
    const error = await client.request(getOp([["bearer"]]), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as Error).message).toContain("vault offline");
    expect(server.requests).toHaveLength(0);
  });
});

describe("request signing hook", () => {
  const accessKeyId = "1qxji41u";
  const secretKey = "432e72e606029aa9d901bdab2c39445d944cb6ac";

  /** Site Stacker's scheme: HMAC-SHA256 over "VERB\nContent-Type\nDate", in `Authorization: HMAC id:sig`, date in `ss-date`. */
  async function siteStackerSign(request: SignableRequest, date: string): Promise<Record<string, string>> {
    const key = await crypto.subtle.importKey(
      "raw",
      new TextEncoder().encode(secretKey),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
    const toSign = `${request.method}\n${request.headers["content-type"] ?? ""}\n${date}`;
    const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(toSign)));
    return { authorization: `HMAC ${accessKeyId}:${Buffer.from(mac).toString("hex")}`, "ss-date": date };
  }

  const putOp: OperationSpec = {
    method: "PUT",
    path: "/things/{id}",
    params: [{ name: "id", key: "id", in: "path", style: "simple", explode: false, required: true }],
    body: { required: true, from: { key: "body" }, variants: [{ mediaType: "application/json", encoding: "json" }] },
    response: { accept: "application/json" },
    security: [["hmac", "headerKey"]],
    idempotencyHeader: "X-Idem",
  };

  it("computes the Site Stacker HMAC over the final headers; the server sees the same signature", async () => {
    const date = "Tue, 27 Mar 2007 19:36:42 +0000";
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: {
        hmac: { sign: (request) => siteStackerSign(request, date), secrets: [secretKey] },
        headerKey: { key: "hk-sign" },
      },
    });
    await client.request(putOp, { id: 7, body: { name: "x" } });
    const expected = createHmac("sha256", secretKey).update(`PUT\napplication/json\n${date}`).digest("hex");
    expect(server.last().headers.authorization).toBe(`HMAC ${accessKeyId}:${expected}`);
    expect(server.last().headers["ss-date"]).toBe(date);
  });

  it("sees the final method, URL, headers and body bytes; its headers are sent; it runs again for each retry", async () => {
    const seen: SignableRequest[] = [];
    let calls = 0;
    server.handle((_req, res) =>
      ++calls === 1 ? sendJson(res, 503, {}, { "retry-after": "0" }) : sendJson(res, 200, { ok: true }),
    );
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: {
        headerKey: { key: "hk-sign" },
        hmac: {
          sign: async (request) => {
            seen.push(request);
            const mac = createHmac("sha256", secretKey)
              .update(request.body ?? new Uint8Array())
              .digest("hex");
            return { "x-signature": `${mac}.${seen.length}` };
          },
        },
      },
    });
    await client.request(putOp, { id: 7, body: { name: "é" } }, { idempotencyKey: "idem-1" });
    expect(server.requests).toHaveLength(2);
    const bodyHex = createHmac("sha256", secretKey).update(Buffer.from('{"name":"é"}')).digest("hex");
    expect(server.requests.map((r) => r.headers["x-signature"])).toEqual([`${bodyHex}.1`, `${bodyHex}.2`]);
    expect(seen).toHaveLength(2);
    const first = seen[0]!;
    expect(first.method).toBe("PUT");
    expect(first.url).toBe(`${server.url}/things/7`);
    expect(new TextDecoder().decode(first.body)).toBe('{"name":"é"}');
    expect(first.headers).toMatchObject({
      "content-type": "application/json",
      "x-api-key": "hk-sign",
      "x-idem": "idem-1",
      accept: "application/json",
    });
    expect(server.requests.map((r) => r.body.toString())).toEqual(['{"name":"é"}', '{"name":"é"}']);
  });

  it("signs a streamed body after reading it into bytes once", async () => {
    const op: OperationSpec = {
      ...putOp,
      body: {
        required: true,
        from: { key: "body" },
        variants: [{ mediaType: "application/octet-stream", encoding: "binary" }],
      },
    };
    let signedBody = "";
    const client = new ApiClient({
      baseUrl: server.url,
      securitySchemes: schemes,
      auth: {
        headerKey: { key: "hk-sign" },
        hmac: { sign: (request) => ((signedBody = new TextDecoder().decode(request.body)), { "x-sig": "s1" }) },
      },
    });
    const body = new ReadableStream<Uint8Array>({
      start: (c) => (c.enqueue(new TextEncoder().encode("stream-bytes")), c.close()),
    });
    await client.request(op, { id: 1, body });
    expect(signedBody).toBe("stream-bytes");
    expect(server.last().body.toString()).toBe("stream-bytes");
    expect(server.last().headers["x-sig"]).toBe("s1");
  });
});
