/** The text of BENCHMARKS.md: machine, method, tables, verdicts, and findings computed from the numbers. */
import type { SizeResult } from "./bench-sizes.js";
import { attributeDetail } from "./detail-attribution.js";
import { formatMs, formatShare } from "./format-numbers.js";
import { renderPeersSection } from "./peers-md.js";
import { failureLines, resultTables, type BenchResults } from "./report.js";
import { TARGETS } from "./targets.js";

/** Renders BENCHMARKS.md. */
export function renderBenchmarksMd(results: BenchResults): string {
  const t = resultTables(results);
  const m = results.machine;
  const large = results.sizes.at(-1);
  const failures = [
    ...results.sizes.flatMap((r) => [
      ...failureLines(`${r.size.name} specforge cold`, r.cold),
      ...failureLines(`${r.size.name} openapi-typescript`, r.ots),
      ...failureLines(`${r.size.name} no change`, r.hit),
    ]),
    ...(results.providers
      ? [
          ...failureLines("providers cold", results.providers.cold),
          ...failureLines("providers no change", results.providers.hit),
        ]
      : []),
    ...(results.standIn
      ? [
          ...failureLines("stand-in cold", results.standIn.cold),
          ...failureLines("stand-in no change", results.standIn.hit),
        ]
      : []),
  ];
  return `# Benchmarks

Written by \`npm run bench\` (\`test/bench/run.ts\`; \`npm run bench -- --quick\` only checks that it works) — regenerate rather than edit. A benchmark, not a test:
nothing here is asserted, and \`npm test\` never runs it. Figures are medians with (min–max) of separate
child processes; the whole run took ${formatMs(results.benchMs)}.

## Targets (issue 15: the fastest generator in its field)

${t.targets}

Ratios are of median wall times in this run (CPU time, user + sys, alongside); openapi-typescript is its own CLI
(types only). Cold: the sizes table and the side-by-side table. Providers: "All providers together". One-description
edit and watch: "Regenerating" and "Watch", where openapi-typescript's full run is its run on the same edited spec.
${results.notes.length ? "Read the notes below before the verdicts.\n" : ""}
## Machine

| | |
|---|---|
| CPU | ${m.cpu} |
| cores | ${m.cores} |
| memory | ${m.memoryGiB} GiB |
| OS | ${m.os} |
| Node | ${m.node} |
| packages | ${Object.entries(m.packages)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")} |
| date | ${m.date} |
| commit | ${m.commit}${m.dirty.length ? ` + uncommitted changes in ${m.dirty.length} file(s) under generator/ or templates/ (the working tree was measured)` : ""} |

${results.notes.length ? `${results.notes.map((n) => `> **Note:** ${n}`).join("\n>\n")}\n\n` : ""}## Generation time and peak memory by spec size

${t.sizes}

- **specforge cold**: the whole package (types, client, resources, runtime, README, manifests), \`--no-cache\`, a fresh
  output folder each run. "Cold" means no specforge cache; the OS file cache is warm and the CLI's esbuild bundle
  (\`node_modules/.cache/specforge/cli-*\`) was built before timing.
- **openapi-typescript**: its own CLI on the same JSON file (types only; includes its Redocly bundling/validation).
- **ratio**: specforge cold ÷ openapi-typescript (target ≤ ${TARGETS.coldRatio}).
- **no change**: \`generate\` again into the same folder, nothing changed — the content-hash cache hit.
- Peak memory: ${results.rssMethod}.

![generation time vs operations](${results.chartPath})

${renderPeersSection(results.peers, results.sizes)}
## All providers together

${t.providers}

${results.providers ? "" : "specs/ holds no provider yet, so the two provider targets cannot be measured; no numbers are given for them.\nThe stand-in row shows what \`generate-all\` costs for ${results.standIn ? results.standIn.set.ids.length : 0} small feature specs on this machine — not the providers.\n"}
## Where the time goes inside specforge

Each cold run of the pipeline in-process (\`test/bench/stage-probe.ts\`, bundled exactly as \`generator/bin.mjs\`
bundles the CLI), in its own child process, with the \`timings\` that \`generatePackage\` returns. "boot" is Node's
start plus the pipeline's static imports; "between stages" is the dynamic \`import()\` of the validate and
build modules (TypeScript, ts-morph, prettier, openapi-typescript, ajv load there).

${t.stages}

### Inside the stages (${large?.size.name ?? ""} spec, one run with timed shims)

One extra run where prettier, openapi-typescript and ts-morph are swapped (in the probe bundle only) for timed
wrappers; prettier calls are serialised so each file's time is its own (the first call of each parser also
pays for loading that prettier plugin).

${t.detail}

### Startup: what every cold process pays before any spec is read

${t.startup}

${results.startup
  .filter((s) => s.packages)
  .map((s) => `- ${s.label}: ${s.packages!.map((p) => `\`${p}\``).join(", ")}`)
  .join("\n")}

## Findings

${findings(results)
  .map((f) => `- ${f}`)
  .join("\n")}

## Commands

Run from the repository root; \`<work>\` is \`node_modules/.cache/specforge-bench\` (gitignored), where the
synthetic specs (\`test/bench/synthetic-spec.ts\`, seeded, byte-identical on every run) and outputs go.

\`\`\`sh
${results.commands.map((c) => `# ${c.label}\n${c.command}`).join("\n")}
\`\`\`
${failures.length ? `\n## Failed or repeated runs (left out of the numbers)\n\n${failures.join("\n")}\n` : ""}`;
}

