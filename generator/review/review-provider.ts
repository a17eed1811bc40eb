/** Reviews one provider: spec diff, surface diff of the generated packages, acknowledgements and the version decision. */
import { DEFAULT_PACKAGE_VERSION } from "../normalize/normalize-stage.js";
import type { Diagnostic } from "../diagnostics.js";
import type { Change } from "../diff/change.js";
import { diffSpecs } from "../diff/diff-specs.js";
import { loadDiffSide } from "../diff/load-side.js";
import { buildPackageInMemory } from "../generate.js";
import { latestVersion, readSpecChangelog } from "../release/changelog-file.js";
import { decideBump, effectiveBump, nextVersion, type Bump } from "../release/semver.js";
import { diffSurfaces } from "../surface/diff-surface.js";
import { sameTree } from "./same-tree.js";
import { acknowledgementFor, newAcknowledgements, type Acknowledgement } from "./acknowledgements.js";

/** What the review found for one provider. */
export interface ProviderReview {
  id: string;
  status: "changed" | "unchanged" | "added" | "removed" | "invalid";
  spec: Change[];
  surface: Change[];
  /** Breaking changes with the acknowledgement that covers them (undefined: unacknowledged). */
  breaking: { change: Change; acknowledgement: Acknowledgement | undefined }[];
  baseVersion: string;
  nextVersion: string;
  /** The bump applied (after the 0.x shift). */
  bump: Bump;
  diagnostics: Diagnostic[];
}

/** One provider's spec folders at base and head (either may be missing), and how their files are shown. */
export interface ProviderInput {
  id: string;
  baseDir: string | undefined;
  headDir: string | undefined;
  relabelBase: (file: string) => string;
  relabelHead: (file: string) => string;
}

/** Reviews one provider; never throws for bad specs (they come back as diagnostics with status `invalid`). */
export async function reviewProvider(input: ProviderInput): Promise<ProviderReview> {
  const baseVersion = input.baseDir
    ? ((await versionOf(input.baseDir)) ?? DEFAULT_PACKAGE_VERSION)
    : DEFAULT_PACKAGE_VERSION;
  const empty = {
    id: input.id,
    spec: [],
    surface: [],
    breaking: [],
    baseVersion,
    nextVersion: baseVersion,
    bump: "none" as Bump,
    diagnostics: [],
  };
  if (!input.headDir) {
    const removed: Change = {
      rule: "package-removed",
      class: "breaking",
      message: `the spec folder of ${input.id} was removed; its package is no longer generated`,
      subject: input.id,
      additive: false,
      base: null,
      head: null,
    };
    return {
      ...empty,
      status: "removed",
      spec: [removed],
      breaking: [{ change: removed, acknowledgement: undefined }],
    };
  }
  if (!input.baseDir) {
    const version = (await versionOf(input.headDir)) ?? DEFAULT_PACKAGE_VERSION;
    return { ...empty, status: "added", baseVersion: version, nextVersion: version };
  }
  if (await sameTree(input.baseDir, input.headDir)) return { ...empty, status: "unchanged" };
  const base = await loadDiffSide(input.baseDir, { relabel: input.relabelBase });
  const head = await loadDiffSide(input.headDir, { relabel: input.relabelHead });
  if (!base.ok || !head.ok)
    return {
      ...empty,
      status: "invalid",
      diagnostics: [...(base.ok ? [] : base.diagnostics), ...(head.ok ? [] : head.diagnostics)],
    };
  const spec = diffSpecs(base.side, head.side);
  const builds = await Promise.all(
    [input.baseDir, input.headDir].map((specPath) => buildPackageInMemory({ specPath, id: input.id })),
  );
  const diagnostics = builds.flatMap((b) => (b.ok ? [] : b.diagnostics));
  if (diagnostics.length > 0 || !builds[0]!.ok || !builds[1]!.ok)
    return { ...empty, status: "invalid", spec, diagnostics };
  const surface = diffSurfaces({ base: builds[0]!.files, head: builds[1]!.files }, `generated/${input.id}`);
  const acknowledgements = newAcknowledgements(base.side.document, head.side.document);
  const breaking = [...spec, ...surface]
    .filter((c) => c.class === "breaking")
    .map((change) => ({ change, acknowledgement: acknowledgementFor(change, acknowledgements) }));
  const decided = decideBump([...spec, ...surface]);
  return {
    ...empty,
    status: spec.length + surface.length > 0 ? "changed" : "unchanged",
    spec,
    surface,
    breaking,
    bump: effectiveBump(baseVersion, decided),
    nextVersion: nextVersion(baseVersion, decided),
  };
}

async function versionOf(specDir: string): Promise<string | undefined> {
  return latestVersion(await readSpecChangelog(specDir));
}
