/** What every stage of one run shares: where warnings go, the caches below the package, and the helper threads. */
import type { Diagnostic } from "../diagnostics.js";
import type { StageName } from "./stage.js";

/** Computes openapi-typescript's text for a document: in a worker thread when the CLI runs, else in this thread. */
export type SchemaTypesService = (document: Record<string, unknown>) => Promise<string>;

/** Told when each stage starts and ends (progress lines, `--timings`). */
export interface StageObserver {
  started(stage: StageName): void;
  finished(stage: StageName, ms: number): void;
}

export interface RunContext {
  /** Adds warnings (located or with a pointer the run locates). */
  readonly warn: (diagnostics: readonly Diagnostic[]) => void;
  readonly schemaTypes: SchemaTypesService;
  readonly observer?: StageObserver | undefined;
}
