/** Tables and findings of the side-by-side bench (every tool on the same specs) for stdout and BENCHMARKS.md. */
import type { CompareRow } from "./bench-compare.js";
import { TSC_ARGS } from "./bench-typecheck.js";
import { LOCAL_NODE_VERSION, localNodeInstallCommand, localNodePath } from "./local-node.js";
import type { SizeResult } from "./bench-sizes.js";
import type { Measurement } from "./measurement.js";
import {
  escapeCell,
  formatMiB,
  formatMs,
  formatRatio,
  formatTimeCell,
  formatWall,
  markdownTable,
} from "./format-numbers.js";
import type { PeerResults } from "./bench-peers-part.js";
import { regenerationFindings } from "./regen-report.js";
import { TARGETS } from "./targets.js";
import type { GenTool, ToolId } from "./peers.js";

/** The side-by-side tables. */
export function peerTables(
  peers: PeerResults,
  sizes: readonly SizeResult[],
): Record<"tools" | "time" | "memory" | "typecheck", string> {
  const rows = compareRows(peers, sizes);
  const tools = peers.tools;
  const peerIds = tools.filter((t) => t.id !== "specforge");
  const head = ["spec", "operations", "schemas"];
  return {
    tools: markdownTable(
      ["tool", "version", "generates", "runs on"],
      tools.map((t) => [
        t.id,
        t.version,
        t.output,
        `Node ${t.node.version}${t.node.local ? ` (local, for engines "${t.node.engines}")` : ""}`,
      ]),
    ),
    time: markdownTable(
      [
        ...head,
        ...tools.map((t) => t.id),
        ...peerIds.map(
          (t) => `specforge ÷ ${t.id}${t.id === "openapi-typescript" ? ` (target ≤ ${TARGETS.coldRatio}×)` : ""}`,
        ),
      ],
      rows.map((r) => [
        ...rowHead(r),
        ...tools.map((t) => formatTimeCell(r.tools[t.id])),
        ...peerIds.map((t) => ratioCell(r.tools.specforge, r.tools[t.id])),
      ]),
      ["l", "r", "r", ...tools.map(() => "r" as const), ...peerIds.map(() => "r" as const)],
    ),
    memory: markdownTable(
      [...head, ...tools.map((t) => `${t.id} peak RSS`), ...tools.map((t) => `${t.id} CPU`)],
      rows.map((r) => [
        ...rowHead(r),
        ...tools.map((t) => (r.tools[t.id] ? formatMiB(r.tools[t.id]!.rss) : "—")),
        ...tools.map((t) => (r.tools[t.id] ? formatMs(r.tools[t.id]!.cpu.median) : "—")),
      ]),
      ["l", "r", "r", ...tools.flatMap(() => ["r", "r"] as const)],
    ),
    typecheck: markdownTable(
      ["tool", "lines of .ts generated", "tsc --noEmit (wall)", "peak RSS", "tsc check time", "types", "errors"],
      (peers.typecheck?.results ?? []).map((r) =>
        r.skipped
          ? [r.tool, "—", escapeCell(r.skipped), "—", "—", "—", "—"]
          : [
              r.tool,
              r.outputLines.toLocaleString("en-US"),
              formatWall(r.measurement.wall),
              formatMiB(r.measurement.rss),
              formatMs(r.checkMs.median),
              Number.isFinite(r.types.median) ? r.types.median.toLocaleString("en-US") : "n/a",
              r.errors.length ? escapeCell(`${r.errors.length}: ${r.errors[0]!.slice(0, 160)}`) : "0",
            ],
      ),
      ["l", "r", "r", "r", "r", "r", "l"],
    ),
  };
}

/** Plain statements from the side-by-side numbers, including where specforge is behind. */
export function peerFindings(peers: PeerResults, sizes: readonly SizeResult[]): string[] {
  const out: string[] = [];
  const others = peers.tools.filter((t) => t.id !== "specforge");
  const rows = compareRows(peers, sizes);
  for (const r of rows) {
    const sf = r.tools.specforge;
    if (!sf || sf.wall.n === 0) continue;
    const parts = others.map(
      (t) => `÷ ${t.id} ${ratioCell(sf, r.tools[t.id])} (CPU ${ratioCell(sf, r.tools[t.id], "cpu")})`,
    );
    out.push(
      `${r.label}: specforge (whole package) takes ${formatMs(sf.wall.median)}; specforge ${parts.join(", ")} — above 1× specforge is slower.`,
    );
  }
  const why = behindReasons(sizes);
  if (why) out.push(why);
  const failures = rows.flatMap((r) =>
    peers.tools.filter((t) => r.tools[t.id] && r.tools[t.id]!.wall.n === 0).map((t) => `${t.id} on ${r.label}`),
  );
  if (failures.length) out.push(`Failed (kept in the tables with their errors): ${failures.join("; ")}.`);
  out.push(...regenerationFindings(peers, (spec) => rows.find((r) => r.id === spec)?.tools.specforge));
  const tc = peers.typecheck?.results.filter((r) => !r.skipped && r.measurement.wall.n > 0) ?? [];
  const sfTc = tc.find((r) => r.tool === "specforge");
  if (sfTc && tc.length > 1) {
    out.push(
      `Type-check (${peers.typecheck!.size} spec + consumer): specforge's output costs ${formatMs(sfTc.measurement.wall.median)} and ${formatMiB(sfTc.measurement.rss)} in tsc; ${tc
        .filter((r) => r !== sfTc)
        .map((r) => `${r.tool} ${formatMs(r.measurement.wall.median)} / ${formatMiB(r.measurement.rss)}`)
        .join(", ")}.`,
    );
  }
  return out;
}

