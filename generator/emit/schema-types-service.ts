/**
 * Where the types stage runs openapi-typescript: in a worker thread started with the CLI (it loads the TypeScript
 * compiler while the main thread loads and validates the spec, then transforms beside emit), or in this thread
 * when there is no launcher (tests that call the pipeline directly). Both give the same text.
 */
import type { Worker } from "node:worker_threads";
import type { SchemaTypesService } from "../pipeline/run-context.js";
import type { SchemaTypesAnswer, SchemaTypesRequest } from "./schema-types-worker.js";

/** The CLI launcher's hook for worker threads (generator/bin.mjs). */
export interface Launcher {
  readonly startWorker: (bundle: string) => Worker;
  /** The hash the bundles are named by (generator sources and lockfile). */
  readonly bundleHash: string;
}

/** A service with a worker to end when the command is done. */
export interface ClosableSchemaTypes {
  readonly schemaTypes: SchemaTypesService;
  readonly close: () => Promise<void>;
}

/** openapi-typescript in this thread, loaded on first use. */
export const schemaTypesInThread: SchemaTypesService = async (document) => {
  const { emitSchemaTypes } = await import("./schema-types.js");
  return emitSchemaTypes(document);
};

/** openapi-typescript in a worker thread, started now so it is ready when the first document arrives. */
export function schemaTypesInWorker(launcher: Launcher): ClosableSchemaTypes {
  const worker = launcher.startWorker("types-worker.cjs");
  const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let failure: Error | undefined;
  worker.unref();
  worker.on("message", (answer: SchemaTypesAnswer) => {
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if (pending.size === 0) worker.unref();
    if ("error" in answer) waiting?.reject(new Error(answer.error));
    else waiting?.resolve(answer.text);
  });
  worker.on("error", (error) => {
    failure = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  const schemaTypes: SchemaTypesService = (document) => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<string>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, document } satisfies SchemaTypesRequest);
    });
  };
  return { schemaTypes, close: async () => void (await worker.terminate()) };
}
