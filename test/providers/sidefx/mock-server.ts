/**
 * A mock of sidefx.com on 127.0.0.1 that behaves as SideFX documents its web API: the two token endpoints, one
 * `POST /api/` taking the form field `json=[function_name, args, kwargs]` (form-encoded, or multipart with file parts),
 * bearer tokens that expire, plain-text errors (403 without the EULA, 429 when throttled), 500 with the stack trace
 * (an HTML debug page in debug mode), and a CDN serving build files (optionally corrupted). It records every request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { withCors } from "../../support/cors.js";
import { parseMultipart, type Recorded } from "../../runtime/test-server.js";
import { applicationToken, standardToken, text, TokenStore, type MockApiClient, type Reply } from "./mock-auth.js";
import { buildFiles, type BuildFile } from "./mock-data.js";
import { bindArguments, findFunction, PythonError, type UploadedFile } from "./mock-functions.js";
import { pythonErrorReply } from "./mock-tracebacks.js";
import { closeServer } from "../../support/close-server.js";

export const TEST_CLIENT: MockApiClient = { clientId: "Z0JMEjqmPDwDJXLZ", clientSecret: "k8Ls2-QvX.91~aB" };
export const NO_EULA_CLIENT: MockApiClient = { clientId: "noEula", clientSecret: "secret-2", eula: false };

/** How the CDN corrupts a file: one byte changed, the last byte missing, or one byte too many. */
export type Corruption = "flip" | "truncate" | "pad";

export interface SideFxMock {
  readonly origin: string;
  readonly requests: Recorded[];
  readonly tokens: TokenStore;
  readonly files: BuildFile[];
  /** CORS preflights a browser sent (answered by `withCors`, not in `requests`). */
  readonly preflights: Recorded[];
  /** Answer 500s with Django's HTML debug page instead of the plain stack trace. */
  debug: boolean;
  /** The next `times` calls of `name` are answered 429. */
  throttle(name: string, times: number): void;
  /** The CDN serves file `index` corrupted. */
  corrupt(index: number, how: Corruption | undefined): void;
  /** Clears throttling and corruption. */
  reset(): void;
  /** Requests to `/api/` only. */
  apiCalls(): Recorded[];
  close(): Promise<void>;
}

/** Starts the mock. */
export async function startSideFxMock(): Promise<SideFxMock> {
  const requests: Recorded[] = [];
  const throttled = new Map<string, number>();
  const corruptions = new Map<number, Corruption>();
  const state = { debug: false, origin: "" };
  const tokens = new TokenStore([TEST_CLIENT, NO_EULA_CLIENT]);
  const files = buildFiles();
  const route = (request: Recorded): Reply => {
    const path = request.url.split("?")[0]!;
    if (request.method === "POST" && path === "/oauth2/application_token") return applicationToken(request, tokens);
    if (request.method === "POST" && path === "/oauth2/token") return standardToken(request, tokens);
    if (request.method === "POST" && path === "/api/")
      return callApi(request, { tokens, throttled, files, debug: state.debug, origin: state.origin });
    const download = /^\/cdn\/download\/download-build\/(\d+)\/cdn\/$/.exec(path);
    if (request.method === "GET" && download) return serveFile(files, Number(download[1]), corruptions);
    return text(404, "Not found");
  };
  const preflights: Recorded[] = [];
  const server = createServer(
    withCors((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const recorded: Recorded = {
          method: req.method ?? "",
          url: req.url ?? "",
          headers: req.headers,
          body: Buffer.concat(chunks),
        };
        requests.push(recorded);
        writeReply(res, route(recorded));
      });
    }, preflights),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin: state.origin,
    requests,
    tokens,
    files,
    preflights,
    get debug() {
      return state.debug;
    },
    set debug(value: boolean) {
      state.debug = value;
    },
    throttle: (name, times) => throttled.set(name, times),
    corrupt: (index, how) => (how === undefined ? corruptions.delete(index) : corruptions.set(index, how)),
    reset: () => {
      throttled.clear();
      corruptions.clear();
    },
    apiCalls: () => requests.filter((r) => r.url === "/api/"),
    close: () => closeServer(server),
  };
}

