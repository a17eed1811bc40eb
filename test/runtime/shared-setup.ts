/** Setup the runtime tests share: one local server per file, common operations and small helpers. */
import { afterAll, beforeAll, beforeEach } from "vitest";
import type {
  BodyEncoding,
  BodySpec,
  BodyVariant,
  HttpMethod,
  OperationSpec,
  ResponseSpec,
} from "../../templates/runtime/index.js";
import { startServer, type TestServer } from "./test-server.js";

/**
 * Starts a server for the current test file (reset before each test, closed after the file) and returns a
 * stand-in that forwards to it, so tests can keep writing `server.url`, `server.last()`, ….
 */
export function useTestServer(): TestServer {
  let current: TestServer | undefined;
  beforeAll(async () => {
    current = await startServer();
  });
  afterAll(() => current?.close());
  beforeEach(() => current?.reset());
  const live = (): TestServer => {
    if (!current) throw new Error("the test server has not started yet");
    return current;
  };
  return {
    get url() {
      return live().url;
    },
    get requests() {
      return live().requests;
    },
    handle: (handler) => live().handle(handler),
    last: () => live().last(),
    reset: () => live().reset(),
    close: () => live().close(),
  };
}

/** `GET /things`, answering JSON. */
export const THINGS_GET: OperationSpec = {
  method: "GET",
  path: "/things",
  params: [],
  response: { accept: "application/json" },
};

/** `POST /things` with a spread JSON body. */
export const THINGS_POST: OperationSpec = {
  method: "POST",
  path: "/things",
  params: [],
  body: { required: true, from: "spread", variants: [{ mediaType: "application/json", encoding: "json" }] },
  response: { accept: "application/json" },
};

/** Pending timers of this process, to prove none is left behind. */
export function countTimers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
}

/** `POST /upload/{id}` sending `args.body` in one media type. */
export function uploadOp(
  variant: Partial<BodyVariant> & { encoding: BodyEncoding; mediaType: string },
  body: Partial<BodySpec> = {},
): OperationSpec {
  return {
    method: "POST",
    path: "/upload/{id}",
    params: [{ name: "id", key: "id", in: "path", style: "simple", explode: false, required: true }],
    body: { required: true, from: { key: "body" }, variants: [variant], ...body },
    response: { accept: "application/json" },
  };
}

/** `/r` with the given response handling. */
export function responseOp(response: ResponseSpec = {}, method: HttpMethod = "GET"): OperationSpec {
  return { method, path: "/r", params: [], response };
}

/** Makes the server answer every request with this status, content type and body. */
export function replyWith(
  server: TestServer,
  status: number,
  contentType: string | undefined,
  body: string | Buffer,
): void {
  server.handle((_req, res) => {
    res.writeHead(status, contentType === undefined ? {} : { "content-type": contentType });
    res.end(body);
  });
}
