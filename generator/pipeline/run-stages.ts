/**
 * Runs a stage table: every row starts as soon as the artifacts it reads are made (rows that await an artifact get
 * it as a promise), so work on another thread (schema types) overlaps the rows after it. Each row is timed; the
 * first failure in table order ends the run.
 */
import type { Artifacts } from "./artifacts.js";
import type { RunContext } from "./run-context.js";
import { StageFailure, StageStop, type AnyStage } from "./stage.js";

/** How a run ended: with the artifact asked for, a stop (nothing to do), or the failure's diagnostics. */
export type RunOutcome<K extends keyof Artifacts> =
  | { readonly kind: "done"; readonly value: Artifacts[K]; readonly made: Partial<Artifacts> }
  | { readonly kind: "stopped"; readonly reason: StageStop["reason"] }
  | { readonly kind: "failed"; readonly failure: StageFailure };

/** Runs `table` from `given` until the row that makes `target` (and the rows it depends on) has finished. */
export async function runStages<K extends keyof Artifacts>(
  table: readonly AnyStage[],
  given: Partial<Artifacts>,
  target: K,
  context: RunContext,
): Promise<RunOutcome<K>> {
  const made = new Map<keyof Artifacts, Promise<unknown>>();
  for (const [name, value] of Object.entries(given)) made.set(name as keyof Artifacts, Promise.resolve(value));
  const needed = rowsNeededFor(table, target, new Set(made.keys()));
  for (const row of needed) made.set(row.makes, scheduleRow(row, made, context));
  // Every promise gets a handler here; the outcome is read from them in table order below.
  const settled = needed.map((row) =>
    made.get(row.makes)!.then(
      () => undefined,
      (error: unknown) => error,
    ),
  );
  const errors = await Promise.all(settled);
  for (const error of errors) {
    if (error instanceof StageStop) return { kind: "stopped", reason: error.reason };
    if (error instanceof StageFailure) return { kind: "failed", failure: error };
    if (error !== undefined && !(error instanceof Skipped)) throw error;
  }
  const all: Partial<Artifacts> = {};
  for (const [name, promise] of made) (all as Record<string, unknown>)[name] = await promise;
  return { kind: "done", value: all[target] as Artifacts[K], made: all };
}

/** A row did not run because a row it depends on failed or stopped (that row reports it). */
class Skipped extends Error {}

function scheduleRow(
  row: AnyStage,
  made: Map<keyof Artifacts, Promise<unknown>>,
  context: RunContext,
): Promise<unknown> {
  const artifact = (name: keyof Artifacts) => {
    const promise = made.get(name);
    if (promise === undefined) throw new Error(`pipeline: ${row.name} reads ${name}, which no earlier row makes`);
    return promise;
  };
  const reads = row.reads.map(artifact);
  const awaited = row.awaits.map((name) => [name, artifact(name).catch(() => Promise.reject(new Skipped()))] as const);
  for (const [, promise] of awaited) promise.catch(() => undefined);
  return Promise.all(reads).then(
    async (values) => {
      const input = Object.fromEntries([...row.reads.map((name, i) => [name, values[i]]), ...awaited]);
      context.observer?.started(row.name);
      const start = performance.now();
      try {
        return await row.run(input as never, context);
      } finally {
        context.observer?.finished(row.name, performance.now() - start);
      }
    },
    () => Promise.reject(new Skipped()),
  );
}

/** The rows that make `target` and everything it reads, in table order; artifacts in `have` need no row. */
function rowsNeededFor(
  table: readonly AnyStage[],
  target: keyof Artifacts,
  have: ReadonlySet<keyof Artifacts>,
): AnyStage[] {
  const wanted = new Set<keyof Artifacts>([target]);
  for (let i = table.length - 1; i >= 0; i--) {
    const row = table[i]!;
    if (!wanted.has(row.makes) || have.has(row.makes)) continue;
    for (const name of [...row.reads, ...row.awaits]) wanted.add(name);
  }
  return table.filter((row) => wanted.has(row.makes) && !have.has(row.makes));
}
