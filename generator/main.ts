/** Process entry: runs the CLI and turns unexpected failures into a one-line message (exit 1), never a stack trace. */
import { runCli } from "./cli.js";
import { showableText } from "./diagnostics.js";

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `specforge: internal error: ${showableText(message)}\nPlease report this with the spec that caused it.\n`,
  );
  if (process.env["SPECFORGE_DEBUG"]) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
  process.exitCode = 1;
}
