/** The generation bench's command lines as BENCHMARKS.md shows them (`<work>` is the bench work folder). */
import { GENERATE_ALL } from "./bench-providers.js";
import { COMMANDS } from "./bench-sizes.js";
import { SPECFORGE_WATCH } from "./bench-watch.js";
import { GITHUB_SPEC, githubInstallCommand } from "./github-spec.js";
import type { GenTool } from "./peers.js";
import { peerCommands } from "./peers-report.js";
import { WATCH_READY } from "./watch-session.js";

/** Every command the generation part runs; `timePrefix` is how peak memory was read (`/usr/bin/time -v `). */
export function generationCommands(
  tools: readonly GenTool[],
  timePrefix: string,
): { label: string; command: string }[] {
  const w = "<work>";
  return [
    {
      label: "specforge cold (fresh --out per run)",
      command: `${timePrefix}node ${COMMANDS.cold(`${w}/specs/<size>`, `${w}/out/<size>/cold-<i>`).join(" ")}`,
    },
    ...peerCommands(tools).map((c) => ({
      label: `side by side: ${c.label}`,
      command: `${c.bare ? "" : timePrefix}${c.command}`,
    })),
    {
      label: `once: ${GITHUB_SPEC.name} ${GITHUB_SPEC.version}, whose ${GITHUB_SPEC.file} is copied to <work>/specs/github/openapi.json for the GitHub rows`,
      command: githubInstallCommand(),
    },
    {
      label: `watch (until stderr has a line matching ${WATCH_READY}; then one description is edited per run)`,
      command: `node ${SPECFORGE_WATCH.watch(`${w}/out/watch/<spec>/watch-<spec>`, `${w}/out/watch/<spec>/out`).join(" ")}`,
    },
    {
      label: "specforge, nothing changed (run once to prime, then timed)",
      command: `${timePrefix}node ${COMMANDS.hit(`${w}/specs/<size>`, `${w}/out/<size>/hit`).join(" ")}`,
    },
    {
      label: "stage timings (in-process pipeline; the detail run uses <work>/probe-detail/)",
      command: `${timePrefix}node ${w}/probe/stage-probe.js ${w}/specs/<size> ${w}/out/<size>/probe-<i>`,
    },
    {
      label: "all providers: cold, into a fresh copy of generated/",
      command: `${timePrefix}node ${GENERATE_ALL("specs", `${w}/out/spec-set/cold-<i>`, false).join(" ")}`,
    },
    {
      label: "all providers: nothing changed (primed once)",
      command: `${timePrefix}node ${GENERATE_ALL("specs", `${w}/out/spec-set/hit`, true).join(" ")}`,
    },
    { label: "stand-in set: the same two commands with", command: `--specs ${w}/stand-in-specs` },
  ];
}
