/** `range` pagination in the `dotted` format (`Range: id 0..; max=N`, `Content-Range: id 0..9; max=10, total=25`). */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiClient, parseDottedRange, type OperationSpec, type PaginationSpec } from "../../templates/runtime/index.js";
import { sendJson, startServer, type TestServer } from "./test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const ROWS = Array.from({ length: 25 }, (_, i) => ({ id: String(i + 1) }));

function listOp(pagination: PaginationSpec): OperationSpec {
  return { method: "GET", path: "/people", params: [], response: { accept: "application/json" }, pagination };
}

const client = (): ApiClient => new ApiClient({ baseUrl: `${server.url}/api`, maxRetries: 0 });

/** A server that reads `Range: id <start>..[end]; max=N` as positions, answers 206 while more remain, and reports the total when `total` is set. */
function dottedServer(options: { total?: boolean; status200Always?: boolean; nextRange?: boolean; cap?: number } = {}) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const range = parseDottedRange(String(req.headers.range ?? ""));
    const start = Number(range?.start === "" ? 0 : range?.start);
    const max = Math.min(Number(range?.params.get("max") ?? 100), options.cap ?? 100);
    const rows = ROWS.slice(start, start + max);
    const more = start + rows.length < ROWS.length;
    const params = [`max=${max}`, ...(options.total === false ? [] : [`total=${ROWS.length}`])].join(", ");
    const headers: Record<string, string> = {
      "accept-ranges": "id",
      "content-range": `id ${start}..${start + rows.length - 1}; ${params}`,
    };
    if (options.nextRange === true && more) headers["next-range"] = `id ]${rows.at(-1)!.id}..; max=${max}`;
    sendJson(res, options.status200Always === true || !more ? 200 : 206, rows, headers);
  };
}

const dotted: PaginationSpec = { style: "range", format: "dotted", unit: "id", pageSize: 10 };

async function collect(spec: PaginationSpec = dotted): Promise<string[]> {
  const ids: string[] = [];
  for await (const row of client().paginate<unknown, { id: string }>(listOp(spec), {})) ids.push(row.id);
  return ids;
}

describe("dotted ranges", () => {
  it("asks for positions page after page until the total is reached", async () => {
    server.handle(dottedServer());
    expect(await collect()).toEqual(ROWS.map((r) => r.id));
    expect(server.requests.map((r) => r.headers.range)).toEqual([
      "id 0..; max=10",
      "id 10..; max=10",
      "id 20..; max=10",
    ]);
  });

  it("sends the order when the spec sets one", async () => {
    server.handle(dottedServer());
    await collect({ ...dotted, order: "desc" });
    expect(server.requests[1]!.headers.range).toBe("id 10..; max=10, order=desc");
  });

  it("continues by the total even when the server answers 200, and follows a smaller max the server imposes", async () => {
    server.handle(dottedServer({ status200Always: true, cap: 7 }));
    expect(await collect()).toHaveLength(25);
    expect(server.requests.map((r) => r.headers.range)).toEqual([
      "id 0..; max=10",
      "id 7..; max=10",
      "id 14..; max=10",
      "id 21..; max=10",
    ]);
  });

  it("without a total: continues on 206 with a full page, stops at 200", async () => {
    server.handle(dottedServer({ total: false }));
    expect(await collect()).toHaveLength(25);
    expect(server.requests).toHaveLength(3);
    server.reset();
    server.handle(dottedServer({ total: false, status200Always: true }));
    expect(await collect()).toHaveLength(10);
  });

  it("uses a Next-Range header as it is (Heroku-style servers)", async () => {
    server.handle((req, res) => {
      const range = String(req.headers.range);
      const after = /^id \](\d+)\.\./.exec(range)?.[1];
      const start = after === undefined ? 0 : ROWS.findIndex((r) => r.id === after) + 1;
      const rows = ROWS.slice(start, start + 10);
      const more = start + rows.length < ROWS.length;
      sendJson(res, more ? 206 : 200, rows, {
        "content-range": `id ${rows[0]!.id}..${rows.at(-1)!.id}; max=10`,
        ...(more ? { "next-range": `id ]${rows.at(-1)!.id}..; max=10` } : {}),
      });
    });
    expect(await collect()).toHaveLength(25);
    expect(server.requests.map((r) => r.headers.range)).toEqual([
      "id 0..; max=10",
      "id ]10..; max=10",
      "id ]20..; max=10",
    ]);
  });

  it("stops at an empty page and at a Content-Range of another unit", async () => {
    server.handle((_req, res) => sendJson(res, 206, [], { "content-range": "id 0..; max=10, total=25" }));
    expect(await collect()).toEqual([]);
    server.reset();
    server.handle((_req, res) =>
      sendJson(res, 206, ROWS.slice(0, 10), { "content-range": "name 0..9; max=10, total=25" }),
    );
    expect(await collect()).toHaveLength(10);
    expect(server.requests).toHaveLength(1);
  });

  it("parses dotted ranges with and without bounds and parameters", () => {
    expect(parseDottedRange("id 0..; max=100, total=11, order=asc")).toEqual({
      unit: "id",
      start: "0",
      end: "",
      params: new Map([
        ["max", "100"],
        ["total", "11"],
        ["order", "asc"],
      ]),
    });
    expect(parseDottedRange("name ]abc..xyz")).toMatchObject({ unit: "name", start: "]abc", end: "xyz" });
    expect(parseDottedRange("items=0-9")).toBeUndefined();
    expect(parseDottedRange(null)).toBeUndefined();
  });
});
