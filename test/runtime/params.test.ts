import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiClient,
  ApiRequestError,
  type OperationSpec,
  type ParamSpec,
  type ParamStyle,
} from "../../templates/runtime/index.js";
import { startServer, type TestServer } from "./test-server.js";

// The OpenAPI style table (3.1.1 §4.8.12.6 / 3.2 "Style Examples"), values:
const VALUES = {
  string: "blue",
  array: ["blue", "black", "brown"],
  object: { R: 100, G: 200, B: 150 },
} as const;
type Kind = keyof typeof VALUES;

interface Row {
  readonly style: ParamStyle;
  readonly explode: boolean;
  readonly want: Partial<Record<Kind, string>>;
}

const PATH_ROWS: readonly Row[] = [
  {
    style: "matrix",
    explode: false,
    want: { string: ";color=blue", array: ";color=blue,black,brown", object: ";color=R,100,G,200,B,150" },
  },
  {
    style: "matrix",
    explode: true,
    want: { string: ";color=blue", array: ";color=blue;color=black;color=brown", object: ";R=100;G=200;B=150" },
  },
  {
    style: "label",
    explode: false,
    want: { string: ".blue", array: ".blue,black,brown", object: ".R,100,G,200,B,150" },
  },
  {
    style: "label",
    explode: true,
    want: { string: ".blue", array: ".blue.black.brown", object: ".R=100.G=200.B=150" },
  },
  { style: "simple", explode: false, want: { string: "blue", array: "blue,black,brown", object: "R,100,G,200,B,150" } },
  { style: "simple", explode: true, want: { string: "blue", array: "blue,black,brown", object: "R=100,G=200,B=150" } },
];

const QUERY_ROWS: readonly Row[] = [
  {
    style: "form",
    explode: false,
    want: { string: "color=blue", array: "color=blue,black,brown", object: "color=R,100,G,200,B,150" },
  },
  {
    style: "form",
    explode: true,
    want: { string: "color=blue", array: "color=blue&color=black&color=brown", object: "R=100&G=200&B=150" },
  },
  {
    style: "spaceDelimited",
    explode: false,
    want: { array: "color=blue%20black%20brown", object: "color=R%20100%20G%20200%20B%20150" },
  },
  {
    style: "pipeDelimited",
    explode: false,
    want: { array: "color=blue%7Cblack%7Cbrown", object: "color=R%7C100%7CG%7C200%7CB%7C150" },
  },
  { style: "deepObject", explode: true, want: { object: "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150" } },
];

const HEADER_ROWS: readonly Row[] = [
  { style: "simple", explode: false, want: { string: "blue", array: "blue,black,brown", object: "R,100,G,200,B,150" } },
  { style: "simple", explode: true, want: { string: "blue", array: "blue,black,brown", object: "R=100,G=200,B=150" } },
];

