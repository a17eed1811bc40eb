/**
 * The README a spec gets before the format stage: what the layout (and, in tests, prettier as the oracle) is given.
 * Loads and normalizes the spec as the pipeline does (a spec folder without a CHANGELOG.md gives the same README as
 * `specforge generate`), then emits the README alone.
 */
import { sourceNameOf } from "../../generator/build-package.js";
import { emitReadme } from "../../generator/emit/emit-readme.js";
import { loadSpec } from "../../generator/load/load-spec.js";
import { upgradeSpec } from "../../generator/load/upgrade-swagger.js";
import { normalizeApi } from "../../generator/normalize/normalize.js";
import { deriveRpcSchemas } from "../../generator/normalize/rpc-schemas.js";

/** The unformatted README of the spec at `specPath`, or undefined when the spec does not load. */
export async function rawReadme(specPath: string, id: string): Promise<string | undefined> {
  const loaded = await loadSpec(specPath, {});
  if (!loaded.ok) return undefined;
  const upgraded = await upgradeSpec(loaded.spec);
  if (!upgraded.ok) return undefined;
  const derived = deriveRpcSchemas(upgraded.spec.document);
  const api = normalizeApi(derived.document, {
    rpcSchemas: derived.names,
    id,
    packageName: `@specforge/${id.toLowerCase().replace(/[^a-z0-9-._]/g, "-")}`,
    packageVersion: "0.1.0",
    sourceName: sourceNameOf(upgraded.spec),
  });
  return emitReadme(api).content;
}
