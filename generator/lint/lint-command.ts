/** `lint` and `lint-all`: every problem of each spec, located, and one line per spec. */
import type { Io } from "../generate-command.js";
import { lintSpec } from "../generate.js";
import { formatReport } from "../report.js";

/** Lints each target; exit code 1 when any has an error. */
export async function lintAll(targets: string[], allowRemoteRefs: boolean, io: Io): Promise<number> {
  let code: number = 0;
  for (const target of targets) {
    const diagnostics = await lintSpec(target, { allowRemoteRefs });
    if (diagnostics.length > 0) io.err(formatReport(diagnostics));
    const failed = diagnostics.some((d) => d.severity === "error");
    io.err(
      `${failed ? "✗" : "✓"} ${target}: ${diagnostics.length === 0 ? "clean" : `${diagnostics.length} problem(s)`}\n`,
    );
    if (failed) code = 1;
  }
  return code;
}
