import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiClient,
  ApiPaginationError,
  ApiRequestError,
  PagePromise,
  type OperationSpec,
  type PaginationSpec,
  type ParamSpec,
} from "../../templates/runtime/index.js";
import { sendJson, startServer, type TestServer } from "./test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const ITEMS = [1, 2, 3, 4, 5, 6, 7];
const SIZE = 3;
const query = (name: string, key = name): ParamSpec => ({ name, key, in: "query", style: "form", explode: true });

function listOp(pagination: PaginationSpec, params: ParamSpec[] = []): OperationSpec {
  return {
    method: "GET",
    path: "/items/",
    params,
    response: { accept: "application/json" },
    security: [["bearer"]],
    pagination,
  };
}

function client(): ApiClient {
  return new ApiClient({
    baseUrl: `${server.url}/api`,
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    auth: { bearer: { token: "page-tok" } },
    maxRetries: 0,
  });
}

function params(req: IncomingMessage): URLSearchParams {
  return new URL(req.url ?? "/", "http://x").searchParams;
}

function slice(start: number): number[] {
  return ITEMS.slice(start, start + SIZE);
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** One server behaviour per style, serving ITEMS in pages of SIZE. */
const SERVERS: Record<PaginationSpec["style"], Handler> = {
  "next-link": (req, res) => {
    const page = Number(params(req).get("page") ?? "1");
    const next = page * SIZE < ITEMS.length ? `${server.url}/api/items/?page=${page + 1}` : null;
    sendJson(res, 200, { count: ITEMS.length, next, previous: null, results: slice((page - 1) * SIZE) });
  },
  "link-header": (req, res) => {
    const page = Number(params(req).get("p") ?? "1");
    const link =
      page * SIZE < ITEMS.length
        ? { link: `<${server.url}/api/items/?p=1>; rel="first", </api/items/?p=${page + 1}>; rel="next"` }
        : {};
    sendJson(res, 200, slice((page - 1) * SIZE), link);
  },
  page: (req, res) => {
    const page = Number(params(req).get("page"));
    sendJson(res, 200, { data: { results: slice((page - 1) * SIZE) }, total_pages: Math.ceil(ITEMS.length / SIZE) });
  },
  offset: (req, res) => {
    const offset = Number(params(req).get("offset"));
    const limit = Number(params(req).get("limit") ?? "100");
    sendJson(res, 200, { items: ITEMS.slice(offset, offset + Math.min(limit, SIZE)), total: ITEMS.length });
  },
  cursor: (req, res) => {
    const start = Number(params(req).get("cursor") ?? "0");
    const end = start + SIZE;
    sendJson(res, 200, { data: slice(start), meta: { next_cursor: end < ITEMS.length ? String(end) : null } });
  },
  range: (req, res) => {
    const match = /^items=(\d+)-(\d+)$/.exec(String(req.headers.range));
    const start = Number(match?.[1]);
    const end = Math.min(Number(match?.[2]), ITEMS.length - 1);
    sendJson(res, 206, ITEMS.slice(start, end + 1), {
      "content-range": `items ${start}-${end}/${ITEMS.length}`,
      "accept-ranges": "items",
    });
  },
};

const CASES: readonly [PaginationSpec, ParamSpec[], Record<string, unknown>][] = [
  [{ style: "next-link", items: ["results"], next: ["next"] }, [], {}],
  [{ style: "link-header" }, [], {}],
  [{ style: "page", items: ["data", "results"], pageParam: "page", totalPages: ["total_pages"] }, [], {}],
  [
    { style: "offset", items: ["items"], offsetParam: "offset", limitParam: "limit", total: ["total"] },
    [query("limit")],
    { limit: 3 },
  ],
  [
    { style: "cursor", items: ["data"], cursorParam: "cursor", nextCursor: ["meta", "next_cursor"] },
    [query("cursor")],
    {},
  ],
  [{ style: "range", unit: "items", pageSize: SIZE }, [], {}],
];

describe.each(CASES.map(([pagination, declared, args]) => [pagination.style, pagination, declared, args] as const))(
  "style %s",
  (_style, pagination, declared, args) => {
    it("iterates every item across 3 pages, with auth on every page, then stops", async () => {
      server.handle(SERVERS[pagination.style]);
      const seen: unknown[] = [];
      for await (const item of client().paginate<unknown, number>(listOp(pagination, declared), args)) seen.push(item);
      expect(seen).toEqual(ITEMS);
      expect(server.requests).toHaveLength(3);
      expect(server.requests.every((r) => r.headers.authorization === "Bearer page-tok")).toBe(true);
    });

    it(".pages() yields each page's body; awaiting gives the first page", async () => {
      server.handle(SERVERS[pagination.style]);
      const promise = client().paginate<unknown, number>(listOp(pagination, declared), args);
      expect(promise).toBeInstanceOf(PagePromise);
      const pages: unknown[] = [];
      for await (const page of promise.pages()) pages.push(page);
      expect(pages).toHaveLength(3);
      expect(await promise).toEqual(pages[0]);
      expect(server.requests).toHaveLength(3);
    });

    it("an early break stops requesting", async () => {
      server.handle(SERVERS[pagination.style]);
      for await (const item of client().paginate<unknown, number>(listOp(pagination, declared), args))
        if (item === 2) break;
      expect(server.requests).toHaveLength(1);
    });
  },
);

describe("what goes over the wire per style", () => {
  it("page, offset and range requests", async () => {
    for (const [pagination, declared, args] of CASES.slice(2)) {
      server.reset();
      server.handle(SERVERS[pagination.style]);
      await client().paginate(listOp(pagination, declared), args).pages()[Symbol.asyncIterator]().next();
      const first = server.last();
      expect([first.url, first.headers.range]).toEqual(
        {
          page: ["/api/items/?page=1", undefined],
          offset: ["/api/items/?limit=3&offset=0", undefined],
          cursor: ["/api/items/", undefined],
          range: ["/api/items/", "items=0-2"],
        }[pagination.style as "page"],
      );
    }
  });

  it("resolves relative next links against the page URL and keeps query parameters from the link", async () => {
    server.handle(SERVERS["link-header"]);
    await client().paginate(listOp(CASES[1]![0]), {}).pages()[Symbol.asyncIterator]().next();
    for await (const _ of client().paginate(listOp(CASES[1]![0]), {})) void _;
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/items/",
      "/api/items/",
      "/api/items/?p=2",
      "/api/items/?p=3",
    ]);
  });
});

