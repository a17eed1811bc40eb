/**
 * `npm run bench`: generation time and peak memory of specforge against openapi-typescript on synthetic specs
 * of three sizes, all providers together, and where the time goes. Prints tables, writes BENCHMARKS.md and
 * docs/bench-generation.svg. A benchmark, never a test: it asserts nothing about time.
 *
 * Options: --sizes small,medium  --runs N (override every size)  --no-write (print only)
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchSpecSet, benchStartup, GENERATE_ALL } from "./bench-providers.js";
import { benchSize, COMMANDS, type SizeResult } from "./bench-sizes.js";
import { renderBenchmarksMd } from "./benchmarks-md.js";
import { collectMachineInfo, generatorSourceHash } from "./machine.js";
import { chooseRssProbe, describeRssProbe, measureNode } from "./measure.js";
import { bundleStageProbe } from "./probe-bundle.js";
import { resultTables, type BenchResults } from "./report.js";
import { findProviderSet, stageStandInSet } from "./spec-sets.js";
import { renderTimeChart } from "./svg-chart.js";
import { BENCH_SIZES, countSpec, writeSyntheticSpecs } from "./synthetic-spec.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WORK = path.join(ROOT, "node_modules", ".cache", "specforge-bench");
const CHART = "docs/bench-generation.svg";
const log = (line: string) => process.stdout.write(`${line}\n`);

const { values } = parseArgs({ options: { sizes: { type: "string" }, runs: { type: "string" }, "no-write": { type: "boolean" } } });
const wanted = values.sizes?.split(",") ?? BENCH_SIZES.map((s) => s.name);
const sizes = BENCH_SIZES.filter((s) => wanted.includes(s.name)).map((s) => (values.runs ? { ...s, runs: Number(values.runs) } : s));
const started = performance.now();
const loadAtStart = os.loadavg();

await rm(path.join(WORK, "out"), { recursive: true, force: true });
await mkdir(WORK, { recursive: true });
const machine = collectMachineInfo(ROOT);
const probe = await chooseRssProbe(WORK);
const otsBin = await openapiTypescriptBin();
log(`specforge bench — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; work folder ${path.relative(ROOT, WORK)}`);

const specFiles = await writeSyntheticSpecs(path.join(WORK, "specs"), sizes);
const warm = await measureNode(["generator/bin.mjs", "--help"], { cwd: ROOT, probe });
log(`CLI warm-up (builds the esbuild bundle if generator/ changed): ${Math.round(warm.wallMs)} ms`);
const probeScript = await bundleStageProbe({ root: ROOT, outDir: path.join(WORK, "probe"), detail: false });
const detailProbeScript = await bundleStageProbe({ root: ROOT, outDir: path.join(WORK, "probe-detail"), detail: true });
const hashBefore = generatorSourceHash(ROOT);

const sizeResults: SizeResult[] = [];
for (const size of sizes) {
  const file = specFiles.get(size.name)!;
  const counts = countSpec(JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>);
  log(`\n${size.name}: ${counts.operations} operations, ${counts.schemas} schemas, ${size.runs} runs each`);
  sizeResults.push(await benchSize(size, file, counts, { root: ROOT, workDir: WORK, probe, otsBin, probeScript, detailProbeScript, log }));
}

log("\nall providers together (generate-all)");
const setContext = { root: ROOT, workDir: WORK, probe, runs: 5, log };
const providerSet = await findProviderSet(ROOT);
if (!providerSet) log("  specs/ has no provider yet: the provider targets cannot be measured (no numbers invented).");
const providers = providerSet ? await benchSpecSet(providerSet, setContext) : undefined;
const standInSet = await stageStandInSet(ROOT, WORK);
const standIn = standInSet ? await benchSpecSet(standInSet, setContext) : undefined;
if (!standInSet) log("  no stand-in specs found in test/fixtures or test/diagnostics/valid-*.");
log("\nstartup");
const startup = await benchStartup({ ...setContext, probeScript });

const notes: string[] = [];
if (generatorSourceHash(ROOT) !== hashBefore) notes.push("generator/ or templates/ changed while the bench ran (others are editing it); figures mix two versions — run again on a quiet tree.");
const loadAtEnd = os.loadavg();
if (Math.max(loadAtStart[0]!, loadAtEnd[0]!) > machine.cores * 0.5) {
  notes.push(`the machine was busy (1-minute load average ${loadAtStart[0]!.toFixed(1)} at the start, ${loadAtEnd[0]!.toFixed(1)} at the end, on ${machine.cores} cores): wall times are noisier than on a quiet machine; specforge and openapi-typescript runs were interleaved so their ratio suffers less, and CPU time is shown too.`);
}
if (probe.kind === "preload") notes.push("/usr/bin/time was not found; peak memory comes from a Node preload instead.");
const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join("/");
const timePrefix = probe.kind === "gnu-time" ? "/usr/bin/time -v " : `node --import ${rel(probe.preload)} … # instead of `;
const w = "<work>";
const results: BenchResults = {
  machine,
  rssMethod: describeRssProbe(probe),
  sizes: sizeResults,
  providers,
  standIn,
  startup,
  notes,
  chartPath: CHART,
  benchMs: performance.now() - started,
  commands: [
    { label: "specforge cold (fresh --out per run)", command: `${timePrefix}node ${COMMANDS.cold(`${w}/specs/<size>`, `${w}/out/<size>/cold-<i>`).join(" ")}` },
    { label: "openapi-typescript alone", command: `${timePrefix}node ${COMMANDS.ots(otsBin, `${w}/specs/<size>/openapi.json`, `${w}/out/<size>/ots-<i>/types.ts`).join(" ")}` },
    { label: "specforge, nothing changed (run once to prime, then timed)", command: `${timePrefix}node ${COMMANDS.hit(`${w}/specs/<size>`, `${w}/out/<size>/hit`).join(" ")}` },
    { label: "stage timings (in-process pipeline; the detail run uses <work>/probe-detail/)", command: `${timePrefix}node ${w}/probe/stage-probe.js ${w}/specs/<size> ${w}/out/<size>/probe-<i>` },
    { label: "all providers: cold, into a fresh copy of generated/", command: `${timePrefix}node ${GENERATE_ALL("specs", `${w}/out/spec-set/cold-<i>`, false).join(" ")}` },
    { label: "all providers: nothing changed (primed once)", command: `${timePrefix}node ${GENERATE_ALL("specs", `${w}/out/spec-set/hit`, true).join(" ")}` },
    { label: "stand-in set: the same two commands with", command: `--specs ${w}/stand-in-specs` },
  ],
};

const tables = resultTables(results);
log(`\n## Targets\n${tables.targets}\n\n## By spec size\n${tables.sizes}\n\n## All providers together\n${tables.providers}`);
log(`\n## Stages (in-process, cold)\n${tables.stages}\n\n## Inside the stages (${sizeResults.at(-1)?.size.name ?? ""})\n${tables.detail}\n\n## Startup\n${tables.startup}`);
for (const note of notes) log(`\nNOTE: ${note}`);
if (!values["no-write"]) {
  await writeFile(path.join(ROOT, "BENCHMARKS.md"), renderBenchmarksMd(results));
  await mkdir(path.join(ROOT, "docs"), { recursive: true });
  await writeFile(path.join(ROOT, CHART), chart(sizeResults));
  log(`\nwrote BENCHMARKS.md and ${CHART}`);
}
await rm(path.join(WORK, "out"), { recursive: true, force: true });

async function openapiTypescriptBin(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(ROOT, "node_modules", "openapi-typescript", "package.json"), "utf8")) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === "string" ? manifest.bin : (manifest.bin["openapi-typescript"] ?? Object.values(manifest.bin)[0]!);
  return `node_modules/openapi-typescript/${bin.replace(/^\.\//, "")}`;
}

function chart(results: readonly SizeResult[]): string {
  const points = (pick: (r: SizeResult) => number) => results.map((r) => ({ x: r.counts.operations, y: pick(r) / 1000 }));
  return renderTimeChart({
    title: "Generation time vs spec size (median of cold runs)",
    subtitle: `${machine.cpu}, ${machine.cores} cores · Node ${machine.node} · ${machine.date.slice(0, 10)} · specforge ${machine.commit}`,
    series: [
      { label: "specforge cold — whole package", color: "#c0392b", points: points((r) => r.cold.wall.median) },
      { label: "openapi-typescript — types only", color: "#2c6fbb", points: points((r) => r.ots.wall.median) },
      { label: "specforge — nothing changed (cache)", color: "#27ae60", dashed: true, points: points((r) => r.hit.wall.median) },
    ],
  });
}
