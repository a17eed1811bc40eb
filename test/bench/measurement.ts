/** A kind of run's samples summarised: medians of wall time, peak memory and CPU, and what failed. */
import { summarize, type Sample, type Stats } from "./measure.js";

/** Wall time and peak memory of one kind of run. */
export interface Measurement {
  wall: Stats;
  rss: Stats;
  /** User + system CPU time. */
  cpu: Stats;
  /** One line per failed run (exit code and the end of stderr). */
  failures: string[];
}

/** Turns samples into stats; failed runs are listed and left out of the numbers. */
export function toMeasurement(samples: readonly Sample[], extraFailures: string[] = []): Measurement {
  const good = samples.filter((s) => s.exitCode === 0);
  return {
    wall: summarize(good.map((s) => s.wallMs)),
    rss: summarize(good.map((s) => s.peakRssMiB)),
    cpu: summarize(good.map((s) => s.cpuMs)),
    failures: [...samples.filter((s) => s.exitCode !== 0).map((s) => failure(s, "run")), ...extraFailures],
  };
}

/** One line for a failed run: what, its exit code, and what it said. */
export function failure(sample: Sample, what: string): string {
  return `${what} exited ${sample.exitCode}: ${errorSummary(sample)}`;
}

/** The lines of a failed run that say what went wrong: no colours, no stack frames, at most 300 characters. */
export function errorSummary(sample: Pick<Sample, "stderr" | "stdout">): string {
  const clean = (text: string) =>
    text
      .replace(/\x1b\[[0-9;]*m/g, "")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !/^at\s/.test(l) && !/^Node\.js v/.test(l));
  const lines = [...clean(sample.stderr), ...clean(sample.stdout)];
  const errorAt = lines.findIndex((l) => /error|fail|cannot|invalid|unsupported/i.test(l));
  const picked = errorAt >= 0 ? lines.slice(errorAt, errorAt + 2) : lines.slice(-2);
  const text = picked.join(" | ") || "(no output)";
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

/** `1234 ms` or `failed (1)`. */
export function msOf(sample: Sample): string {
  return sample.exitCode === 0 ? `${Math.round(sample.wallMs)} ms` : `failed (${sample.exitCode})`;
}
