/** Shutting down a test server at once: open keep-alive connections are dropped instead of waited for. */
import type { Server } from "node:http";

/** Closes `server` and every connection it still holds; resolves when it stopped listening. */
export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
