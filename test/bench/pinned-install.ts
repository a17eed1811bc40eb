/**
 * What `npm run bench` installs at run time, each pinned to an exact version under the bench work folder
 * (node_modules/.cache/specforge-bench, never committed), kept between runs: a newer Node for the peers that
 * need one, and GitHub's REST description for the real large spec row.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** One npm package at an exact version, installed into its own prefix folder. */
export interface PinnedPackage {
  name: string;
  version: string;
  /** The folder npm installs into (`<prefix>/node_modules/<name>`). */
  prefix: string;
}

/** The npm arguments that install `pkg` (shown in BENCHMARKS.md with `<work>` for the prefix's parent). */
export function pinnedInstallCommand(pkg: Pick<PinnedPackage, "name" | "version">, prefix: string): string[] {
  return [
    "install",
    "--prefix",
    prefix,
    "--no-save",
    "--no-package-lock",
    "--no-audit",
    "--no-fund",
    `${pkg.name}@${pkg.version}`,
  ];
}

/** Where npm puts the package's own folder. */
export function pinnedPackageDir(pkg: PinnedPackage): string {
  return path.join(pkg.prefix, "node_modules", ...pkg.name.split("/"));
}

/** True when the package is installed at exactly its pinned version (a cached earlier install). */
export function isPinnedInstalled(pkg: PinnedPackage): boolean {
  const manifest = path.join(pinnedPackageDir(pkg), "package.json");
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, "utf8")) as { version?: string }).version === pkg.version;
  } catch {
    return false;
  }
}

/** Installs the package with npm unless it is already there; returns its folder. */
export function ensurePinned(pkg: PinnedPackage, why: string, log: (line: string) => void): string {
  if (isPinnedInstalled(pkg)) return pinnedPackageDir(pkg);
  const shown = path.join("<work>", path.basename(pkg.prefix));
  log(`  installing ${pkg.name} ${pkg.version} ${why}: npm ${pinnedInstallCommand(pkg, shown).join(" ")}`);
  // npm run sets npm_* variables (e.g. the workspace) that must not leak into this separate install.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")));
  execFileSync("npm", pinnedInstallCommand(pkg, pkg.prefix), { env, stdio: ["ignore", "ignore", "inherit"] });
  if (!isPinnedInstalled(pkg)) throw new Error(`npm did not install ${pkg.name}@${pkg.version} into ${pkg.prefix}`);
  return pinnedPackageDir(pkg);
}