function writeReply(res: ServerResponse, reply: Reply): void {
  const body = reply.body === undefined ? Buffer.alloc(0) : Buffer.from(reply.body);
  res.writeHead(reply.status, { "content-length": String(body.byteLength), ...reply.headers });
  // Large bodies go out in pieces, so clients really stream them.
  for (let offset = 0; offset < body.byteLength; offset += 65_536) res.write(body.subarray(offset, offset + 65_536));
  res.end();
}

interface ApiState {
  readonly tokens: TokenStore;
  readonly throttled: Map<string, number>;
  readonly files: readonly BuildFile[];
  readonly debug: boolean;
  readonly origin: string;
}

function callApi(request: Recorded, state: ApiState): Reply {
  const client = state.tokens.check(request.headers.authorization);
  if (!("clientId" in client)) return client;
  const form = readForm(request);
  if ("status" in form) return form;
  const raw = form.fields.get("json");
  if (raw === undefined) return text(400, "Missing the json parameter.");
  let triple: unknown;
  try {
    triple = JSON.parse(raw);
  } catch {
    return text(400, "The json parameter is not valid JSON.");
  }
  if (
    !Array.isArray(triple) ||
    triple.length !== 3 ||
    typeof triple[0] !== "string" ||
    !Array.isArray(triple[1]) ||
    typeof triple[2] !== "object" ||
    triple[2] === null
  ) {
    return text(400, "The json parameter must be [function_name, args, kwargs].");
  }
  const [name, args, kwargs] = triple as [string, unknown[], Record<string, unknown>];
  const remaining = state.throttled.get(name) ?? 0;
  if (remaining > 0) {
    state.throttled.set(name, remaining - 1);
    return text(429, "Request was throttled.", { "retry-after": "0" });
  }
  if (name.startsWith("download.") && client.eula === false)
    return text(403, "You must accept the EULA at https://www.sidefx.com/services/eula/ before downloading.");
  try {
    const fn = findFunction(name);
    const values = bindArguments(name, fn, args, kwargs);
    return fn.run({ values, files: form.files, client, origin: state.origin, buildFiles: state.files });
  } catch (error) {
    if (error instanceof PythonError) return pythonErrorReply(error, { debug: state.debug, functionName: name });
    throw error;
  }
}

function readForm(request: Recorded): { fields: Map<string, string>; files: Map<string, UploadedFile> } | Reply {
  const contentType = request.headers["content-type"] ?? "";
  const essence = contentType.split(";")[0]!.trim().toLowerCase();
  if (essence === "application/x-www-form-urlencoded") {
    return { fields: new Map(new URLSearchParams(request.body.toString("utf8"))), files: new Map() };
  }
  if (essence !== "multipart/form-data") return text(400, `Unsupported content type ${JSON.stringify(contentType)}.`);
  const fields = new Map<string, string>();
  const files = new Map<string, UploadedFile>();
  try {
    for (const part of parseMultipart(request.body, contentType)) {
      if (part.filename === undefined) fields.set(part.name ?? "", part.data.toString("utf8"));
      else files.set(part.name ?? "", { filename: part.filename, contentType: part.contentType, data: part.data });
    }
  } catch {
    return text(400, "Malformed multipart body.");
  }
  return { fields, files };
}

function serveFile(files: readonly BuildFile[], index: number, corruptions: ReadonlyMap<number, Corruption>): Reply {
  const file = files[index];
  if (file === undefined) return text(404, "Not found");
  const how = corruptions.get(index);
  let bytes = file.bytes;
  if (how === "flip") bytes = Uint8Array.from(bytes, (b, i) => (i === 150_000 ? b ^ 0xff : b));
  if (how === "truncate") bytes = bytes.subarray(0, bytes.byteLength - 1);
  if (how === "pad") bytes = Uint8Array.from([...bytes, 0]);
  return { status: 200, headers: { "content-type": "application/octet-stream" }, body: bytes };
}
