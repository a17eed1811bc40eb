/**
 * The real large spec row: GitHub's REST description (13 MB of JSON, OpenAPI 3.0) from the registry package
 * `@octokit/openapi`, pinned, installed by the bench into its work folder and kept there between runs —
 * never committed. specforge reads a folder, so the file is copied into one of its own (`<work>/specs/github`).
 */
import { copyFile, mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ensurePinned, isPinnedInstalled, pinnedInstallCommand, type PinnedPackage } from "./pinned-install.js";
import { countSpec } from "./synthetic-spec.js";

/** The pinned package and the description it holds (its `generated/` folder also has GHES/GHEC variants). */
export const GITHUB_SPEC = {
  name: "@octokit/openapi",
  version: "23.0.2",
  file: "generated/api.github.com.json",
  /** The row's label in every table. */
  label: "GitHub REST (api.github.com)",
} as const;

/** When the GitHub row runs: always (installing on first use), only when installed already, or never. */
export type GithubMode = "on" | "cached" | "off";

/** The staged spec: what the tools read, and its size. */
export interface GithubSpec {
  specDir: string;
  specFile: string;
  counts: { operations: number; schemas: number };
  specBytes: number;
}

/** The pinned package under the work folder. */
export function githubPackage(workDir: string): PinnedPackage {
  return {
    name: GITHUB_SPEC.name,
    version: GITHUB_SPEC.version,
    prefix: path.join(workDir, `octokit-openapi-${GITHUB_SPEC.version}`),
  };
}

/** The install command as BENCHMARKS.md shows it. */
export function githubInstallCommand(): string {
  return `npm ${pinnedInstallCommand(GITHUB_SPEC, `<work>/octokit-openapi-${GITHUB_SPEC.version}`).join(" ")}`;
}

/** Whether this run measures the GitHub row, and why not when it does not. */
export function githubDecision(mode: GithubMode, cached: boolean): { run: boolean; reason?: string } {
  if (mode === "off") return { run: false, reason: "skipped (--github off)" };
  if (mode === "cached" && !cached)
    return {
      run: false,
      reason: `skipped: ${GITHUB_SPEC.name} ${GITHUB_SPEC.version} is not installed yet and this run only uses it when cached (a full \`npm run bench\`, or \`--github on\`, installs it)`,
    };
  return { run: true };
}

/** Installs the package when the mode allows it and stages the spec under `<work>/specs/github`. */
export async function prepareGithubSpec(
  workDir: string,
  mode: GithubMode,
  log: (line: string) => void,
): Promise<GithubSpec | { skipped: string }> {
  const pkg = githubPackage(workDir);
  const decision = githubDecision(mode, isPinnedInstalled(pkg));
  if (!decision.run) return { skipped: decision.reason! };
  const dir = ensurePinned(pkg, "for the real large spec row", log);
  const specDir = path.join(workDir, "specs", "github");
  const specFile = path.join(specDir, "openapi.json");
  await mkdir(specDir, { recursive: true });
  await copyFile(path.join(dir, GITHUB_SPEC.file), specFile);
  const counts = countSpec(JSON.parse(await readFile(specFile, "utf8")) as Record<string, unknown>);
  return { specDir, specFile, counts, specBytes: (await stat(specFile)).size };
}
