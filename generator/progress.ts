/**
 * Progress on stderr for runs longer than about a second: the stage a spec is in, one line per stage (rewritten in
 * place on a terminal), so a long run never looks stuck. Quick runs print nothing extra; `--quiet` prints nothing.
 */
import type { StageObserver } from "./pipeline/run-context.js";
import type { StageName } from "./pipeline/stage.js";

/** How long a run goes before its stages are shown. */
export const PROGRESS_AFTER_MS = 1000;

export interface ProgressOptions {
  readonly write: (text: string) => void;
  /** A terminal: one line, rewritten; otherwise a plain line per stage. */
  readonly tty: boolean;
  readonly quiet: boolean;
  /** For tests: the clock and timer (default: performance.now and setTimeout). */
  readonly now?: () => number;
  readonly schedule?: (run: () => void, ms: number) => { unref?: () => void } | undefined;
}

/** A progress display for one spec; `done()` clears a terminal line before the spec's result is printed. */
export interface SpecProgress extends StageObserver {
  done(): void;
}

/** Creates the observer for one spec named `label`. */
export function specProgress(label: string, options: ProgressOptions): SpecProgress {
  const now = options.now ?? (() => performance.now());
  const start = now();
  const active: StageName[] = [];
  let shown = false;
  let lineOpen = false;
  let finished = false;
  const show = () => {
    if (options.quiet || finished || active.length === 0) return;
    shown = true;
    const seconds = ((now() - start) / 1000).toFixed(1);
    const line = `  ${label}: ${[...new Set(active)].join(" + ")}… (${seconds} s)`;
    if (options.tty) {
      options.write(`\r\x1b[K${line}`);
      lineOpen = true;
    } else options.write(`${line}\n`);
  };
  const schedule = options.schedule ?? ((run, ms) => setTimeout(run, ms));
  schedule(show, PROGRESS_AFTER_MS)?.unref?.();
  return {
    started(stage) {
      active.push(stage);
      if (shown) show();
    },
    finished(stage) {
      const at = active.indexOf(stage);
      if (at >= 0) active.splice(at, 1);
    },
    done() {
      finished = true;
      if (lineOpen) options.write("\r\x1b[K");
    },
  };
}
