/**
 * The side-by-side parts of the generation bench that go beyond the synthetic sizes: every tool on each
 * provider spec, regeneration (no change, one-line change), and the type-check cost of each tool's output.
 * The synthetic sizes themselves are measured with every tool in bench-sizes.ts.
 */
import { benchProviderSpecs, type CompareRow, type ToolContext } from "./bench-compare.js";
import { benchIncremental, type IncrementalRow } from "./bench-incremental.js";
import type { SizeResult } from "./bench-sizes.js";
import { benchTypecheck, type TypecheckResult } from "./bench-typecheck.js";
import type { ConsumerOps } from "./consumers.js";
import type { GenTool } from "./peers.js";

/** Everything the side-by-side parts measured. */
export interface PeerResults {
  tools: readonly GenTool[];
  providers: CompareRow[];
  incremental: IncrementalRow[];
  typecheck: { size: string; ops: ConsumerOps; results: TypecheckResult[] } | undefined;
}

/** Which sizes get the incremental and type-check runs. */
export const INCREMENTAL_SIZES = ["small", "large"];
export const TYPECHECK_SIZE = "large";

/** Runs the provider comparison, the incremental runs and the type-check runs. */
export async function benchPeers(
  tools: readonly GenTool[],
  sizes: readonly SizeResult[],
  specFiles: ReadonlyMap<string, string>,
  options: { runs: number | undefined },
  ctx: ToolContext & { workDir: string; log: (line: string) => void },
): Promise<PeerResults> {
  ctx.log("\nevery tool on each provider spec (specs/*)");
  const providers = await benchProviderSpecs(tools, options.runs ?? 5, ctx);
  if (providers.length === 0) ctx.log("  specs/ has no provider folder: no provider rows.");
  ctx.log("\nregenerating: nothing changed, one-line change");
  const incremental: IncrementalRow[] = [];
  for (const r of sizes.filter((s) => INCREMENTAL_SIZES.includes(s.size.name))) {
    incremental.push(
      await benchIncremental(
        tools,
        { name: r.size.name, runs: options.runs ?? r.size.runs, counts: r.counts },
        specFiles.get(r.size.name)!,
        ctx,
      ),
    );
  }
  const large = sizes.find((s) => s.size.name === TYPECHECK_SIZE) ?? sizes.at(-1);
  let typecheck: PeerResults["typecheck"];
  if (large) {
    ctx.log(`\ntype-check cost: tsc --noEmit on each tool's output for the ${large.size.name} spec plus a consumer`);
    typecheck = {
      size: large.size.name,
      ...(await benchTypecheck(tools, specFiles.get(large.size.name)!, options.runs ?? large.size.runs, ctx)),
    };
  }
  return { tools, providers, incremental, typecheck };
}
