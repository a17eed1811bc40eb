/**
 * What a pipeline stage is: a named, timed step that reads artifacts other stages made and makes one of its own.
 * The stage table (generator/pipeline.ts) lists them in order; run-stages.ts runs them.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { Artifacts } from "./artifacts.js";
import type { RunContext } from "./run-context.js";

/** A stage's name as `--timings` and progress lines print it (two rows may share one, e.g. "validate"). */
export type StageName = "cache" | "load" | "validate" | "upgrade" | "normalize" | "types" | "emit" | "format" | "write";

/** One row of the table: the artifacts it reads (ready before it runs), those it awaits itself, and what it makes. */
export interface Stage<R extends keyof Artifacts, A extends keyof Artifacts, M extends keyof Artifacts> {
  readonly name: StageName;
  readonly reads: readonly R[];
  /** Artifacts handed over as promises: the stage starts before they are made (types run beside emit). */
  readonly awaits: readonly A[];
  readonly makes: M;
  readonly run: (
    input: Readonly<Pick<Artifacts, NoInfer<R>>> & { readonly [K in NoInfer<A>]: Promise<Artifacts[K]> },
    context: RunContext,
  ) => Artifacts[NoInfer<M>] | Promise<Artifacts[NoInfer<M>]>;
}

/** Any row, as the runner sees it. */
export type AnyStage = Stage<keyof Artifacts, keyof Artifacts, keyof Artifacts>;

/** Declares a row with its types checked: `run` gets exactly what the row reads and must return what it makes. */
export function stage<R extends keyof Artifacts, M extends keyof Artifacts, A extends keyof Artifacts = never>(
  row: Omit<Stage<R, A, M>, "awaits"> & { readonly awaits?: readonly A[] },
): AnyStage {
  return { ...row, awaits: row.awaits ?? [] } as unknown as AnyStage;
}

/** Thrown by a stage when the input is wrong: the run stops and nothing is written. */
export class StageFailure extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(`${diagnostics.length} problem(s)`);
  }
}

/** Thrown by a stage when there is nothing left to do (the output is already up to date). */
export class StageStop extends Error {
  constructor(readonly reason: "unchanged") {
    super(reason);
  }
}