/** Plain statements derived from the numbers (the same facts the issue asks about). */
export function findings(results: BenchResults): string[] {
  const out: string[] = [];
  const large = results.sizes.at(-1);
  if (!large) return out;
  out.push(...sizeFindings(large));
  const small = results.sizes[0];
  const startup = (label: string) =>
    results.startup.find((s) => s.label.startsWith(label))?.measurement.wall.median ?? Number.NaN;
  const node = startup("node (empty");
  const everything = startup("every package");
  const statics = startup("the pipeline's static");
  const help = startup("node generator/bin.mjs --help");
  if (small && small !== large) {
    const fixed =
      (small.stages.medians["boot (node + static imports)"] ?? 0) +
      (small.stages.medians["between stages (dynamic imports)"] ?? 0);
    out.push(
      `Fixed cost of a cold process: even the ${small.counts.operations}-operation spec takes ${formatMs(small.cold.wall.median)}; boot + dynamic imports are ≈ ${formatMs(fixed)} of it, ` +
        `and importing every package a cold run needs takes ${formatMs(everything)} in a fresh process (empty Node: ${formatMs(node)}). ` +
        `\`generate-all\` pays this once for all providers, but it is already ${formatShare(fixed, TARGETS.providersColdMs)} of the ${formatMs(TARGETS.providersColdMs)} cold budget. ` +
        `The small spec's format stage takes ${formatMs(small.stages.medians["format"] ?? Number.NaN)} (the README is laid out without prettier unless a description needs it).`,
    );
    out.push(
      `Nothing changed: a cache hit costs ${formatMs(small.hit.wall.median)} (small) to ${formatMs(large.hit.wall.median)} (${large.size.name}) per process. ` +
        `\`--help\` alone takes ${formatMs(help)}: the CLI imports the loader's packages statically (${formatMs(statics)} in a fresh process vs ${formatMs(node)} for empty Node), so the hit path pays for a parser it never uses.`,
    );
  }
  const s = results.standIn;
  if (s)
    out.push(
      `${s.set.label.replace(/^stand-in: /, "Stand-in, ")}: ${formatMs(s.cold.wall.median)} cold, ${formatMs(s.hit.wall.median)} when nothing changed — ≈ ${formatMs((s.cold.wall.median - everything) / Math.max(1, s.set.ids.length))} per spec beyond the imports.`,
    );
  return out;
}

function sizeFindings(large: SizeResult): string[] {
  const out: string[] = [];
  const stages = Object.entries(large.stages.medians).sort((a, b) => b[1] - a[1]);
  const wall = large.stages.wallMs;
  out.push(
    `${large.size.name} spec (${large.counts.operations} operations, ${large.counts.schemas} schemas): the biggest costs are ${stages
      .slice(0, 3)
      .map(([n, v]) => `${n} ${formatMs(v)} (${formatShare(v, wall)})`)
      .join(", ")} of ${formatMs(wall)} in-process.`,
  );
  const budget = large.ots.wall.median * TARGETS.coldRatio;
  const over = large.cold.wall.median - budget;
  out.push(
    `To meet "≤ ${TARGETS.coldRatio}× openapi-typescript" on the ${large.size.name} spec, a cold run must take ≤ ${formatMs(budget)}; it takes ${formatMs(large.cold.wall.median)}${over > 0 ? `, so ${formatMs(over)} must go` : " (met)"}.`,
  );
  const detail = large.stages.detail;
  if (detail) {
    const rows = attributeDetail(detail);
    const prettier = rows.filter((r) => r.what.startsWith("prettier"));
    const prettierMs = prettier.reduce((a, r) => a + r.ms, 0);
    if (prettier.length === 0) out.push("prettier is not called in the timed run: the README is laid out without it.");
    else
      out.push(
        `prettier takes ${formatMs(prettierMs)} in the timed run: ${prettier
          .slice(0, 4)
          .map(
            (r) =>
              `${r.what.replace("prettier: ", "")} ${formatMs(r.ms)} (${r.calls} call${r.calls === 1 ? "" : "s"}, ${(r.chars / 1024).toFixed(0)} KiB)`,
          )
          .join("; ")}.`,
      );
    const without = large.cold.wall.median - (large.stages.medians["format"] ?? 0);
    out.push(
      `Without the format stage a cold ${large.size.name} run would be ≈ ${formatMs(without)} (${(without / large.ots.wall.median).toFixed(2)}× openapi-typescript) — ${without <= budget ? "enough on its own" : "not enough on its own"} for the ratio target.`,
    );
    const ots = rows.filter((r) => r.stage === "types");
    if (ots.length)
      out.push(
        `The types stage is openapi-typescript's ${ots.map((r) => `${r.what.replace("openapi-typescript ", "")} ${formatMs(r.ms)}`).join(" + ")} in the timed run (its CLI adds Redocly bundling on top, which specforge skips).`,
      );
  }
  return out;
}
