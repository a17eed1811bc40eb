/** The "Side by side with other generators" section of BENCHMARKS.md. */
import type { SizeResult } from "./bench-sizes.js";
import { TSC_ARGS } from "./bench-typecheck.js";
import { CONSUMER_TSCONFIG } from "./consumers.js";
import { LOCAL_NODE_VERSION } from "./local-node.js";
import type { PeerResults } from "./bench-peers-part.js";
import { peerFindings, peerTables } from "./peers-report.js";
import { regenerationTables } from "./regen-report.js";
import { inlineCode } from "./format-numbers.js";
import { GITHUB_SPEC } from "./github-spec.js";
import { WATCH_LIMITS } from "./bench-watch.js";
import { WATCH_READY } from "./watch-session.js";

/** Renders the section (tables, method, findings). */
export function renderPeersSection(peers: PeerResults, sizes: readonly SizeResult[]): string {
  const t = peerTables(peers, sizes);
  const local = peers.tools.filter((tool) => tool.node.local);
  const machineNode = peers.tools.find((tool) => !tool.node.local)?.node.version ?? process.version;
  const tc = peers.typecheck;
  const r = regenerationTables(peers);
  const edits = peers.incremental
    .map(
      (row) =>
        `- ${row.size}: ${inlineCode(row.pointer)}, e.g. ${inlineCode(row.change.split("\n")[1]!.slice(2, 160))}`,
    )
    .join("\n");
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
provider rows are every folder of \`specs/\`. ${githubNote(peers)} A tool that fails on a spec keeps its row, with its error.

### Peak memory and CPU time (medians)

${t.memory}

### Regenerating: nothing changed, and a one-description edit

Each tool generates into its own folder once, then again with nothing changed, then after a one-description edit
deep in the spec (the description in the middle of all those under \`components.schemas\` gets \` (edit <i>)\`
appended: one line of the JSON), runs interleaved. specforge uses its cache, as \`npm run generate\` does; the peers
keep none, so both cases are a full run for them. On GitHub's description only specforge and openapi-typescript run
(hey-api's and orval's full runs are in the generation table). The edited descriptions:

${edits}

${r.incremental}

### Watch: an edit saved while \`specforge generate --watch\` runs

The watcher runs on a copy of the spec into a fresh folder. Once its stderr has a line matching \`${WATCH_READY}\`
(its first generation) and it still runs ${WATCH_LIMITS.settleMs} ms later, the bench saves the same one-description edit as above and
times until the output changes on disk (a stat poll every ${WATCH_LIMITS.pollMs} ms of the output files that hold
that description), then waits for the next such line before the next edit. CPU time and peak RSS are the watcher
process's own (\`/proc/<pid>\`). Then SIGINT: the watcher must exit, and its output folder must equal a one-shot
\`generate\` of the final spec (no stray temp files). A CLI without \`--watch\` shows "not available".

${r.watch}

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

/** What the GitHub row is, or why this run has none. */
function githubNote(peers: PeerResults): string {
  const what = `The ${GITHUB_SPEC.label} row is \`${GITHUB_SPEC.file}\` of the registry package \`${GITHUB_SPEC.name}\` ${GITHUB_SPEC.version}, which the bench installs with npm into \`<work>/octokit-openapi-${GITHUB_SPEC.version}\` (kept between runs, never committed)`;
  return peers.github ? `${what}.` : `${what}; this run has no GitHub row: ${peers.githubSkipped ?? "not run"}.`;
}
