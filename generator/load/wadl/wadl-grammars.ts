/** A WADL `grammars` element: inline `xs:schema`s and included XSD files (only inside the spec folder), with their own includes. */
import path from "node:path";
import { decodeURIComponentSafe } from "../external-refs.js";
import { LOAD_LIMITS } from "../limits.js";
import { readLocalFile } from "../read-file.js";
import type { SourceFile } from "../source-file.js";
import { XSD_NS } from "../xsd/xsd-builtins.js";
import type { XsdRegistry } from "../xsd/xsd-registry.js";
import type { XmlProblems } from "./xml-problems.js";
import { parseXmlFile, type XmlElement } from "./xml-tree.js";

/** Where grammar files may come from, and where they go. */
export interface GrammarLoad {
  problems: XmlProblems;
  registry: XsdRegistry;
  rootDir: string;
  wadlNamespace: string;
  /** Files read so far (the WADL first), for code frames and the file bound. */
  files: SourceFile[];
}

const SCHEMA_REFERENCES = new Set(["include", "import", "redefine", "override"]);

/** Registers every schema of the `grammars` elements. */
export async function loadGrammars(load: GrammarLoad, grammars: readonly XmlElement[]): Promise<void> {
  for (const grammar of grammars) {
    for (const child of grammar.children) {
      if (child.namespace === XSD_NS && child.local === "schema") await addSchema(load, child);
      else if (child.namespace === load.wadlNamespace && child.local === "include")
        await includeFile(load, child, "href");
    }
  }
}

async function addSchema(load: GrammarLoad, schema: XmlElement): Promise<void> {
  load.registry.addSchema(schema);
  for (const child of schema.children) {
    if (
      child.namespace !== XSD_NS ||
      !SCHEMA_REFERENCES.has(child.local) ||
      child.attributes["schemaLocation"] === undefined
    )
      continue;
    await includeFile(load, child, "schemaLocation");
  }
}

/** Reads the XSD an `include href` or `xs:include schemaLocation` names, refusing URLs, absolute paths and `..`. */
async function includeFile(load: GrammarLoad, from: XmlElement, attribute: string): Promise<void> {
  const href = from.attributes[attribute];
  if (href === undefined || href.trim() === "") {
    load.problems.error(
      from,
      "wadl-missing-attribute",
      `<${from.local}> needs a ${attribute} naming an XSD file in the spec folder`,
    );
    return;
  }
  const refusal = refusalOf(href);
  if (refusal) {
    load.problems.error(
      from,
      "grammar-include-refused",
      `${JSON.stringify(href)} refused: ${refusal}; grammar files must be relative paths inside the spec folder`,
      attribute,
    );
    return;
  }
  const target = path.resolve(path.dirname(from.file.absolutePath), decodeURIComponentSafe(href));
  if (load.files.some((f) => f.absolutePath === target)) return;
  if (load.files.length >= LOAD_LIMITS.maxFiles) {
    load.problems.error(from, "too-many-files", `more than ${LOAD_LIMITS.maxFiles} grammar files`, attribute);
    return;
  }
  const read = await readLocalFile(target, load.rootDir);
  if (!read.ok) {
    load.problems.error(
      from,
      read.reason.includes("outside the spec folder") ? "grammar-include-refused" : "grammar-not-found",
      `cannot include ${JSON.stringify(href)}: ${read.reason}`,
      attribute,
    );
    return;
  }
  load.files.push(read.file);
  const parsed = parseXmlFile(read.file);
  if (!parsed.ok) {
    load.problems.errorAt(read.file, parsed.offset, parsed.code, parsed.message);
    return;
  }
  if (parsed.root.namespace !== XSD_NS || parsed.root.local !== "schema") {
    load.problems.error(
      parsed.root,
      "grammar-not-a-schema",
      `the root element of an included grammar must be xs:schema (namespace ${XSD_NS}), got <${parsed.root.name}>`,
    );
    return;
  }
  await addSchema(load, parsed.root);
}

function refusalOf(href: string): string | undefined {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(href)) return "URLs are never fetched";
  if (href.startsWith("/") || href.startsWith("\\")) return "absolute paths are not allowed";
  if (decodeURIComponentSafe(href).split(/[\\/]/).includes("..")) return "`..` leaves the spec folder";
  return undefined;
}
