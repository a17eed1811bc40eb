/**
 * The version decision. Any breaking change → major; an addition, deprecation or potentially-breaking change →
 * minor; any other change → patch; nothing → none. While a package is 0.x, everything shifts down one place
 * (breaking → minor, the rest → patch), the way npm's caret ranges read 0.x versions (`^0.3.1` means `<0.4.0`).
 */
import type { Change } from "../diff/change.js";

/** How far a version moves. */
export type Bump = "major" | "minor" | "patch" | "none";

const ORDER: readonly Bump[] = ["none", "patch", "minor", "major"];

/** The bump one change calls for (before the 0.x shift). */
export function bumpOf(change: Change): Bump {
  if (change.class === "breaking") return "major";
  if (change.class === "potentially-breaking" || change.additive || /deprecated$/.test(change.rule)) return "minor";
  return "patch";
}

/** The largest bump among the changes. */
export function decideBump(changes: readonly Change[]): Bump {
  return changes.map(bumpOf).reduce<Bump>((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a), "none");
}

/** `major.minor.patch`, or undefined for anything else. */
export function parseVersion(version: string): [number, number, number] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** The bump actually applied to `version` (0.x shifts down one place). */
export function effectiveBump(version: string, bump: Bump): Bump {
  const parsed = parseVersion(version);
  if (!parsed || parsed[0] > 0 || bump === "none") return bump;
  return bump === "major" ? "minor" : "patch";
}

/** The next version; throws on a version that is not `x.y.z` (the caller reports it). */
export function nextVersion(version: string, bump: Bump): string {
  const parsed = parseVersion(version);
  if (!parsed) throw new Error(`version ${JSON.stringify(version)} is not major.minor.patch`);
  const [major, minor, patch] = parsed;
  const applied = effectiveBump(version, bump);
  if (applied === "major") return `${major + 1}.0.0`;
  if (applied === "minor") return `${major}.${minor + 1}.0`;
  if (applied === "patch") return `${major}.${minor}.${patch + 1}`;
  return version;
}
