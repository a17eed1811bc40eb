/**
 * "All providers together": `generate-all` over a spec set into a temporary output root, cold (--no-cache)
 * and when nothing changed (cache hit), each run in its own child process. Also the startup cost of the
 * libraries a cold run loads, since it is paid once per process whatever the spec size.
 */
import { cp, mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { collectCacheHits } from "./bench-sizes.js";
import { msOf, toMeasurement, type Measurement } from "./measurement.js";
import { measureNode, type RssProbe, type Sample } from "./measure.js";
import { dropFailedSpecs, type SpecSet } from "./spec-sets.js";

/** The result for one spec set. */
export interface SetResult {
  set: SpecSet;
  cold: Measurement;
  hit: Measurement;
  /** Spec ids left out because they do not generate. */
  dropped: string[];
}

/** Import cost of one module in a fresh process. */
export interface StartupResult {
  label: string;
  measurement: Measurement;
  /** Which packages a combined case imported. */
  packages?: string[];
}

interface Context {
  root: string;
  workDir: string;
  probe: RssProbe;
  runs: number;
  log: (line: string) => void;
}

/** The generate-all command lines (relative to the repository root). */
export const GENERATE_ALL = (specs: string, out: string, cache: boolean) => [
  "generator/bin.mjs",
  "generate-all",
  "--specs",
  specs,
  "--out",
  out,
  ...(cache ? [] : ["--no-cache"]),
];

/** Measures generate-all over `set`, cold and unchanged. */
export async function benchSpecSet(set: SpecSet, ctx: Context): Promise<SetResult> {
  const rel = (p: string) => path.relative(ctx.root, p);
  const outBase = path.join(ctx.workDir, "out", "spec-set");
  await rm(outBase, { recursive: true, force: true });
  const freshRoot = async (name: string): Promise<string> => {
    const dir = path.join(outBase, name);
    await mkdir(dir, { recursive: true });
    if (set.seedOutRoot)
      await cp(set.seedOutRoot, dir, {
        recursive: true,
        filter: (src) => !src.split(path.sep).includes("node_modules"),
      });
    return dir;
  };
  const run = (args: string[]) => measureNode(args, { cwd: ctx.root, probe: ctx.probe });
  const check = await run(GENERATE_ALL(rel(set.specsDir), rel(await freshRoot("check")), false));
  const dropped = set.standIn ? await dropFailedSpecs(set, check.stderr) : [];
  if (dropped.length > 0) ctx.log(`  left out of the stand-in (they do not generate): ${dropped.join(", ")}`);
  const cold: Sample[] = [];
  for (let i = 1; i <= ctx.runs; i++)
    cold.push(await run(GENERATE_ALL(rel(set.specsDir), rel(await freshRoot(`cold-${i}`)), false)));
  const hitRoot = rel(await freshRoot("hit"));
  await run(GENERATE_ALL(rel(set.specsDir), hitRoot, true));
  const allCached = (s: Sample) => s.stderr.split("unchanged (cached)").length - 1 === set.ids.length;
  const { hits: hit, misses } = await collectCacheHits(
    () => run(GENERATE_ALL(rel(set.specsDir), hitRoot, true)),
    ctx.runs,
    allCached,
  );
  ctx.log(
    `  ${set.label}: cold ${cold.map(msOf).join(", ")}; no-change ${hit.map(msOf).join(", ")}${misses ? ` (${misses} run(s) missed the cache and were re-run)` : ""}`,
  );
  await rm(outBase, { recursive: true, force: true });
  const missNote = misses
    ? [
        `${misses} run(s) regenerated some spec instead of hitting the cache (generator/ changed meanwhile?); re-run, not in the numbers`,
      ]
    : [];
  return { set, cold: toMeasurement(cold), hit: toMeasurement(hit, missNote), dropped };
}

/** Modules a cold specforge run loads, each imported alone in a fresh process (plus bare Node and the CLI's --help). */
export const STARTUP_MODULES = [
  "typescript",
  "ts-morph",
  "prettier",
  "openapi-typescript",
  "@redocly/openapi-core",
  "ajv/dist/2020.js",
  "yaml",
  "handlebars",
];

/**
 * Measures Node's own start, each heavy import, the packages the pipeline imports statically (what even a
 * cache hit or --help pays) and all of them together (what a cold run pays), read from the probe bundle.
 */
export async function benchStartup(ctx: Context & { probeScript: string }): Promise<StartupResult[]> {
  const { staticPackages, allPackages } = await bundlePackages(ctx.probeScript);
  const importAll = (packages: readonly string[]) => [
    "--input-type=module",
    "-e",
    packages.map((m) => `await import(${JSON.stringify(m)});`).join(" "),
  ];
  const cases: { label: string; args: string[]; packages?: string[] }[] = [
    { label: "node (empty script)", args: ["--input-type=module", "-e", ""] },
    ...STARTUP_MODULES.map((m) => ({ label: `import("${m}")`, args: importAll([m]) })),
    {
      label: "the pipeline's static imports together (paid even by --help and cache hits)",
      args: importAll(staticPackages),
      packages: staticPackages,
    },
    { label: "every package a cold run imports, together", args: importAll(allPackages), packages: allPackages },
    { label: "node generator/bin.mjs --help", args: ["generator/bin.mjs", "--help"] },
  ];
  const results: StartupResult[] = [];
  for (const c of cases) {
    const samples: Sample[] = [];
    for (let i = 0; i < ctx.runs; i++) samples.push(await measureNode(c.args, { cwd: ctx.root, probe: ctx.probe }));
    results.push({
      label: c.label,
      measurement: toMeasurement(samples),
      ...(c.packages ? { packages: c.packages } : {}),
    });
  }
  ctx.log(`  startup: ${results.map((r) => `${r.label} ${Math.round(r.measurement.wall.median)} ms`).join("; ")}`);
  return results;
}

/** Bare package specifiers of an esbuild bundle: those reached by static imports from the entry, and all. */
async function bundlePackages(entry: string): Promise<{ staticPackages: string[]; allPackages: string[] }> {
  const dir = path.dirname(entry);
  const specifiers = async (file: string) => {
    const text = await readFile(path.join(dir, file), "utf8");
    const statics = [...text.matchAll(/^(?:import|export)\s[^;]*?["']([^"']+)["'];?$/gm)].map((m) => m[1]!);
    const dynamics = [...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
    return { statics, dynamics };
  };
  const isPackage = (s: string) => !s.startsWith(".") && !s.startsWith("node:") && !s.startsWith("/");
  const walk = async (start: string, followDynamic: boolean): Promise<Set<string>> => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const queue = [start];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const { statics, dynamics } = await specifiers(file);
      for (const s of [...statics, ...(followDynamic ? dynamics : [])]) {
        if (isPackage(s)) packages.add(s);
        else if (s.startsWith("./")) queue.push(s.slice(2));
      }
    }
    return packages;
  };
  const base = path.basename(entry);
  return { staticPackages: [...(await walk(base, false))].sort(), allPackages: [...(await walk(base, true))].sort() };
}
