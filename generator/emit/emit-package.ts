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
import type { GeneratedFile } from "./generated-file.js";

/** Every file of the package, sorted by path. */
export function emitPackage(api: Api, schemaTypesText: string): GeneratedFile[] {
  const files: GeneratedFile[] = [
    emitPackageJson(api),
    emitTsconfig(),
    emitReadme(api),
    emitIndexFile(api),
    emitClientFile(api),
    emitTypesFile(api, schemaTypesText),
    ...api.resources.map((r) => emitResourceFile(api, r)),
    ...emitLinksFile(api),
    ...emitXmlShapesFile(api),
    ...runtimeFiles({ xml: api.usesXml }),
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
