/** The runtime is copied verbatim from templates/runtime into `src/runtime/` of every package. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { TEMPLATES_DIR } from "../paths.js";
import type { GeneratedFile } from "../pipeline/generated-file.js";

/** templates/runtime, next to the generator. */
export const RUNTIME_DIR = path.join(TEMPLATES_DIR, "runtime");

/** Files only packages with XML bodies get (they pull in fast-xml-parser). */
const XML_ONLY = new Set(["xml.ts", "xml-decode.ts"]);

/** Every runtime file, sorted by path; XML support only when the API uses XML. */
export function runtimeFiles(options: { xml: boolean }): GeneratedFile[] {
  return listFiles(RUNTIME_DIR)
    .filter((rel) => options.xml || !XML_ONLY.has(rel))
    .map((rel) => ({ path: `src/runtime/${rel}`, content: readFileSync(path.join(RUNTIME_DIR, rel), "utf8") }));
}

function listFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else if (entry.name.endsWith(".ts")) out.push(rel);
  }
  return out.sort();
}
