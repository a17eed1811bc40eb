/**
 * The README a spec gets before the format stage: what the layout (and, in tests, prettier as the oracle) is given.
 * Loads and normalizes the spec as the pipeline does (a spec folder without a CHANGELOG.md gives the same README as
 * `specforge generate`), then emits the README alone.
 */
import { emitReadme } from "../../generator/emit/emit-readme.js";
import { loadSpec } from "../../generator/load/load-spec.js";
import { upgradeSpec } from "../../generator/load/upgrade-swagger.js";
import { normalizeSpec } from "../../generator/normalize/normalize-stage.js";

/** The unformatted README of the spec at `specPath`, or undefined when the spec does not load. */
export async function rawReadme(specPath: string, id: string): Promise<string | undefined> {
  const loaded = await loadSpec(specPath, {});
  if (!loaded.ok) return undefined;
  const upgraded = await upgradeSpec(loaded.spec);
  if (!upgraded.ok) return undefined;
  return emitReadme(normalizeSpec(upgraded.spec, { id })).content;
}
