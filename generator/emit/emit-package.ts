/** Emit stage: the IR (and openapi-typescript's text) become the files of one package, in memory. */
import type { Api } from "../normalize/ir.js";
import { runtimeFiles } from "./copy-runtime.js";
import { emitClientFile } from "./emit-client-file.js";
import { emitIndexFile } from "./emit-index-file.js";
import { emitLinksFile } from "./emit-links-file.js";
import { emitPackageJson, emitTsconfig } from "./emit-package-json.js";
import { emitReadme } from "./emit-readme.js";
import { emitResourceFile } from "./emit-resource-file.js";
import { emitTypesFile } from "./emit-types-file.js";
import { emitXmlShapesFile } from "./emit-xml-shapes-file.js";
import type { GeneratedFile } from "../pipeline/generated-file.js";

/**
 * Every file of the package, sorted by path. The schema types may still be in the making (on another thread):
 * every other file is emitted first, then `src/types.ts` once they arrive.
 */
export async function emitPackage(api: Api, schemaTypesText: string | Promise<string>): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [
    emitPackageJson(api),
    emitTsconfig(),
    emitReadme(api),
    emitIndexFile(api),
    emitClientFile(api),
    ...api.resources.map((r) => emitResourceFile(api, r)),
    ...emitLinksFile(api),
    ...emitXmlShapesFile(api),
    ...runtimeFiles({ xml: api.usesXml }),
  ];
  files.push(emitTypesFile(api, await schemaTypesText));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
