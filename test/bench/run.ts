/**
 * `npm run bench`: two parts, both run by default.
 * - generation: time and peak memory of specforge against openapi-typescript, @hey-api/openapi-ts and orval on
 *   synthetic specs of three sizes, on GitHub's REST description (installed from the registry, pinned) and on each
 *   provider spec, regeneration (no change, one-description edit), watch, the consumer's type-check cost, all
 *   providers together, and where the time goes (writes docs/bench-generation.svg); the targets table of issue 15
 *   comes first;
 * - runtime: per-request overhead of the generated client against raw fetch (and openapi-fetch, hey-api) on a
 *   loopback JSON API, and the min+gzip size of a bundle calling one operation (runtime-bench.ts).
 * Prints tables and writes BENCHMARKS.md; a part that did not run keeps its section from the existing file.
 * A benchmark, never a test: it asserts nothing about time.
 *
 * Options: --only generation|runtime  --no-write (print only)
 *   --quick: one run of everything and short runtime loops, to check the bench works (never a result)
 *   generation: --sizes small,medium  --runs N (runs of every generation measurement; default 5, large and GitHub 3)
 *               --github on|cached|off (GitHub's REST description row; default on — installed on first use —,
 *               with --quick cached: it runs when an earlier run installed it)
 *   runtime:    --rounds N  --requests N  --warmup N
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchSpecSet, benchStartup } from "./bench-providers.js";
import { benchPeers, type PeerResults } from "./bench-peers-part.js";
import { benchSize, type SizeResult } from "./bench-sizes.js";
import { renderBenchmarksMd } from "./benchmarks-md.js";
import {
  busyNote,
  collectMachineInfo,
  generatorSourceHash,
  quietNote,
  watchLoad,
  type MachineInfo,
} from "./machine.js";
import { chooseRssProbe, describeRssProbe, measureNode } from "./measure.js";
import { loadTools } from "./peers.js";
import { peerTables, TOOL_COLORS } from "./peers-report.js";
import { generationCommands } from "./bench-commands.js";
import { regenerationTables } from "./regen-report.js";
import { bundleStageProbe } from "./probe-bundle.js";
import { resultTables, type BenchResults } from "./report.js";
import { benchRuntime, DEFAULT_RUNTIME_SETTINGS } from "./runtime-bench.js";
import {
  extractRuntimeSection,
  renderRuntimeSection,
  runtimeFindings,
  runtimeTables,
  withRuntimeSection,
} from "./runtime-report.js";
import { findProviderSet, stageStandInSet } from "./spec-sets.js";
import { prepareGithubSpec, type GithubMode } from "./github-spec.js";
import { renderTimeChart } from "./svg-chart.js";
import { BENCH_SIZES, countSpec, writeSyntheticSpecs } from "./synthetic-spec.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WORK = path.join(ROOT, "node_modules", ".cache", "specforge-bench");
const CHART = "docs/bench-generation.svg";
const BENCHMARKS_MD = path.join(ROOT, "BENCHMARKS.md");
const PARTS = ["generation", "runtime"] as const;
const log = (line: string) => process.stdout.write(`${line}\n`);

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    sizes: { type: "string" },
    runs: { type: "string" },
    rounds: { type: "string" },
    requests: { type: "string" },
    warmup: { type: "string" },
    "no-write": { type: "boolean" },
    quick: { type: "boolean" },
    github: { type: "string" },
  },
});
const parts = values.only?.split(",") ?? [...PARTS];
const unknown = parts.filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown.length > 0 || parts.length === 0) {
  process.stderr.write(
    `--only takes ${PARTS.join(" or ")} (comma-separated), not ${unknown.join(", ") || "nothing"}\n`,
  );
  process.exit(2);
}
const count = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`--${name} must be a positive integer\n`);
    process.exit(2);
  }
  return n;
};
const quick = values.quick === true;
const QUICK_NOTE =
  "quick mode (`--quick`): one run of each measurement and short runtime loops — a check that the bench works, not a result.";
const runtimeSettings = {
  ...DEFAULT_RUNTIME_SETTINGS,
  rounds: count("rounds", values.rounds, quick ? 1 : DEFAULT_RUNTIME_SETTINGS.rounds),
  requests: count("requests", values.requests, quick ? 500 : DEFAULT_RUNTIME_SETTINGS.requests),
  warmup: count("warmup", values.warmup, quick ? 100 : DEFAULT_RUNTIME_SETTINGS.warmup),
};
const runsOverride = values.runs ? count("runs", values.runs, 1) : quick ? 1 : undefined;
const githubMode = values.github ?? (quick ? "cached" : "on");
if (!["on", "cached", "off"].includes(githubMode)) {
  process.stderr.write(`--github takes on, cached or off, not ${githubMode}\n`);
  process.exit(2);
}

await mkdir(WORK, { recursive: true });
const machine = collectMachineInfo(ROOT);
log(
  `specforge bench (${parts.join(" + ")}) — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; work folder ${path.relative(ROOT, WORK)}`,
);
const existingMd = existsSync(BENCHMARKS_MD) ? await readFile(BENCHMARKS_MD, "utf8") : "";
const generationMd = parts.includes("generation") ? await benchGeneration(machine) : undefined;
const runtimeSection = parts.includes("runtime") ? await benchRuntimePart(machine) : extractRuntimeSection(existingMd);
if (!values["no-write"]) {
  const base = generationMd ?? (existingMd || "# Benchmarks\n");
  await writeFile(BENCHMARKS_MD, withRuntimeSection(base, runtimeSection));
  log(`\nwrote BENCHMARKS.md${generationMd ? ` and ${CHART}` : " (runtime section only)"}`);
}

/** The runtime part: prints its tables and returns its BENCHMARKS.md section. */
async function benchRuntimePart(machine: MachineInfo): Promise<string> {
  log("\n# Runtime: generated client vs raw fetch, openapi-fetch, hey-api");
  const hashBefore = generatorSourceHash(ROOT);
  const load = watchLoad();
  const results = await benchRuntime(runtimeSettings, { root: ROOT, workDir: WORK, log });
  if (quick) results.notes.push(QUICK_NOTE);
  if (generatorSourceHash(ROOT) !== hashBefore)
    results.notes.push(
      "generator/ or templates/ changed while the runtime bench ran (others are editing it); the package was generated at the start — run again on a quiet tree.",
    );
  const report = load.stop();
  const busy = busyNote(
    report,
    machine.cores,
    "rounds alternate the clients so the paired overhead suffers less, and client CPU time is shown too.",
  );
  const quiet = quietNote(report, machine.cores);
  if (busy) results.notes.unshift(busy);
  if (quiet) results.notes.unshift(quiet);
  const t = runtimeTables(results);
  log(`\n## Runtime targets\n${t.targets}`);
  results.scenarios.forEach((s, i) => {
    const factor = s.scenario.requestsFactor ?? 1;
    log(
      `\n## ${s.scenario.label} (${runtimeSettings.requests * factor} requests after ${runtimeSettings.warmup * factor} warm-up, ${runtimeSettings.rounds} rounds)\n${t.scenarios[i]}`,
    );
  });
  log(
    `\n## Bundle size (esbuild minify, browser ESM; gzip -9)\n${t.bundles}\n\n## specforge bundle by module\n${t.composition}\n\n## specforge bundle by runtime feature\n${t.families}`,
  );
  log(
    `\n## specforge client, CPU profile without network\n${t.profile}\n\n## Findings\n${runtimeFindings(results)
      .map((f) => `- ${f}`)
      .join("\n")}`,
  );
  for (const note of results.notes) log(`\nNOTE: ${note}`);
  return renderRuntimeSection(results, machine);
}

