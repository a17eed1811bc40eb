/** Worker thread side of the types stage: receives documents, answers with openapi-typescript's text for each. */
import { parentPort } from "node:worker_threads";
import { emitSchemaTypes } from "./schema-types.js";

/** A request from the main thread, and the answer to it. */
export type SchemaTypesRequest = { readonly id: number; readonly document: Record<string, unknown> };
export type SchemaTypesAnswer =
  { readonly id: number; readonly text: string } | { readonly id: number; readonly error: string };

/** Serves requests until the main thread ends the worker; `flushCodeCaches` saves this thread's code caches. */
export function serve(launch: { flushCodeCaches(): void }): void {
  const port = parentPort;
  if (port === null) throw new Error("schema-types-worker runs only in a worker thread");
  port.on("message", (request: SchemaTypesRequest) => {
    let answer: SchemaTypesAnswer;
    try {
      answer = { id: request.id, text: emitSchemaTypes(request.document) };
    } catch (error) {
      answer = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(answer);
    launch.flushCodeCaches();
  });
}
