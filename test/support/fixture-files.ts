/** Helpers for the feature-fixture harness: discovering fixtures and listing their snapshot files. */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../../generator/diagnostics.js";

/** One feature fixture: a spec file, or a folder holding `openapi.yaml` for multi-file specs. */
export interface Fixture {
  name: string;
  spec: string;
}

/** Folders in the fixture directory that are not fixtures: snapshots and the type-level usage files. */
const NOT_FIXTURES = new Set(["__snapshots__", "typecheck"]);

/** Every fixture under `dir`, sorted by name. */
export function listFixtures(dir: string): Fixture[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => (e.isFile() && /\.(ya?ml|json)$/.test(e.name)) || (e.isDirectory() && !NOT_FIXTURES.has(e.name)))
    .map((e) => ({ name: e.name.replace(/\.(ya?ml|json)$/, ""), spec: path.join(dir, e.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Paths (POSIX, relative to `dir`) of every file below `dir`; empty when it does not exist. */
export function listSnapshotFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** Warnings as stable text, one per line, for a `warnings.txt` snapshot. */
export function formatWarnings(warnings: readonly Diagnostic[]): string {
  return warnings
    .map((w) => `${w.location.file}:${w.location.line}:${w.location.column} ${w.code} ${w.message}\n`)
    .join("");
}
