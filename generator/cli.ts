/** The command line: parses arguments and calls the pipeline. Exit codes: 0 ok, 1 invalid input or stale output, 2 usage. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Launcher } from "./emit/schema-types-service.js";
import { generateAll, runGenerateJobs, type Io } from "./generate-command.js";
import { lintAll } from "./lint/lint-command.js";
import { specFolders } from "./spec-folders.js";
import { watchJobs } from "./watch-command.js";
import { SPECFORGE_ROOT } from "./paths.js";

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

const HELP = `specforge — typed TypeScript client packages from OpenAPI documents

Usage:
  specforge generate <spec> --out <dir> [--name <npm-name>] [--check | --watch] [--allow-remote-refs] [--no-cache]
  specforge generate-all [--check | --watch] [--specs <dir>] [--out <dir>] [--no-cache]
  specforge import-wadl <file.wadl> --out <openapi.yaml> [--overlay <overlay.yaml>]
  specforge lint <spec>
  specforge lint-all [--specs <dir>]
  specforge diff <base-spec> <head-spec> [--format text|markdown|json] [--fail-on breaking|potentially-breaking]
  specforge review [--base <git-ref>] [--head <git-ref>] [--specs <dir>] [--out <dir>] [--format markdown|json] [--dry-run]
  specforge --help | --version

  <spec>               an OpenAPI 3.0/3.1 or Swagger 2.0 file (YAML or JSON), a WADL file, or a folder holding
                       api.wadl (+ XSD, + overlay.yaml) or openapi.yaml
  --out <dir>          the package folder to write (only this folder is written; stale files are removed)
  --name <npm-name>    package name (default @specforge/<folder>)
  --check              write nothing; exit 1 and list the files when the output is stale
  --allow-remote-refs  allow $refs to http(s) URLs (refused by default)
  --no-cache           regenerate everything, using no cache (the result is the same)
  --timings            print each stage's time per spec (types run beside emit, so stages overlap)
  --quiet, -q          print only problems (no progress, no success lines)
  --watch, -w          generate, then regenerate on every change in the spec folder(s) until Ctrl-C

import-wadl converts a WADL (and the XSD files its grammars include, only from its own folder) to OpenAPI 3.1,
applies the overlay when given, and writes the result; nothing is written when anything is wrong.
generate-all turns every folder of specs/ into generated/<folder> (what \`npm run generate\` runs).
lint validates a spec and prints every error and warning; lint-all does so for every folder of specs/.
Lint rules are configured in specforge.config.json (repository root, overridden per spec folder); see docs/review.md.
diff compares two specs and classifies every change as breaking, potentially-breaking or non-breaking.
review compares every spec folder and generated API surface between --base (default main) and --head (default:
the working tree), decides each package's version, updates its changelog and prints a Markdown report.

Exit codes: 0 success, 1 invalid spec or stale output (--check), 2 usage error.
diff exits 1 when --fail-on matches; review exits 1 on breaking changes the head spec does not acknowledge
(x-specforge-breaking-ok) and 2 when a git ref cannot be read.
`;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: Io, launcher?: Launcher): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        name: { type: "string" },
        specs: { type: "string" },
        overlay: { type: "string" },
        check: { type: "boolean" },
        "allow-remote-refs": { type: "boolean" },
        "no-cache": { type: "boolean" },
        format: { type: "string" },
        "fail-on": { type: "string" },
        base: { type: "string" },
        head: { type: "string" },
        "dry-run": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        quiet: { type: "boolean", short: "q" },
        timings: { type: "boolean" },
        watch: { type: "boolean", short: "w" },
      },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === "help") {
    io.out(HELP);
    return EXIT.ok;
  }
  if (values.version || command === "version") {
    io.out(`specforge ${await ownVersion()} (Node ${process.version})\n`);
    return EXIT.ok;
  }
  const shown = { quiet: values.quiet ?? false, timings: values.timings ?? false, launcher };
  const watching = values.watch ?? false;
  if (watching && (values.check || !command?.startsWith("generate"))) {
    io.err(`--watch works with generate and generate-all, without --check\n\n${HELP}`);
    return EXIT.usage;
  }
  const common = {
    check: values.check ?? false,
    allowRemoteRefs: values["allow-remote-refs"] ?? false,
    noCache: values["no-cache"] ?? false,
  };
  if (command === "generate") {
    if (rest.length !== 1 || !values.out) {
      io.err(`generate needs exactly one <spec> and --out <dir>\n\n${HELP}`);
      return EXIT.usage;
    }
    const request = { specPath: rest[0]!, outDir: values.out, packageName: values.name, ...common };
    const jobs = [{ label: rest[0]!, request }];
    return watching ? watchJobs(jobs, shown, io) : runGenerateJobs(jobs, shown, io);
  }
  if (command === "import-wadl") {
    if (rest.length !== 1 || !values.out) {
      io.err(`import-wadl needs exactly one <file.wadl> and --out <openapi.yaml>\n\n${HELP}`);
      return EXIT.usage;
    }
    const { importWadl } = await import("./import-wadl.js");
    return importWadl(
      { wadlPath: rest[0]!, outPath: values.out, ...(values.overlay ? { overlayPath: values.overlay } : {}) },
      io,
    );
  }
  if (command === "generate-all") {
    const where = { specsDir: values.specs ?? "specs", outRoot: values.out ?? "generated" };
    return generateAll({ ...where, ...common }, { ...shown, watching }, io);
  }
  if (command === "lint" || command === "lint-all") {
    const targets = command === "lint" ? rest : await specFolders(values.specs ?? "specs");
    if (command === "lint" && rest.length !== 1) {
      io.err(`lint needs exactly one <spec>\n\n${HELP}`);
      return EXIT.usage;
    }
    return lintAll(targets ?? [], common.allowRemoteRefs, io);
  }
  if (command === "diff") {
    if (rest.length !== 2) {
      io.err(`diff needs <base-spec> and <head-spec>\n\n${HELP}`);
      return EXIT.usage;
    }
    const { runDiffCommand } = await import("./diff/diff-command.js");
    return runDiffCommand(
      {
        base: rest[0]!,
        head: rest[1]!,
        format: values.format ?? "text",
        failOn: values["fail-on"],
        allowRemoteRefs: common.allowRemoteRefs,
      },
      io,
    );
  }
  if (command === "review") {
    if (rest.length > 0) {
      io.err(`review takes no positional arguments\n\n${HELP}`);
      return EXIT.usage;
    }
    const { runReviewCommand } = await import("./review/review-command.js");
    const options = {
      base: values.base ?? "main",
      head: values.head,
      specsDir: values.specs ?? "specs",
      outRoot: values.out ?? "generated",
    };
    return runReviewCommand(
      { ...options, format: values.format ?? "markdown", dryRun: values["dry-run"] ?? false },
      io,
    );
  }
  io.err(`${command ? `unknown command ${JSON.stringify(command)}` : "missing command"}\n\n${HELP}`);
  return EXIT.usage;
}

/** The version of specforge itself (its package.json). */
async function ownVersion(): Promise<string> {
  const manifest = await readFile(path.join(SPECFORGE_ROOT, "package.json"), "utf8");
  return (JSON.parse(manifest) as { version?: string }).version ?? "unknown";
}
