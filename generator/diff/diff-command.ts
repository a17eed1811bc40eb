/** `specforge diff <base> <head> [--format text|markdown|json] [--fail-on breaking|potentially-breaking]`. */
import { formatReport } from "../report.js";
import type { ChangeClass } from "./change.js";
import { diffSpecs } from "./diff-specs.js";
import { CHANGE_RENDERERS, type ChangeFormat } from "./format-changes.js";
import { loadDiffSide } from "./load-side.js";

/** Where the command writes. */
export interface CommandIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Classes that fail the run for each `--fail-on` value. */
export const FAIL_ON: Readonly<Record<string, readonly ChangeClass[]>> = {
  breaking: ["breaking"],
  "potentially-breaking": ["breaking", "potentially-breaking"],
};

/** Runs the diff; exit 0, or 1 when a spec cannot be loaded or `--fail-on` matches, 2 for bad options. */
export async function runDiffCommand(
  options: { base: string; head: string; format: string; failOn: string | undefined; allowRemoteRefs: boolean },
  io: CommandIo,
): Promise<number> {
  if (!(options.format in CHANGE_RENDERERS)) {
    io.err(`--format must be text, markdown or json (got ${JSON.stringify(options.format)})\n`);
    return 2;
  }
  if (options.failOn !== undefined && !(options.failOn in FAIL_ON)) {
    io.err(`--fail-on must be breaking or potentially-breaking (got ${JSON.stringify(options.failOn)})\n`);
    return 2;
  }
  const base = await loadDiffSide(options.base, { allowRemoteRefs: options.allowRemoteRefs });
  if (!base.ok) return failLoad(base.diagnostics, io);
  const head = await loadDiffSide(options.head, { allowRemoteRefs: options.allowRemoteRefs });
  if (!head.ok) return failLoad(head.diagnostics, io);
  const changes = diffSpecs(base.side, head.side);
  io.out(CHANGE_RENDERERS[options.format as ChangeFormat](changes));
  const failing = options.failOn === undefined ? [] : FAIL_ON[options.failOn]!;
  return changes.some((c) => failing.includes(c.class)) ? 1 : 0;
}

function failLoad(diagnostics: Parameters<typeof formatReport>[0], io: CommandIo): number {
  io.err(formatReport(diagnostics));
  return 1;
}
