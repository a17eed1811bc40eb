/** Turns the bench results into the tables printed to stdout and the text of BENCHMARKS.md. */
import type { PeerResults } from "./bench-peers-part.js";
import type { SetResult, StartupResult } from "./bench-providers.js";
import type { SizeResult } from "./bench-sizes.js";
import type { Measurement } from "./measurement.js";
import { attributeDetail } from "./detail-attribution.js";
import { formatMiB, formatMs, formatRatio, formatShare, formatWall, markdownTable } from "./format-numbers.js";
import type { MachineInfo } from "./machine.js";
import { targetInputs, targetsTable } from "./targets.js";

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  machine: MachineInfo;
  rssMethod: string;
  sizes: SizeResult[];
  /** Every tool on the provider specs, regeneration and type-check cost. */
  peers: PeerResults;
  /** undefined: specs/ has no provider yet. */
  providers: SetResult | undefined;
  standIn: SetResult | undefined;
  startup: StartupResult[];
  commands: { label: string; command: string }[];
  notes: string[];
  chartPath: string;
  benchMs: number;
}

/** The tables (stdout shows these; BENCHMARKS.md wraps them in prose). */
export function resultTables(
  results: BenchResults,
): Record<"sizes" | "targets" | "providers" | "stages" | "detail" | "startup", string> {
  return {
    sizes: sizesTable(results.sizes),
    targets: targetsTable(targetInputs(results)),
    providers: providersTable(results),
    stages: stagesTable(results.sizes),
    detail: detailTable(results.sizes.at(-1)),
    startup: markdownTable(
      ["what (fresh process)", "wall time, median (min–max)", "peak RSS"],
      results.startup.map((s) => [s.label, formatWall(s.measurement.wall), formatMiB(s.measurement.rss)]),
      ["l", "r", "r"],
    ),
  };
}

function sizesTable(sizes: readonly SizeResult[]): string {
  return markdownTable(
    [
      "spec",
      "operations",
      "schemas",
      "JSON",
      "runs",
      "specforge cold (whole package)",
      "openapi-typescript (types only)",
      "ratio",
      "specforge no change",
      "CPU time specforge / openapi-ts",
      "peak RSS specforge",
      "peak RSS openapi-ts",
      "peak RSS no change",
    ],
    sizes.map((r) => [
      r.size.name,
      String(r.counts.operations),
      String(r.counts.schemas),
      `${(r.specBytes / 1024).toFixed(0)} KiB`,
      String(r.size.runs),
      formatWall(r.cold.wall),
      formatWall(r.ots.wall),
      formatRatio(r.cold.wall.median, r.ots.wall.median),
      formatWall(r.hit.wall),
      `${formatMs(r.cold.cpu.median)} / ${formatMs(r.ots.cpu.median)}`,
      formatMiB(r.cold.rss),
      formatMiB(r.ots.rss),
      formatMiB(r.hit.rss),
    ]),
    ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
  );
}

function providersTable(results: BenchResults): string {
  const rows: string[][] = [];
  const add = (r: SetResult) => {
    rows.push([
      r.set.label,
      String(r.set.ids.length),
      formatWall(r.cold.wall),
      formatMiB(r.cold.rss),
      formatWall(r.hit.wall),
      formatMiB(r.hit.rss),
    ]);
  };
  if (results.providers) add(results.providers);
  else rows.push(["providers in specs/", "0", "— (specs/ has no provider yet)", "—", "—", "—"]);
  if (results.standIn) add(results.standIn);
  return markdownTable(
    ["spec set (generate-all)", "specs", "cold (--no-cache)", "peak RSS", "nothing changed", "peak RSS"],
    rows,
    ["l", "r", "r", "r", "r", "r"],
  );
}

const STAGE_ORDER = [
  "boot (node + static imports)",
  "cache",
  "load",
  "validate",
  "upgrade",
  "normalize",
  "types",
  "emit",
  "format",
  "write",
  "between stages (dynamic imports)",
  "exit and spawn",
];

function stagesTable(sizes: readonly SizeResult[]): string {
  const names = [...new Set([...STAGE_ORDER, ...sizes.flatMap((r) => Object.keys(r.stages.medians))])].filter((n) =>
    sizes.some((r) => n in r.stages.medians),
  );
  const large = sizes.at(-1);
  const rows = names.map((name) => [
    name,
    ...sizes.map((r) => formatMs(r.stages.medians[name] ?? Number.NaN)),
    large ? formatShare(large.stages.medians[name] ?? Number.NaN, large.stages.wallMs) : "",
  ]);
  rows.push(["**process wall time**", ...sizes.map((r) => `**${formatMs(r.stages.wallMs)}**`), large ? "100 %" : ""]);
  return markdownTable(
    ["stage (median of cold in-process runs)", ...sizes.map((r) => r.size.name), `share (${large?.size.name ?? ""})`],
    rows,
    ["l", ...sizes.map(() => "r" as const), "r"],
  );
}

function detailTable(large: SizeResult | undefined): string {
  const detail = large?.stages.detail;
  if (!large || !detail) return "(the timed-shim run did not succeed)";
  const rows = attributeDetail(detail).map((row) => [
    row.stage,
    row.what,
    String(row.calls),
    formatMs(row.ms),
    row.chars ? `${(row.chars / 1024).toFixed(0)} KiB` : "",
    formatShare(row.ms, detail.timings[row.stage] ?? Number.NaN),
  ]);
  return markdownTable(["stage", "call", "calls", "time", "text", "share of its stage in this run"], rows, [
    "l",
    "l",
    "r",
    "r",
    "r",
    "r",
  ]);
}

/** Describes one measurement's failures, if any, as markdown bullet lines. */
export function failureLines(label: string, m: Measurement): string[] {
  return m.failures.map((f) => `- ${label}: ${f}`);
}