/** The generation part (the original bench): prints its tables, writes the chart, returns BENCHMARKS.md's text. */
async function benchGeneration(machine: MachineInfo): Promise<string> {
  const wanted = values.sizes?.split(",") ?? BENCH_SIZES.map((s) => s.name);
  const sizes = BENCH_SIZES.filter((s) => wanted.includes(s.name)).map((s) =>
    runsOverride ? { ...s, runs: runsOverride } : s,
  );
  const started = performance.now();
  const load = watchLoad();

  await rm(path.join(WORK, "out"), { recursive: true, force: true });
  const probe = await chooseRssProbe(WORK);
  const tools = loadTools(ROOT, WORK, log);
  log(`\n# Generation: ${tools.map((t) => t.label).join(" vs ")}`);

  const specFiles = await writeSyntheticSpecs(path.join(WORK, "specs"), sizes);
  const warm = await measureNode(["generator/bin.mjs", "--help"], { cwd: ROOT, probe });
  log(`CLI warm-up (builds the esbuild bundle if generator/ changed): ${Math.round(warm.wallMs)} ms`);
  const probeScript = await bundleStageProbe({ root: ROOT, outDir: path.join(WORK, "probe"), detail: false });
  const detailProbeScript = await bundleStageProbe({
    root: ROOT,
    outDir: path.join(WORK, "probe-detail"),
    detail: true,
  });
  const hashBefore = generatorSourceHash(ROOT);

  const sizeResults: SizeResult[] = [];
  for (const size of sizes) {
    const file = specFiles.get(size.name)!;
    const counts = countSpec(JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>);
    log(`\n${size.name}: ${counts.operations} operations, ${counts.schemas} schemas, ${size.runs} runs each`);
    sizeResults.push(
      await benchSize(size, file, counts, {
        root: ROOT,
        workDir: WORK,
        probe,
        tools,
        probeScript,
        detailProbeScript,
        log,
      }),
    );
  }

  const github = await prepareGithubSpec(WORK, githubMode as GithubMode, log);
  const peers = await benchPeers(
    tools,
    sizeResults,
    specFiles,
    github,
    { runs: runsOverride },
    { root: ROOT, workDir: WORK, probe, log },
  );
  log("\nall providers together (generate-all)");
  const setContext = { root: ROOT, workDir: WORK, probe, runs: runsOverride ?? 5, log };
  const providerSet = await findProviderSet(ROOT);
  if (!providerSet) log("  specs/ has no provider yet: the provider targets cannot be measured (no numbers invented).");
  const providers = providerSet ? await benchSpecSet(providerSet, setContext) : undefined;
  const standInSet = await stageStandInSet(ROOT, WORK);
  const standIn = standInSet ? await benchSpecSet(standInSet, setContext) : undefined;
  if (!standInSet) log("  no stand-in specs found in test/fixtures or test/diagnostics/valid-*.");
  log("\nstartup");
  const startup = await benchStartup({ ...setContext, probeScript });

  const notes: string[] = quick ? [QUICK_NOTE] : [];
  if (generatorSourceHash(ROOT) !== hashBefore)
    notes.push(
      "generator/ or templates/ changed while the bench ran (others are editing it); figures mix two versions — run again on a quiet tree.",
    );
  const report = load.stop();
  const busy = busyNote(
    report,
    machine.cores,
    "the tools' runs were interleaved so their ratios suffer less, and CPU time is shown too.",
  );
  const quiet = quietNote(report, machine.cores);
  if (busy) notes.unshift(busy);
  if (quiet) notes.unshift(quiet);
  if (probe.kind === "preload")
    notes.push("/usr/bin/time was not found; peak memory comes from a Node preload instead.");
  const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join("/");
  const timePrefix =
    probe.kind === "gnu-time" ? "/usr/bin/time -v " : `node --import ${rel(probe.preload)} … # instead of `;
  const results: BenchResults = {
    machine,
    rssMethod: describeRssProbe(probe),
    sizes: sizeResults,
    peers,
    providers,
    standIn,
    startup,
    notes,
    chartPath: CHART,
    benchMs: performance.now() - started,
    commands: generationCommands(tools, timePrefix),
  };

  const tables = resultTables(results);
  const side = peerTables(peers, sizeResults);
  log(
    `\n## Targets\n${tables.targets}\n\n## By spec size\n${tables.sizes}\n\n## All providers together\n${tables.providers}`,
  );
  log(
    `\n## Tools\n${side.tools}\n\n## Side by side: generation time\n${side.time}\n\n## Side by side: peak memory and CPU\n${side.memory}`,
  );
  const regen = regenerationTables(peers);
  log(
    `\n## Regenerating\n${regen.incremental}\n\n## Watch\n${regen.watch}\n\n## Type-check cost (${peers.typecheck?.size ?? ""} spec + consumer)\n${side.typecheck}`,
  );
  log(
    `\n## Stages (in-process, cold)\n${tables.stages}\n\n## Inside the stages (${sizeResults.at(-1)?.size.name ?? ""})\n${tables.detail}\n\n## Startup\n${tables.startup}`,
  );
  for (const note of notes) log(`\nNOTE: ${note}`);
  if (!values["no-write"]) {
    await mkdir(path.join(ROOT, "docs"), { recursive: true });
    await writeFile(
      path.join(ROOT, CHART),
      chart(sizeResults, peers, machine, [
        ...(busy ? ["busy machine: not a result"] : []),
        ...(quick ? ["--quick"] : []),
      ]),
    );
  }
  await rm(path.join(WORK, "out"), { recursive: true, force: true });
  return renderBenchmarksMd(results);
}

function chart(
  results: readonly SizeResult[],
  peers: PeerResults,
  machine: MachineInfo,
  caveats: readonly string[],
): string {
  const points = (pick: (r: SizeResult) => number) =>
    results.map((r) => ({ x: r.counts.operations, y: pick(r) / 1000 }));
  return renderTimeChart({
    title: "Generation time vs spec size (median of cold runs, each tool's CLI)",
    subtitle: [
      `${machine.cpu}, ${machine.cores} cores · Node ${machine.node} · ${machine.date.slice(0, 10)} · specforge ${machine.commit}`,
      ...caveats,
    ].join(" · "),
    series: [
      ...peers.tools.map((t) => ({
        label: `${t.label} — ${t.id === "specforge" ? "whole package, cold" : t.output}${t.node.local ? ` (Node ${t.node.version})` : ""}`,
        color: TOOL_COLORS[t.id],
        points: points((r) => r.tools[t.id]?.wall.median ?? Number.NaN),
      })),
      {
        label: "specforge — nothing changed (cache)",
        color: "#27ae60",
        dashed: true,
        points: points((r) => r.hit.wall.median),
      },
    ],
  });
}
