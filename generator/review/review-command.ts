/**
 * `specforge review [--base <ref>] [--head <ref>]`: every provider's spec and generated API surface compared between
 * a git ref and the working tree (or another ref), versions decided, changelogs updated, a Markdown report printed.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { CommandIo } from "../diff/diff-command.js";
import { exportFolder, repositoryOf, resolveCommit } from "./git-tree.js";
import { renderReviewJson, renderReviewMarkdown } from "./review-report.js";
import { reviewProvider, type ProviderReview } from "./review-provider.js";
import { writeRelease } from "./write-release.js";

/** Options of the review command. */
export interface ReviewOptions {
  base: string;
  /** A git ref, or undefined for the working tree. */
  head: string | undefined;
  specsDir: string;
  outRoot: string;
  format: string;
  dryRun: boolean;
}

const RENDERERS = { markdown: renderReviewMarkdown, json: renderReviewJson } as const;

/** Runs the review; exit 0, 1 on unacknowledged breaking changes or specs that do not build, 2 on usage or git errors. */
export async function runReviewCommand(options: ReviewOptions, io: CommandIo): Promise<number> {
  if (!(options.format in RENDERERS)) {
    io.err(`review --format must be markdown or json (got ${JSON.stringify(options.format)})\n`);
    return 2;
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), "specforge-review-"));
  try {
    const trees = await checkoutTrees(options, tmp).catch((error: unknown) => error as Error);
    if (trees instanceof Error) {
      io.err(`review: ${trees.message}\n`);
      return 2;
    }
    const reviews: ProviderReview[] = [];
    for (const id of await providerIds(trees.base, trees.head)) {
      const inside = async (dir: string) => ((await readdir(dir).catch(() => undefined)) ? dir : undefined);
      reviews.push(
        await reviewProvider({
          id,
          baseDir: await inside(path.join(trees.base, id)),
          headDir: await inside(path.join(trees.head, id)),
          relabelBase: trees.relabelBase,
          relabelHead: trees.relabelHead,
        }),
      );
    }
    if (!options.dryRun && options.head === undefined) {
      for (const review of reviews)
        await writeRelease(review, { specsDir: options.specsDir, outRoot: options.outRoot }, io);
    }
    const refs = { base: options.base, head: options.head ?? "working tree" };
    io.out(RENDERERS[options.format as keyof typeof RENDERERS](reviews, refs));
    const failing = reviews.some((r) => r.status === "invalid" || r.breaking.some((b) => !b.acknowledgement));
    return failing ? 1 : 0;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

interface Trees {
  base: string;
  head: string;
  relabelBase: (file: string) => string;
  relabelHead: (file: string) => string;
}

/** Exports the specs folder at the base (and head) ref into `tmp`; the head defaults to the working tree. */
async function checkoutTrees(options: ReviewOptions, tmp: string): Promise<Trees> {
  const { root, prefix } = await repositoryOf(process.cwd());
  const folder = path.posix.normalize(`${prefix}${options.specsDir.split(path.sep).join("/")}`);
  const exportAt = async (ref: string, side: string) => {
    const dest = path.join(tmp, side);
    await exportFolder(root, await resolveCommit(root, ref), folder, dest);
    return { dir: path.join(dest, ...folder.split("/")), relabel: relabelUnder(dest, ref) };
  };
  const base = await exportAt(options.base, "base");
  const head =
    options.head === undefined
      ? { dir: path.resolve(options.specsDir), relabel: (file: string) => file }
      : await exportAt(options.head, "head");
  return { base: base.dir, head: head.dir, relabelBase: base.relabel, relabelHead: head.relabel };
}

/** Shows a file of an exported tree as `<ref>:<repository path>`. */
function relabelUnder(dest: string, ref: string): (file: string) => string {
  return (file) => {
    const relative = path.relative(dest, path.resolve(file));
    return relative.startsWith("..") ? file : `${ref}:${relative.split(path.sep).join("/")}`;
  };
}

/** Provider folders present at base or head, sorted. */
async function providerIds(baseDir: string, headDir: string): Promise<string[]> {
  const names = async (dir: string) =>
    (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => e.name);
  return [...new Set([...(await names(baseDir)), ...(await names(headDir))])].sort();
}
