/** Process entry: runs the CLI and turns unexpected failures into a one-line message (exit 1), never a stack trace. */
import { runCli } from "./cli.js";
import { showableText } from "./diagnostics.js";
import { useBundleHash } from "./cache/content-cache.js";
import type { Launcher } from "./emit/schema-types-service.js";

/** Runs the command line `argv` (without node and script) and sets the process's exit code. */
export async function main(argv: readonly string[], launcher?: Launcher): Promise<void> {
  try {
    if (launcher) useBundleHash(launcher.bundleHash);
    const io = {
      out: (s: string) => void process.stdout.write(s),
      err: (s: string) => void process.stderr.write(s),
      errIsTty: process.stderr.isTTY === true,
    };
    process.exitCode = await runCli([...argv], io, launcher);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `specforge: internal error: ${showableText(message)}\nPlease report this with the spec that caused it.\n`,
    );
    if (process.env["SPECFORGE_DEBUG"]) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
    process.exitCode = 1;
  }
}