describe("stopping and refusing", () => {
  it("refuses a next link to another origin with ApiPaginationError, after yielding the first page", async () => {
    server.handle((_req, res) => sendJson(res, 200, { results: [1], next: "https://evil.test/api/items/?page=2" }));
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of client().paginate(listOp(CASES[0]![0]), {})) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiPaginationError);
    expect(seen).toEqual([1]);
    expect(server.requests).toHaveLength(1);
  });

  it("stops at a repeated cursor", async () => {
    server.handle((_req, res) => sendJson(res, 200, { data: [1], meta: { next_cursor: "same" } }));
    const seen: unknown[] = [];
    for await (const item of client().paginate(listOp(CASES[4]![0], [query("cursor")]), {})) seen.push(item);
    expect(seen).toEqual([1, 1]);
    expect(server.requests.map((r) => r.url)).toEqual(["/api/items/", "/api/items/?cursor=same"]);
  });

  it("stops at a repeated next link", async () => {
    server.handle((_req, res) => sendJson(res, 200, { results: [1], next: `${server.url}/api/items/?page=2` }));
    const pages: unknown[] = [];
    for await (const page of client().paginate(listOp(CASES[0]![0]), {}).pages()) pages.push(page);
    expect(server.requests).toHaveLength(2);
  });

  it("stops at an empty page when the style has no total (page numbers)", async () => {
    server.handle(SERVERS.page);
    const seen: unknown[] = [];
    for await (const item of client().paginate(
      listOp({ style: "page", items: ["data", "results"], pageParam: "page" }),
      {},
    ))
      seen.push(item);
    expect(seen).toEqual(ITEMS);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/items/?page=1",
      "/api/items/?page=2",
      "/api/items/?page=3",
      "/api/items/?page=4",
    ]);
  });

  it("starts at the caller's page number when given", async () => {
    server.handle(SERVERS.page);
    const seen: unknown[] = [];
    for await (const item of client().paginate(listOp(CASES[2]![0], [query("page")]), { page: 2 })) seen.push(item);
    expect(seen).toEqual([4, 5, 6, 7]);
  });

  it("upgrades an http next link to the https API host (DRF behind a TLS proxy)", async () => {
    const fetch = async (url: string): Promise<Response> => {
      const page = Number(new URL(url).searchParams.get("page") ?? "1");
      return Response.json({ results: [page], next: page < 3 ? `http://api.test/items/?page=${page + 1}` : null });
    };
    const seen: unknown[] = [];
    const { security: _none, ...op } = listOp(CASES[0]![0]);
    for await (const item of new ApiClient({ baseUrl: "https://api.test", fetch }).paginate(op, {})) seen.push(item);
    expect(seen).toEqual([1, 2, 3]);
  });

  it("raises ApiPaginationError past maxPages instead of silently truncating", async () => {
    server.handle(SERVERS["next-link"]);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of client().paginate(listOp(CASES[0]![0]), {}, { maxPages: 2 })) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiPaginationError);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("raises ApiPaginationError when the items are not a list", async () => {
    server.handle((_req, res) => sendJson(res, 200, { results: { not: "a list" } }));
    await expect(client().paginate(listOp(CASES[0]![0]), {})[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(
      ApiPaginationError,
    );
  });

  it("withResponse() gives the first page's Response; no request is made before first use", async () => {
    server.handle(SERVERS.range);
    const promise = client().paginate(listOp(CASES[5]![0]), {});
    expect(server.requests).toHaveLength(0);
    const { data, response } = await promise.withResponse();
    expect(data).toEqual([1, 2, 3]);
    expect(response.status).toBe(206);
  });

  it("refuses operations without pagination", () => {
    expect(() => client().paginate({ method: "GET", path: "/x", params: [], response: {} }, {})).toThrow(
      ApiRequestError,
    );
  });
});
