/**
 * `generate --watch` / `generate-all --watch`: generates once, then again whenever a file in a spec's folder
 * changes, with everything loaded staying loaded (the generator, the TypeScript compiler in the schema-types
 * worker). A broken spec prints its located diagnostics and writes nothing; the next save that fixes it
 * regenerates. Ctrl-C waits for a package being written to be complete, then stops.
 */
import { readdirSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { schemaTypesInWorker, type Launcher } from "./emit/schema-types-service.js";
import { generatePackage } from "./generate.js";
import { reportResult, type GenerateJob, type Io, type ReportOptions } from "./generate-command.js";
import { resolveSpecFolder } from "./load/spec-folder.js";
import { specProgress } from "./progress.js";

/** Quiet time after the last change before regenerating (editors save in several steps). */
export const WATCH_DEBOUNCE_MS = 80;

/** Lines a watch prints, so tools (and the bench) can wait for them. */
export const WATCH_READY = "watching for changes (Ctrl-C to stop)";

/** Runs until SIGINT/SIGTERM (or `stop` resolves); returns 0. */
export async function watchJobs(
  jobs: readonly GenerateJob[],
  options: ReportOptions & { launcher?: Launcher | undefined; stop?: Promise<void> },
  io: Io,
): Promise<number> {
  const worker = options.launcher ? schemaTypesInWorker(options.launcher) : undefined;
  let queue: Promise<void> = Promise.resolve();
  const failing = new Set<GenerateJob>();
  const generate = (job: GenerateJob, initial: boolean) => {
    queue = queue.then(async () => {
      const progress = specProgress(job.label, { write: io.err, tty: io.errIsTty ?? false, quiet: options.quiet });
      const start = performance.now();
      const result = await generatePackage(job.request, { schemaTypes: worker?.schemaTypes, observer: progress });
      progress.done();
      // A save that changed nothing (or the derived spec this run wrote itself) is not news, unless it fixed the spec.
      if (result.cached && !initial && !failing.has(job)) return;
      const code = reportResult(result, { ...job, ...options, ms: performance.now() - start }, io);
      if (code === 0) failing.delete(job);
      else failing.add(job);
    });
    return queue;
  };
  for (const job of jobs) await generate(job, true);
  const watchers = await Promise.all(jobs.map((job) => watchSpecFolder(job, () => void generate(job, false))));
  io.err(`${WATCH_READY}\n`);
  await new Promise<void>((resolve) => {
    const finish = () => resolve();
    process.once("SIGINT", finish);
    process.once("SIGTERM", finish);
    void options.stop?.then(finish);
  });
  for (const watcher of watchers) watcher.close();
  await queue;
  await worker?.close();
  return 0;
}

/**
 * Watches every directory of the folder holding a job's spec, each on its own (a directory watch sees a file
 * edited in place and a file replaced by rename alike; Node 20's recursive watch on Linux misses the second), and
 * calls `changed` debounced. Directories created later are watched from the next change on.
 */
async function watchSpecFolder(job: GenerateJob, changed: () => void): Promise<{ close(): void }> {
  const folder = await resolveSpecFolder(job.request.specPath);
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  const onEvent = (_event: string, file: string | Buffer | null) => {
    // An editor's swap and backup files change nothing.
    if (file !== null && /^(\.#|#)|~$|\.sw[a-p]$/.test(path.basename(String(file)))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      watchDirectories(folder, watchers, onEvent);
      changed();
    }, WATCH_DEBOUNCE_MS);
  };
  watchDirectories(folder, watchers, onEvent);
  return { close: () => [...watchers.values()].forEach((w) => w.close()) };
}

function watchDirectories(
  dir: string,
  watchers: Map<string, FSWatcher>,
  onEvent: (event: string, file: string | Buffer | null) => void,
): void {
  if (!watchers.has(dir)) {
    try {
      watchers.set(dir, watch(dir, onEvent));
    } catch {
      return; // Removed meanwhile.
    }
  }
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== "node_modules")
      watchDirectories(path.join(dir, entry.name), watchers, onEvent);
  }
}