let server: TestServer;
let client: ApiClient;
beforeAll(async () => {
  server = await startServer();
  client = new ApiClient({ baseUrl: server.url, maxRetries: 0 });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function op(path: string, params: ParamSpec[]): OperationSpec {
  return { method: "GET", path, params, response: { accept: "application/json" } };
}

function cases(rows: readonly Row[]): [string, Row, Kind, string][] {
  return rows.flatMap((row) =>
    (Object.entries(row.want) as [Kind, string][]).map(([kind, want]): [string, Row, Kind, string] => [
      `${row.style} explode=${row.explode} ${kind}`,
      row,
      kind,
      want,
    ]),
  );
}

describe("path parameters follow the style table", () => {
  it.each(cases(PATH_ROWS))("%s", async (_label, row, kind, want) => {
    const param: ParamSpec = {
      name: "color",
      key: "color",
      in: "path",
      style: row.style,
      explode: row.explode,
      required: true,
    };
    await client.request(op("/c/{color}", [param]), { color: VALUES[kind] });
    expect(server.last().url).toBe(`/c/${want}`);
  });
});

describe("query parameters follow the style table", () => {
  it.each(cases(QUERY_ROWS))("%s", async (_label, row, kind, want) => {
    const param: ParamSpec = { name: "color", key: "color", in: "query", style: row.style, explode: row.explode };
    await client.request(op("/q", [param]), { color: VALUES[kind] });
    expect(server.last().url).toBe(`/q?${want}`);
  });
});

describe("header parameters follow the style table", () => {
  it.each(cases(HEADER_ROWS))("%s", async (_label, row, kind, want) => {
    const param: ParamSpec = { name: "X-Color", key: "color", in: "header", style: row.style, explode: row.explode };
    await client.request(op("/h", [param]), { color: VALUES[kind] });
    expect(server.last().headers["x-color"]).toBe(want);
  });
});

describe("cookie parameters (form style)", () => {
  const cookie = (name: string, key: string, explode: boolean): ParamSpec => ({
    name,
    key,
    in: "cookie",
    style: "form",
    explode,
  });

  it.each([
    ["primitive", false, "blue", "color=blue"],
    ["array exploded", true, VALUES.array, "color=blue; color=black; color=brown"],
    ["array not exploded", false, VALUES.array, "color=blue,black,brown"],
    ["object exploded", true, VALUES.object, "R=100; G=200; B=150"],
    ["object not exploded", false, VALUES.object, "color=R,100,G,200,B,150"],
    ["percent-encoded value", false, "a b;c=d", "color=a%20b%3Bc%3Dd"],
  ] as const)("%s", async (_label, explode, value, want) => {
    await client.request(op("/k", [cookie("color", "color", explode)]), { color: value });
    expect(server.last().headers.cookie).toBe(want);
  });

  it("joins several cookie parameters with '; ' after a default Cookie header", async () => {
    const withCookie = new ApiClient({ baseUrl: server.url, headers: { Cookie: "sid=1" } });
    await withCookie.request(op("/k", [cookie("a", "a", false), cookie("b", "b", false)]), { a: 1, b: "x" });
    expect(server.last().headers.cookie).toBe("sid=1; a=1; b=x");
  });
});

describe("query details", () => {
  const q = (extra: Partial<ParamSpec> = {}): ParamSpec => ({
    name: "v",
    key: "v",
    in: "query",
    style: "form",
    explode: true,
    ...extra,
  });

  it("omits undefined, sends null and empty string as empty values", async () => {
    const params = [q(), q({ name: "n", key: "n" }), q({ name: "e", key: "e" })];
    await client.request(op("/q", params), { v: undefined, n: null, e: "" });
    expect(server.last().url).toBe("/q?n=&e=");
  });

  it("omits empty arrays and objects (RFC 6570 undefined)", async () => {
    await client.request(op("/q", [q(), q({ name: "o", key: "o" })]), { v: [], o: {} });
    expect(server.last().url).toBe("/q");
  });

  it("percent-encodes everything outside the unreserved set, in names and values", async () => {
    await client.request(op("/q", [q({ name: "a b", key: "v" })]), { v: "x/y?z&w=1+2 é!*'()~._-" });
    expect(server.last().url).toBe("/q?a%20b=x%2Fy%3Fz%26w%3D1%2B2%20%C3%A9%21%2A%27%28%29~._-");
  });

  it("allowReserved keeps reserved characters except # & = +", async () => {
    await client.request(op("/q", [q({ allowReserved: true })]), { v: "a/b?c:d[e]@!$'()*,;&f=g#h+i" });
    // `'` arrives as %27: the WHATWG URL parser inside fetch encodes it in queries of http(s) URLs.
    expect(server.last().url).toBe("/q?v=a/b?c:d[e]@!$%27()*,;%26f%3Dg%23h%2Bi");
  });

  it("serializes content-encoded parameters as one JSON value", async () => {
    const param = q({ name: "coordinates", key: "c", contentType: "application/json" });
    await client.request(op("/q", [param]), { c: { lat: 1.5, long: -2 } });
    expect(server.last().url).toBe("/q?coordinates=%7B%22lat%22%3A1.5%2C%22long%22%3A-2%7D");
  });

  it("deepObject nests objects and indexes arrays", async () => {
    const param = q({ name: "f", key: "f", style: "deepObject" });
    await client.request(op("/q", [param]), { f: { a: { b: { c: 1 } }, list: ["x", "y"], skip: undefined, n: null } });
    expect(server.last().url).toBe("/q?f%5Ba%5D%5Bb%5D%5Bc%5D=1&f%5Blist%5D%5B0%5D=x&f%5Blist%5D%5B1%5D=y&f%5Bn%5D=");
  });

  it("serializes dates as ISO 8601 and booleans as true/false", async () => {
    await client.request(op("/q", [q(), q({ name: "b", key: "b" })]), {
      v: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
      b: false,
    });
    expect(server.last().url).toBe("/q?v=2024-01-02T03%3A04%3A05.000Z&b=false");
  });

  it("rejects a missing required query parameter before sending", async () => {
    await expect(client.request(op("/q", [q({ required: true })]), {})).rejects.toBeInstanceOf(ApiRequestError);
    expect(server.requests).toHaveLength(0);
  });
});
