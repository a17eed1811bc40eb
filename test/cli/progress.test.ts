/** Progress lines: nothing for quick runs, the current stages once a run passes a second, in place on a terminal. */
import { describe, expect, it } from "vitest";
import { PROGRESS_AFTER_MS, specProgress } from "../../generator/progress.js";

function fakeRun(options: { tty: boolean; quiet?: boolean }) {
  let now = 0;
  let timer: (() => void) | undefined;
  const written: string[] = [];
  const progress = specProgress("sonlet", {
    write: (text) => void written.push(text),
    tty: options.tty,
    quiet: options.quiet ?? false,
    now: () => now,
    schedule: (run, ms) => {
      expect(ms).toBe(PROGRESS_AFTER_MS);
      timer = run;
      return undefined;
    },
  });
  return { progress, written, advance: (ms: number) => void (now += ms), fireTimer: () => timer?.() };
}

describe("specProgress", () => {
  it("prints nothing for a run that ends within a second", () => {
    const run = fakeRun({ tty: false });
    run.progress.started("load");
    run.progress.finished("load", 5);
    run.progress.done();
    run.fireTimer();
    expect(run.written).toEqual([]);
  });

  it("prints a line per stage after a second, naming stages that overlap", () => {
    const run = fakeRun({ tty: false });
    run.progress.started("validate");
    run.advance(1200);
    run.fireTimer();
    run.progress.finished("validate", 1200);
    run.progress.started("types");
    run.advance(300);
    run.progress.started("emit");
    run.progress.done();
    expect(run.written).toEqual([
      "  sonlet: validate… (1.2 s)\n",
      "  sonlet: types… (1.2 s)\n",
      "  sonlet: types + emit… (1.5 s)\n",
    ]);
  });

  it("rewrites one line on a terminal and clears it when the spec is done", () => {
    const run = fakeRun({ tty: true });
    run.progress.started("emit");
    run.advance(1000);
    run.fireTimer();
    run.progress.done();
    expect(run.written).toEqual(["\r\x1b[K  sonlet: emit… (1.0 s)", "\r\x1b[K"]);
  });

  it("prints nothing with --quiet", () => {
    const run = fakeRun({ tty: true, quiet: true });
    run.progress.started("emit");
    run.advance(5000);
    run.fireTimer();
    run.progress.done();
    expect(run.written).toEqual([]);
  });
});
