/** The "Side by side with other generators" section of BENCHMARKS.md. */
import type { SizeResult } from "./bench-sizes.js";
import { TSC_ARGS } from "./bench-typecheck.js";
import { CONSUMER_TSCONFIG } from "./consumers.js";
import { LOCAL_NODE_VERSION } from "./local-node.js";
import type { PeerResults } from "./bench-peers-part.js";
import { peerFindings, peerTables } from "./peers-report.js";

/** Renders the section (tables, method, findings). */
export function renderPeersSection(peers: PeerResults, sizes: readonly SizeResult[]): string {
  const t = peerTables(peers, sizes);
  const local = peers.tools.filter((tool) => tool.node.local);
  const machineNode = peers.tools.find((tool) => !tool.node.local)?.node.version ?? process.version;
  const tc = peers.typecheck;
  const change = peers.incremental[0]?.change;
  return `## Side by side with other generators

Each tool's own CLI on the same spec file, in its own child process, runs interleaved (specforge,
openapi-typescript, hey-api, orval, then again) so a busy machine disturbs their ratios less. They do not write
the same thing: specforge writes a whole package (prettier-formatted, with README, manifests and its runtime),
openapi-typescript types only, hey-api and orval types plus functions and a fetch client, unformatted (their
default). Peers are devDependencies of this repository for the bench only, never of a generated package.
${local.length ? `\n${local.map((tool) => tool.id).join(" and ")} declare${local.length === 1 ? "s" : ""} \`engines.node\` ${[...new Set(local.map((tool) => `"${tool.node.engines}"`))].join(", ")}, which the machine's Node ${machineNode} does not satisfy: the bench installs Node ${LOCAL_NODE_VERSION} through npm (the pinned \`node\` package, into \`node_modules/.cache/specforge-bench/node-${LOCAL_NODE_VERSION}\`) and runs only ${local.length === 1 ? "that peer" : "those peers"} on it. specforge and openapi-typescript run on the machine's Node, so part of a difference is Node's version.\n` : ""}
${t.tools}

### Generation time (median (min–max) wall time of the CLI process)

${t.time}

"specforge ÷ peer" above 1× means specforge is slower. Synthetic rows are the spec sizes above (the same runs);
provider rows are every folder of \`specs/\`. A tool that fails on a spec keeps its row, with its error.

### Peak memory and CPU time (medians)

${t.memory}

### Regenerating: nothing changed, and a one-line change

Each tool generates into its own folder once, then again with nothing changed, then after a one-line edit of
the spec (a description inside \`components.schemas\`${change ? `: \`${change.split("\n")[1]!.slice(2)}\`` : ""}), runs interleaved.
specforge uses its cache, as \`npm run generate\` does; the peers keep none, so both cases are a full run for them.

${t.incremental}

### Type-check cost for a consumer

Each tool generates the ${tc?.size ?? "large"} spec; a consumer file calls two operations the way the tool's documentation shows
${tc ? `(\`GET ${tc.ops.list.path}\` and \`GET ${tc.ops.item.path}\`; openapi-typescript's types are used through openapi-fetch)` : ""}, and
\`node ${TSC_ARGS("<dir>/tsconfig.json").join(" ")}\` checks consumer and output as sources (one child process per run)
with \`${JSON.stringify(CONSUMER_TSCONFIG.compilerOptions)}\`. "check time" and "types" are tsc's own
\`--extendedDiagnostics\` figures. Errors do not stop the timing; they are listed.

${t.typecheck}

### Findings (side by side)

${peerFindings(peers, sizes)
  .map((f) => `- ${f}`)
  .join("\n")}
`;
}
