/** The mock servers' CORS wrapper: preflights answered and recorded, actual requests allowed, Node clients untouched. */
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Recorded } from "../runtime/test-server.js";
import { withCors } from "./cors.js";

const preflights: Recorded[] = [];
const handled: string[] = [];
let server: Server;
let port = 0;

/** One raw request (so `Origin` is sent as given); resolves with the status and headers. */
function send(
  method: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path: "/x", headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  server = createServer(
    withCors((req, res) => {
      handled.push(`${req.method} ${req.url}`);
      res.writeHead(201, { "x-mine": "1" }).end();
    }, preflights),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("answers a preflight itself, echoing the requested method and headers, and records it", async () => {
  const reply = await send("OPTIONS", {
    origin: "http://127.0.0.1:1",
    "access-control-request-method": "POST",
    "access-control-request-headers": "authorization,ss-date",
  });
  expect(reply.status).toBe(204);
  expect(reply.headers).toMatchObject({
    "access-control-allow-origin": "http://127.0.0.1:1",
    "access-control-allow-methods": "POST",
    "access-control-allow-headers": "authorization,ss-date",
  });
  expect(preflights.map((p) => p.headers["access-control-request-method"])).toEqual(["POST"]);
  expect(handled).toEqual([]);
});

it("lets a cross-origin request through to the mock with its origin allowed and headers exposed", async () => {
  const reply = await send("GET", { origin: "http://127.0.0.1:1" });
  expect([
    reply.status,
    reply.headers["access-control-allow-origin"],
    reply.headers["access-control-expose-headers"],
    reply.headers["x-mine"],
  ]).toEqual([201, "http://127.0.0.1:1", "*", "1"]);
  expect(handled).toEqual(["GET /x"]);
});

it("leaves requests without Origin (Node clients) exactly as the mock answers them", async () => {
  const reply = await send("OPTIONS", {});
  expect(reply.status).toBe(201);
  expect(reply.headers["access-control-allow-origin"]).toBeUndefined();
  expect(handled).toEqual(["GET /x", "OPTIONS /x"]);
});
