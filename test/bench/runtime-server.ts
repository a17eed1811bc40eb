/**
 * The loopback server of the runtime bench, run as its own `node` process (compiled by runtime-scripts.ts) so
 * that client and server never share an event loop. GET /pets/1 answers a small JSON body; POST /pets echoes
 * the JSON it was sent with 201. Listens on 127.0.0.1 only, on a free port it prints as `listening <port>`.
 * It stops by itself when its parent closes stdin (or dies), and after a hard limit of 30 minutes.
 */
import http from "node:http";

const PET = Buffer.from(JSON.stringify({ id: 1, name: "Rex", status: "available", tag: null }));
const HARD_LIMIT_MS = 30 * 60_000;

const server = http.createServer((req, res) => {
  if (req.method === "GET" && req.url?.endsWith("/pets/1")) {
    res.writeHead(200, { "content-type": "application/json", "content-length": PET.length });
    res.end(PET);
    return;
  }
  if (req.method === "POST" && req.url?.endsWith("/pets")) {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      res.writeHead(201, { "content-type": "application/json", "content-length": body.length });
      res.end(body);
    });
    return;
  }
  req.resume();
  res.writeHead(404, { "content-type": "application/json" });
  res.end('{"message":"not found"}');
});
// Keep idle connections open across a client's warm-up and timed loop (Node's default is 5 s).
server.keepAliveTimeout = 60_000;

const stop = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
process.stdin.on("end", stop);
process.stdin.on("close", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
setTimeout(stop, HARD_LIMIT_MS).unref();

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.stdout.write(`listening ${port}\n`);
});
