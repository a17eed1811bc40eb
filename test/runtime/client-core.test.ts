import { describe, expect, it } from "vitest";
import {
  ApiClientCore,
  ApiRequestError,
  createAuth,
  encodeForm,
  encodeJson,
  HTML_ERROR_TEXT,
  InternalServerError,
  NDJSON_DECODING,
  paginate,
  SINGLE_ITEM_ARRAYS,
  type FetchLike,
  type OperationSpec,
} from "../../templates/runtime/index.js";
import { sendJson } from "./test-server.js";
import { countTimers, responseOp, THINGS_GET, THINGS_POST, uploadOp, useTestServer } from "./shared-setup.js";

const server = useTestServer();

const SECURED: OperationSpec = { ...THINGS_GET, security: [["key"]] };
const KEY_SCHEME = { key: { type: "apiKey", in: "header", name: "X-Key" } } as const;

describe("ApiClientCore without features", () => {
  it("sends JSON calls like ApiClient", async () => {
    server.handle((_req, res) => sendJson(res, 201, { id: 7 }));
    const client = new ApiClientCore({ baseUrl: server.url });
    expect(await client.request(THINGS_POST, { name: "a" })).toEqual({ id: 7 });
    expect(server.last().headers["content-type"]).toBe("application/json");
    expect(JSON.parse(server.last().body.toString())).toEqual({ name: "a" });
  });

  it("refuses credentials and operations that require them (no auth feature means no schemes)", async () => {
    expect(() => new ApiClientCore({ baseUrl: server.url, auth: { key: { key: "k" } } })).toThrow(
      /auth\.key: the API has no security scheme/,
    );
    const client = new ApiClientCore({ baseUrl: server.url });
    await expect(client.request(SECURED, {})).rejects.toThrow(ApiRequestError);
    await expect(client.request({ ...THINGS_GET, security: [["key"], []] }, {})).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(1);
    expect(() => client.oauth2Setup("oauth")).toThrow(ApiRequestError);
  });

  it("rejects a body whose encoder it was not given, before sending", async () => {
    const client = new ApiClientCore({ baseUrl: server.url });
    const op = uploadOp({ encoding: "form", mediaType: "application/x-www-form-urlencoded" });
    await expect(client.request(op, { id: 1, body: { a: "1" } })).rejects.toThrow(/no form body encoder/);
    expect(server.requests).toHaveLength(0);
  });

  it("hands an NDJSON body over as a stream without the NDJSON feature", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.end('{"a":1}\n');
    });
    const data = await new ApiClientCore({ baseUrl: server.url }).request(
      responseOp({ accept: "application/x-ndjson" }),
      {},
    );
    expect(data).toBeInstanceOf(ReadableStream);
    expect(await new Response(data as ReadableStream).text()).toBe('{"a":1}\n');
  });

  it("passes no signal to fetch and starts no timer when there is no timeout and no caller signal", async () => {
    const inits: RequestInit[] = [];
    const spy: FetchLike = (input, init) => {
      inits.push(init);
      return fetch(input, init);
    };
    const before = countTimers();
    const client = new ApiClientCore({ baseUrl: server.url, fetch: spy, timeout: Infinity });
    const pending = client.request(THINGS_GET, {});
    expect(countTimers()).toBe(before);
    expect(await pending).toEqual({ ok: true });
    expect(inits[0]?.signal).toBeUndefined();
    const controller = new AbortController();
    await client.request(THINGS_GET, {}, { signal: controller.signal });
    expect(inits[1]?.signal).toBe(controller.signal);
    await new ApiClientCore({ baseUrl: server.url, fetch: spy }).request(THINGS_GET, {});
    expect(inits[2]?.signal).toBeInstanceOf(AbortSignal);
  });
});

describe("ApiClientCore with features", () => {
  it("applies the auth feature's credentials", async () => {
    const client = new ApiClientCore(
      { baseUrl: server.url, securitySchemes: KEY_SCHEME, auth: { key: { key: "secret-key" } } },
      { auth: createAuth },
    );
    await client.request(SECURED, {});
    expect(server.last().headers["x-key"]).toBe("secret-key");
  });

  it("encodes with the encoders it was given", async () => {
    const client = new ApiClientCore({ baseUrl: server.url }, { bodyEncoders: { json: encodeJson, form: encodeForm } });
    await client.request(uploadOp({ encoding: "form", mediaType: "application/x-www-form-urlencoded" }), {
      id: 1,
      body: { a: "1 2" },
    });
    expect(server.last().body.toString()).toBe("a=1%202");
  });

  it("decodes NDJSON, HTML error text and single-item arrays with the decoding features", async () => {
    const decoding = { ...NDJSON_DECODING, ...HTML_ERROR_TEXT, ...SINGLE_ITEM_ARRAYS };
    const client = new ApiClientCore({ baseUrl: server.url }, { decoding });
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.end('{"a":1}\n{"a":2}\n');
    });
    const items: unknown[] = [];
    for await (const item of (await client.request(
      responseOp({ accept: "application/x-ndjson" }),
      {},
    )) as AsyncIterable<unknown>)
      items.push(item);
    expect(items).toEqual([{ a: 1 }, { a: 2 }]);
    server.handle((_req, res) => sendJson(res, 200, { tags: "one" }));
    expect(
      await client.request(
        responseOp({ accept: "application/json", jsonArrays: { properties: { tags: { array: true } } } }),
        {},
      ),
    ).toEqual({ tags: ["one"] });
    server.handle((_req, res) => {
      res.writeHead(500, { "content-type": "text/html" });
      res.end("<html><body><p>Broken &amp; down</p></body></html>");
    });
    const error = await client
      .request(responseOp({ accept: "application/json", errorText: true }), {}, { maxRetries: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).body).toBe("Broken & down");
  });

  it("paginates through the free function", async () => {
    server.handle((req, res) =>
      sendJson(
        res,
        200,
        req.url?.includes("page=2")
          ? { results: [3], next: null }
          : { results: [1, 2], next: `${server.url}/things?page=2` },
      ),
    );
    const op: OperationSpec = { ...THINGS_GET, pagination: { style: "next-link", items: ["results"], next: ["next"] } };
    const items: unknown[] = [];
    for await (const item of paginate(new ApiClientCore({ baseUrl: server.url }), op, {})) items.push(item);
    expect(items).toEqual([1, 2, 3]);
  });
});
