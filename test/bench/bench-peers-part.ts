/**
 * The side-by-side parts of the generation bench that go beyond the synthetic sizes: every tool on each
 * provider spec and on GitHub's REST description, regeneration (no change, one-description edit), watch, and
 * the type-check cost of each tool's output. The synthetic sizes themselves are measured in bench-sizes.ts.
 */
import { benchProviderSpecs, compareSpec, type CompareRow, type ToolContext } from "./bench-compare.js";
import { benchIncremental, type IncrementalRow } from "./bench-incremental.js";
import type { SizeResult } from "./bench-sizes.js";
import { benchTypecheck, type TypecheckResult } from "./bench-typecheck.js";
import { benchWatch, type WatchRow } from "./bench-watch.js";
import type { ConsumerOps } from "./consumers.js";
import { GITHUB_SPEC, type GithubSpec } from "./github-spec.js";
import type { GenTool } from "./peers.js";
import type { RssProbe } from "./measure.js";

/** Everything the side-by-side parts measured. */
export interface PeerResults {
  tools: readonly GenTool[];
  providers: CompareRow[];
  /** GitHub's REST description with every tool; undefined when skipped (`githubSkipped` says why). */
  github: CompareRow | undefined;
  githubSkipped?: string | undefined;
  incremental: IncrementalRow[];
  watch: WatchRow[];
  typecheck: { size: string; ops: ConsumerOps; results: TypecheckResult[] } | undefined;
}

/** Which sizes get the incremental runs (with every tool; GitHub's with specforge and openapi-typescript). */
export const INCREMENTAL_SIZES = ["small", "large"];
/** Which specs get the watch row (and the type-check runs). */
export const WATCH_SIZES = ["large"];
export const TYPECHECK_SIZE = "large";
/** The peers on GitHub's incremental row: hey-api and orval keep no cache, so theirs would repeat the cold row. */
const GITHUB_INCREMENTAL_TOOLS = ["specforge", "openapi-typescript"];
/** Runs of each GitHub measurement when --runs does not say (as for the large synthetic spec). */
const GITHUB_RUNS = 3;

/** Runs the provider and GitHub comparisons, the incremental and watch runs and the type-check runs. */
export async function benchPeers(
  tools: readonly GenTool[],
  sizes: readonly SizeResult[],
  specFiles: ReadonlyMap<string, string>,
  github: GithubSpec | { skipped: string },
  options: { runs: number | undefined },
  ctx: ToolContext & { workDir: string; probe: RssProbe; log: (line: string) => void },
): Promise<PeerResults> {
  ctx.log("\nevery tool on each provider spec (specs/*)");
  const providers = await benchProviderSpecs(tools, options.runs ?? 5, ctx);
  if (providers.length === 0) ctx.log("  specs/ has no provider folder: no provider rows.");
  const githubRuns = options.runs ?? GITHUB_RUNS;
  const githubSpec = "skipped" in github ? undefined : github;
  const skipped = "skipped" in github ? github.skipped : undefined;
  ctx.log(`\n${GITHUB_SPEC.label}: ${skipped ?? `every tool, ${githubRuns} run(s)`}`);
  const githubRow = githubSpec
    ? await compareSpec(
        tools,
        githubSpec,
        {
          id: "github",
          label: `${GITHUB_SPEC.label}, ${GITHUB_SPEC.name} ${GITHUB_SPEC.version}`,
          kind: "real",
          counts: githubSpec.counts,
          runs: githubRuns,
        },
        ctx,
      )
    : undefined;
  // Each spec that gets incremental or watch rows: the chosen synthetic sizes, then GitHub's.
  const specs = [
    ...sizes.map((r) => ({
      name: r.size.name,
      runs: options.runs ?? r.size.runs,
      counts: r.counts,
      file: specFiles.get(r.size.name)!,
    })),
    ...(githubSpec ? [{ name: "github", runs: githubRuns, counts: githubSpec.counts, file: githubSpec.specFile }] : []),
  ];
  ctx.log("\nregenerating: nothing changed, one-description edit");
  const incremental: IncrementalRow[] = [];
  for (const spec of specs.filter((s) => INCREMENTAL_SIZES.includes(s.name) || s.name === "github")) {
    const which = spec.name === "github" ? tools.filter((t) => GITHUB_INCREMENTAL_TOOLS.includes(t.id)) : tools;
    incremental.push(await benchIncremental(which, spec, spec.file, ctx));
  }
  ctx.log("\nwatch: generate --watch, one-description edit saved, until the output changes");
  const watch: WatchRow[] = [];
  for (const spec of specs.filter((s) => WATCH_SIZES.includes(s.name) || s.name === "github"))
    watch.push(await benchWatch(spec, spec.file, ctx));
  const large = sizes.find((s) => s.size.name === TYPECHECK_SIZE) ?? sizes.at(-1);
  let typecheck: PeerResults["typecheck"];
  if (large) {
    ctx.log(`\ntype-check cost: tsc --noEmit on each tool's output for the ${large.size.name} spec plus a consumer`);
    typecheck = {
      size: large.size.name,
      ...(await benchTypecheck(tools, specFiles.get(large.size.name)!, options.runs ?? large.size.runs, ctx)),
    };
  }
  return { tools, providers, github: githubRow, githubSkipped: skipped, incremental, watch, typecheck };
}
