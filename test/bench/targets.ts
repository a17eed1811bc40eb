/**
 * The targets of issue 15 ("the fastest generator in its field"), each with the figure this run measured and a
 * verdict: cold whole package ≤ 0.5× openapi-typescript's types-only CLI (small, medium, large, GitHub); all
 * providers cold ≤ 1.5 s; a one-description edit ≤ 0.1× openapi-typescript's full run (large, GitHub); watch at
 * that incremental speed or better.
 */
import { GITHUB_SPEC } from "./github-spec.js";
import type { Measurement } from "./measurement.js";
import type { BenchResults } from "./report.js";
import { escapeCell, formatMs, formatRatio, formatWall, markdownTable } from "./format-numbers.js";

/** The thresholds. */
export const TARGETS = { coldRatio: 0.5, providersColdMs: 1500, incrementalRatio: 0.1 } as const;

/** One specforge figure against openapi-typescript's on the same spec; `missing` says why there is none. */
export interface Pair {
  spec: string;
  specforge?: Measurement | undefined;
  ots?: Measurement | undefined;
  missing?: string | undefined;
}

/** What the targets are computed from (gathered from a run by report.ts). */
export interface TargetInputs {
  cold: Pair[];
  providers: { count: number; cold: Measurement } | { missing: string };
  incremental: Pair[];
  /** `specforge` is the watcher's edit → output-changed time; `cli` the incremental CLI run on the same spec. */
  watch: (Pair & { cli?: Measurement | undefined })[];
}

/** One row of the targets table. */
export interface TargetRow {
  target: string;
  measured: string;
  verdict: string;
}

/** Every target row, in the issue's order. */
export function targetRows(inputs: TargetInputs): TargetRow[] {
  const cold = inputs.cold.map((p) =>
    ratioRow(
      `cold, ${p.spec}: whole package ≤ ${TARGETS.coldRatio}× openapi-typescript's types-only CLI`,
      p,
      TARGETS.coldRatio,
    ),
  );
  const p = inputs.providers;
  const providers: TargetRow =
    "missing" in p
      ? { target: providersTarget("all"), measured: "—", verdict: `not measured (${p.missing})` }
      : {
          target: providersTarget(String(p.count)),
          measured: p.cold.wall.n ? formatWall(p.cold.wall) : "—",
          verdict: verdict(p.cold.wall.median, TARGETS.providersColdMs, p.cold),
        };
  const incremental = inputs.incremental.map((q) =>
    ratioRow(
      `one-description edit, ${q.spec}: regenerate with the cache ≤ ${TARGETS.incrementalRatio}× openapi-typescript's full run`,
      q,
      TARGETS.incrementalRatio,
    ),
  );
  const watch = inputs.watch.map((w) => {
    const row = ratioRow(
      `watch, ${w.spec}: edit saved → output changed on disk at incremental speed (≤ ${TARGETS.incrementalRatio}× openapi-typescript's full run)`,
      w,
      TARGETS.incrementalRatio,
    );
    return w.cli?.wall.n && row.measured !== "—"
      ? { ...row, measured: `${row.measured}; the CLI's incremental run: ${formatMs(w.cli.wall.median)}` }
      : row;
  });
  return [...cold, providers, ...incremental, ...watch];
}

/** Where each target's figures come from in a run: the sizes, the GitHub row, the providers, incremental and watch. */
export function targetInputs(results: BenchResults): TargetInputs {
  const { peers } = results;
  const github = peers.github;
  const githubMissing = github ? undefined : (peers.githubSkipped ?? "not run");
  const cold = [
    ...["small", "medium", "large"].map((name) => {
      const r = results.sizes.find((s) => s.size.name === name);
      return {
        spec: `${name} spec`,
        specforge: r?.cold,
        ots: r?.ots,
        missing: r ? undefined : "size not run (--sizes)",
      };
    }),
    {
      spec: GITHUB_SPEC.label,
      specforge: github?.tools.specforge,
      ots: github?.tools["openapi-typescript"],
      missing: githubMissing,
    },
  ];
  const incrementalOf = (name: string) => peers.incremental.find((row) => row.size === name);
  const specs = [
    { name: "large", spec: "large spec", missing: undefined },
    { name: "github", spec: GITHUB_SPEC.label, missing: githubMissing },
  ];
  return {
    cold,
    providers: results.providers
      ? { count: results.providers.set.ids.length, cold: results.providers.cold }
      : { missing: "specs/ has no provider" },
    incremental: specs.map((s) => {
      const row = incrementalOf(s.name);
      return {
        spec: s.spec,
        specforge: row?.tools.specforge?.oneLine,
        ots: row?.tools["openapi-typescript"]?.oneLine,
        missing: s.missing ?? (row ? undefined : "not run"),
      };
    }),
    watch: specs.map((s) => {
      const w = peers.watch.find((row) => row.spec === s.name);
      const inc = incrementalOf(s.name);
      return {
        spec: s.spec,
        specforge: w?.regenerate,
        ots: inc?.tools["openapi-typescript"]?.oneLine,
        cli: inc?.tools.specforge?.oneLine,
        missing: s.missing ?? (w ? w.unavailable : "not run"),
      };
    }),
  };
}

/** The table for stdout and BENCHMARKS.md. */
export function targetsTable(inputs: TargetInputs): string {
  return markdownTable(
    ["target", "measured (median)", "verdict"],
    targetRows(inputs).map((r) => [r.target, r.measured, r.verdict]),
  );
}

function providersTarget(count: string): string {
  return `${count} providers together, cold (\`generate-all --no-cache\`): ≤ ${formatMs(TARGETS.providersColdMs)}`;
}

function ratioRow(target: string, p: Pair, limit: number): TargetRow {
  const missing = p.missing ?? whyMissing(p.specforge, "specforge") ?? whyMissing(p.ots, "openapi-typescript");
  if (missing) {
    const why = escapeCell(missing);
    return { target, measured: "—", verdict: why.startsWith("not available") ? why : `not measured (${why})` };
  }
  const sf = p.specforge!;
  const ots = p.ots!;
  const ratio = sf.wall.median / ots.wall.median;
  const cpu = formatRatio(sf.cpu.median, ots.cpu.median);
  const measured = `${formatMs(sf.wall.median)} vs ${formatMs(ots.wall.median)} = ${formatRatio(sf.wall.median, ots.wall.median)} (needs ≤ ${formatMs(ots.wall.median * limit)})${cpu === "n/a" ? "" : `; CPU time ${cpu}`}`;
  return { target, measured, verdict: verdict(ratio, limit, sf) };
}

function whyMissing(m: Measurement | undefined, tool: string): string | undefined {
  if (!m) return `${tool} not run`;
  if (m.wall.n === 0) return `${tool} failed: ${m.failures[0] ?? "no run"}`;
  return undefined;
}

function verdict(measured: number, limit: number, m: Measurement): string {
  if (!Number.isFinite(measured)) return "not measured";
  const partial = m.failures.length ? ` (${m.failures.length} run(s) failed)` : "";
  return `${measured <= limit ? "**met**" : "**not met**"}${partial}`;
}
