/** Emit stage: the IR becomes the package's files; `src/types.ts` joins them once the types stage is done. */
import path from "node:path";
import type { CheckedSpec, PackageFiles, SchemaTypes } from "../pipeline/artifacts.js";
import { emitChangelog } from "./emit-changelog.js";
import { emitPackage } from "./emit-package.js";
import type { Api } from "../normalize/ir.js";

/** Every file of the package, sorted by path (the changelog included when the spec folder has one). */
export async function emitStage(input: {
  api: Api;
  checked: CheckedSpec;
  schemaTypes: Promise<SchemaTypes>;
}): Promise<PackageFiles> {
  const { api, checked } = input;
  const files = await emitPackage(
    api,
    input.schemaTypes.then((types) => types.text),
  );
  if (checked.changelog === undefined) return { files };
  const all = [...files, emitChangelog(path.posix.dirname(api.sourceName), checked.changelog)];
  return { files: all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
