/** Reads a folder of the repository as it is at a git ref (`git ls-tree` + `git show`), into a temporary directory. */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const MAX_BUFFER = 256 * 1024 * 1024;

/** Runs git in `cwd`; a failure becomes an Error carrying git's own message. */
async function git(cwd: string, args: string[], encoding: "utf8" | "buffer" = "utf8"): Promise<string | Buffer> {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: MAX_BUFFER, encoding });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string | Buffer }).stderr?.toString().trim();
    throw new Error(stderr || (error instanceof Error ? error.message : String(error)));
  }
}

/** The commit a ref names; throws a readable error for a ref that is not a commit (refs starting with `-` are refused). */
export async function resolveCommit(repo: string, ref: string): Promise<string> {
  if (ref.startsWith("-") || ref.trim() === "") throw new Error(`invalid git ref ${JSON.stringify(ref)}`);
  try {
    return String(await git(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
  } catch {
    throw new Error(`git ref ${JSON.stringify(ref)} does not name a commit in ${repo}`);
  }
}

/** Writes every file under `folder` (repository-relative, POSIX) at `commit` into `dest`, keeping relative paths. */
export async function exportFolder(repo: string, commit: string, folder: string, dest: string): Promise<number> {
  const listing = String(await git(repo, ["ls-tree", "-r", "-z", "--name-only", commit, "--", folder]));
  const files = listing.split("\0").filter((f) => f !== "");
  for (const file of files) {
    const content = await git(repo, ["show", `${commit}:${file}`], "buffer");
    const target = path.join(path.resolve(dest), ...file.split("/"));
    if (!target.startsWith(path.resolve(dest) + path.sep)) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return files.length;
}

/** The repository root of `cwd`, and `cwd`'s path inside it (POSIX, "" at the root). */
export async function repositoryOf(cwd: string): Promise<{ root: string; prefix: string }> {
  const root = String(await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  const prefix = String(await git(cwd, ["rev-parse", "--show-prefix"])).trim();
  return { root, prefix };
}