/** The commands of the side-by-side runs, as BENCHMARKS.md shows them. */
export function peerCommands(tools: readonly GenTool[]): { label: string; command: string; bare?: boolean }[] {
  const input = { specDir: "<spec folder>", specFile: "<spec folder>/openapi.json" };
  const node = (t: GenTool) => (t.node.local ? localNodePath("<work>") : "node");
  return [
    ...(tools.some((t) => t.node.local)
      ? [
          {
            label: "once, for the peers whose engines need it: the local Node",
            command: `npm ${localNodeInstallCommand(`<work>/node-${LOCAL_NODE_VERSION}`).join(" ")}`,
            bare: true,
          },
        ]
      : []),
    ...tools.map((t) => ({
      label: `${t.id} (${t.node.local ? `local Node ${t.node.version}` : "machine Node"}); regenerating runs the same into the folder written before${t.id === "specforge" ? ", without --no-cache" : ""}`,
      command: `${node(t)} ${t.args(input, "<out>", { cache: false }).join(" ")}`,
    })),
    {
      label: "type-check cost (consumer.ts + the tool's output in <out>)",
      command: `node ${TSC_ARGS("<work>/out/typecheck/<tool>/tsconfig.json").join(" ")}`,
    },
  ];
}

/** Why specforge is behind, from its own stage timings (the "Where the time goes" tables). */
function behindReasons(sizes: readonly SizeResult[]): string | undefined {
  const small = sizes[0];
  const large = sizes.at(-1);
  if (!small || !large || small === large) return undefined;
  const fixed = (r: SizeResult) =>
    (r.stages.medians["boot (node + static imports)"] ?? 0) +
    (r.stages.medians["between stages (dynamic imports)"] ?? 0);
  const share = (part: number, r: SizeResult) => `${Math.round((part / r.stages.wallMs) * 100)} %`;
  const format = large.stages.medians["format"] ?? Number.NaN;
  return `Where specforge is behind and why: on small specs the fixed cost of a cold process dominates (loading TypeScript, ts-morph, prettier, openapi-typescript and ajv: ${formatMs(fixed(small))}, ${share(fixed(small), small)} of the ${small.size.name} run), while the peers load far less; on the ${large.size.name} spec prettier formatting takes ${formatMs(format)} (${share(format, large)}) — the peers write unformatted code by default — and specforge also writes a README, manifests and its runtime. See "Where the time goes inside specforge".`;
}

function compareRows(peers: PeerResults, sizes: readonly SizeResult[]): (CompareRow & { id: string })[] {
  const synthetic = sizes.map((s): CompareRow & { id: string } => ({
    id: s.size.name,
    label: `synthetic ${s.size.name}`,
    kind: "synthetic",
    counts: s.counts,
    specBytes: s.specBytes,
    tools: s.tools,
  }));
  const github = peers.github ? [{ ...peers.github, id: "github" }] : [];
  return [...synthetic, ...github, ...peers.providers.map((p) => ({ ...p, id: p.label }))];
}

function rowHead(r: CompareRow): string[] {
  const n = (v: number) => (Number.isFinite(v) ? String(v) : "n/a");
  return [r.label, n(r.counts.operations), n(r.counts.schemas)];
}

function ratioCell(
  specforge: Measurement | undefined,
  peer: Measurement | undefined,
  what: "wall" | "cpu" = "wall",
): string {
  return formatRatio(specforge?.[what].median ?? Number.NaN, peer?.[what].median ?? Number.NaN);
}

/** The ids in table order (for the chart's colours). */
export const TOOL_COLORS: Record<ToolId, string> = {
  specforge: "#c0392b",
  "openapi-typescript": "#2c6fbb",
  "hey-api": "#8e44ad",
  orval: "#e67e22",
};
