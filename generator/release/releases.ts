/**
 * A package's version and changelog come from one place: the spec's root `x-specforge-releases` list, newest first.
 * This module reads it (the generator) and orders versions (the validator and, later, the review tool).
 */

/** One released version of a generated package. */
export interface Release {
  /** Semantic version, e.g. `1.2.0`. */
  version: string;
  /** Release date, `YYYY-MM-DD`. */
  date: string;
  /** What changed, one entry per line of the changelog (Markdown inline text). */
  changes: string[];
}

/** The extension that holds the release history. */
export const RELEASES_EXTENSION = "x-specforge-releases";

/** Semantic Versioning 2.0.0, as the spec's own regular expression (without build metadata's leading `+`). @see https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string */
export const SEMVER_PATTERN =
  "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$";
const SEMVER = new RegExp(SEMVER_PATTERN);

/** The releases a (validated) document declares, newest first; entries of the wrong shape are skipped. */
export function readReleases(document: Readonly<Record<string, unknown>>): Release[] {
  const list = document[RELEASES_EXTENSION];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown): Release[] => {
    if (typeof entry !== "object" || entry === null) return [];
    const { version, date, changes } = entry as Record<string, unknown>;
    if (typeof version !== "string" || typeof date !== "string" || !Array.isArray(changes)) return [];
    return [{ version, date, changes: changes.filter((c): c is string => typeof c === "string") }];
  });
}

/** The package version a document declares: its newest release, if any. */
export function declaredPackageVersion(document: Readonly<Record<string, unknown>>): string | undefined {
  return readReleases(document)[0]?.version;
}

/** Semver precedence: negative when `a` < `b`, 0 when equal (build metadata ignored), positive when `a` > `b`. */
export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [SEMVER.exec(a), SEMVER.exec(b)];
  if (!pa || !pb) throw new Error(`not a semantic version: ${JSON.stringify(pa ? b : a)}`);
  for (let i = 1; i <= 3; i++) {
    const diff = Number(pa[i]) - Number(pb[i]);
    if (diff !== 0) return Math.sign(diff);
  }
  return comparePrerelease(pa[4], pb[4]);
}

/** A version without a pre-release ranks above one with; identifiers compare numerically, then as ASCII. */
function comparePrerelease(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const [xs, ys] = [a.split("."), b.split(".")];
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
    const [x, y] = [xs[i], ys[i]];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (nx && ny) return Math.sign(Number(x) - Number(y));
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
