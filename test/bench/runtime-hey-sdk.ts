/**
 * hey-api's client as its users get it today: @hey-api/openapi-ts generates an SDK with its fetch client
 * bundled into the output (the standalone @hey-api/client-fetch package is the older way). The runtime bench
 * generates the petstore SDK once (on the local Node if the peer's engines need it) and bundles a consumer.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { errorSummary } from "./measurement.js";
import { loadTools } from "./peers.js";

/** Generates the SDK for `specDir` into `outDir`; returns the tool's label, or an error message. */
export function generateHeySdk(
  root: string,
  workDir: string,
  specDir: string,
  specFile: string,
  outDir: string,
  log: (line: string) => void,
): { label: string } | { error: string } {
  try {
    const tool = loadTools(root, workDir, log).find((t) => t.id === "hey-api");
    if (!tool) return { error: "@hey-api/openapi-ts is not among the bench's tools" };
    const rel = (p: string) => path.relative(root, p);
    const run = spawnSync(
      tool.node.binary,
      tool.args({ specDir: rel(specDir), specFile: rel(specFile) }, rel(outDir), { cache: false }),
      { cwd: root, encoding: "utf8" },
    );
    if (run.status !== 0)
      return {
        error: `${tool.label} exited ${run.status}: ${errorSummary({ stderr: run.stderr ?? "", stdout: run.stdout ?? "" })}`,
      };
    return { label: tool.label };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
