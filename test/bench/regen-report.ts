/** Tables and findings of regeneration: nothing changed, a one-description edit, and watch. */
import type { PeerResults } from "./bench-peers-part.js";
import type { WatchRow } from "./bench-watch.js";
import { escapeCell, formatMiB, formatMs, formatRatio, formatTimeCell, markdownTable } from "./format-numbers.js";
import type { Measurement } from "./measurement.js";
import { TARGETS } from "./targets.js";

/** The incremental table (one row per spec and tool run on it) and the watch table. */
export function regenerationTables(peers: PeerResults): Record<"incremental" | "watch", string> {
  const label = (row: { counts: { operations: number } }, name: string) => `${name} (${row.counts.operations} ops)`;
  const incremental = markdownTable(
    [
      "spec",
      "tool",
      "nothing changed",
      "one-description edit",
      "peak RSS (edit)",
      "CPU (edit)",
      "specforge ÷ tool (edit)",
    ],
    peers.incremental.flatMap((row) =>
      peers.tools
        .filter((t) => row.tools[t.id])
        .map((t) => {
          const m = row.tools[t.id]!;
          return [
            label(row, row.size),
            t.id,
            formatTimeCell(m.noChange),
            formatTimeCell(m.oneLine),
            formatMiB(m.oneLine.rss),
            formatMs(m.oneLine.cpu.median),
            t.id === "specforge" ? "—" : ratio(row.tools.specforge?.oneLine, m.oneLine),
          ];
        }),
    ),
    ["l", "l", "r", "r", "r", "r", "r"],
  );
  const watch = markdownTable(
    [
      "spec",
      "first generation",
      "edit saved → output changed",
      "watcher CPU per edit",
      "watcher peak RSS",
      "÷ openapi-typescript full run",
      "Ctrl-C (SIGINT)",
      "output vs one-shot generate",
    ],
    peers.watch.map((w) => watchCells(w, label(w, w.spec), otsFullRun(peers, w.spec))),
    ["l", "r", "r", "r", "r", "r", "l", "l"],
  );
  return { incremental, watch };
}

/** Plain statements from the regeneration numbers. */
export function regenerationFindings(peers: PeerResults, coldOf: (spec: string) => Measurement | undefined): string[] {
  const out: string[] = [];
  for (const row of peers.incremental) {
    const sf = row.tools.specforge;
    const ots = row.tools["openapi-typescript"];
    if (!sf || sf.oneLine.wall.n === 0) continue;
    const cold = coldOf(row.size);
    out.push(
      `${row.size}: nothing changed, specforge takes ${formatMs(sf.noChange.wall.median)} (its cache; the peers keep none). ` +
        `After a one-description edit it takes ${formatMs(sf.oneLine.wall.median)}: ${ratio(sf.oneLine, ots?.oneLine)} openapi-typescript's full run (target ≤ ${TARGETS.incrementalRatio}×)` +
        `${cold?.wall.n ? `, ${formatRatio(sf.oneLine.wall.median, cold.wall.median)} its own cold run` : ""}.`,
    );
  }
  for (const w of peers.watch) {
    if (w.unavailable) out.push(`watch, ${w.spec}: ${w.unavailable}.`);
    else if (w.outputDiff?.length)
      out.push(
        `watch, ${w.spec}: the output after Ctrl-C differs from a one-shot generate: ${w.outputDiff.slice(0, 5).join(", ")}.`,
      );
  }
  return out;
}

function watchCells(w: WatchRow, label: string, ots: Measurement | undefined): string[] {
  if (w.unavailable) return [label, escapeCell(w.unavailable), "—", "—", "—", "—", "—", "—"];
  const m = w.regenerate!;
  const diff = w.outputDiff ?? [];
  return [
    label,
    formatMs(w.firstMs ?? Number.NaN),
    formatTimeCell(m),
    formatMs(m.cpu.median),
    formatMiB(m.rss),
    ratio(m, ots),
    w.exit ?? "—",
    diff.length === 0
      ? "identical, no stray files"
      : escapeCell(`${diff.length} file(s): ${diff.slice(0, 3).join(", ")}`),
  ];
}

/** openapi-typescript's full run on the edited spec, from the incremental row of the same spec. */
function otsFullRun(peers: PeerResults, spec: string): Measurement | undefined {
  return peers.incremental.find((row) => row.size === spec)?.tools["openapi-typescript"]?.oneLine;
}

function ratio(a: Measurement | undefined, b: Measurement | undefined): string {
  return formatRatio(a?.wall.median ?? Number.NaN, b?.wall.median ?? Number.NaN);
}
