/** Load stage: a spec path becomes one in-memory document plus the map back to its source files. */
import path from "node:path";
import { fileDiagnostic, type Diagnostic } from "../diagnostics.js";
import { isJsonObject } from "../json-value.js";
import { collectExternalRefs, hasUrlScheme, resolveRefTarget } from "./external-refs.js";
import { LOAD_LIMITS } from "./limits.js";
import { parseSource } from "./parse-source.js";
import { followPointer, parseRefPointer, toPointer } from "./pointer.js";
import { displayPath, readLocalFile, readRemoteFile } from "./read-file.js";
import type { SourceFile } from "./source-file.js";
import { SpecSources } from "./spec-sources.js";
import { resolveSpecFile, SPEC_FILE_NAMES } from "./spec-file.js";

export type SpecVersion = "2.0" | "3.0" | "3.1";

/** A spec as read from disk: the document in its own version, and where it came from. */
export interface LoadedSpec {
  document: Record<string, unknown>;
  version: SpecVersion;
  sources: SpecSources;
  rootDir: string;
  /** For a WADL spec: the derived OpenAPI text and where it belongs (written, or compared with `--check`). */
  derived?: { absolutePath: string; displayPath: string; text: string };
}

export interface LoadOptions {
  allowRemoteRefs?: boolean;
}

export type LoadResult = { ok: true; spec: LoadedSpec } | { ok: false; diagnostics: Diagnostic[] };

/** Reads, parses and bundles a spec; every problem comes back located. */
export async function loadSpec(specPath: string, options: LoadOptions = {}): Promise<LoadResult> {
  const file = await resolveSpecFile(specPath);
  const shown = displayPath(path.resolve(specPath));
  if (!file)
    return failAt(
      shown,
      "spec-not-found",
      `no spec at ${shown}: expected a file or a folder holding ${SPEC_FILE_NAMES.join(", ")}`,
    );
  const rootDir = path.dirname(file);
  if (/\.wadl$/i.test(file)) {
    const { loadWadlSpec } = await import("./wadl/load-wadl-spec.js");
    return loadWadlSpec(file, rootDir);
  }
  const read = await readLocalFile(file, rootDir);
  if (!read.ok) return failAt(shown, "spec-not-readable", read.reason);
  const parsed = parseSource(read.file);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  if (!isJsonObject(parsed.value))
    return failAt(
      read.file.displayPath,
      "not-an-object",
      "the spec must be a YAML/JSON object with an `openapi` or `swagger` field",
    );
  const version = detectVersion(parsed.value);
  if (!version.ok) return { ok: false, diagnostics: [version.diagnostic(read.file)] };

  const sources = new SpecSources(read.file);
  const loaded = new Map<string, { file: SourceFile; value: unknown }>([
    [read.file.absolutePath, { file: read.file, value: parsed.value }],
  ]);
  const diagnostics = await loadReferencedFiles({ sources, loaded, rootDir, options });
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  let document = parsed.value;
  if (loaded.size > 1) {
    const { findRefChainCycles } = await import("./ref-chains.js");
    const cycles = findRefChainCycles(loaded);
    if (cycles.length > 0) {
      return {
        ok: false,
        diagnostics: cycles.map((c) =>
          refDiagnostic(
            refLocation(c.file, [...c.at, "$ref"]),
            "ref-cycle",
            `$ref cycle with no schema in between: ${[...c.members, c.members[0]].join(" → ")}; give one of them a real definition or break the cycle`,
          ),
        ),
      };
    }
    const { bundleExternalRefs } = await import("./bundle-refs.js");
    const bundled = await bundleExternalRefs({ root: read.file, loaded, sources });
    if (!bundled.ok) return bundled;
    document = bundled.document;
  }
  sources.setDocument(document);
  return { ok: true, spec: { document, version: version.value, sources, rootDir } };
}

interface RefLoadContext {
  sources: SpecSources;
  loaded: Map<string, { file: SourceFile; value: unknown }>;
  rootDir: string;
  options: LoadOptions;
}

/** Follows external `$ref`s breadth-first, reading each file once and checking every target. */
async function loadReferencedFiles(ctx: RefLoadContext): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const queue = [...ctx.loaded.values()];
  while (queue.length > 0) {
    const { file, value } = queue.shift()!;
    for (const ref of collectExternalRefs(value)) {
      const where = () => refLocation(file, [...ref.at, "$ref"]);
      const target = resolveRefTarget(file.absolutePath, ref.target);
      if (hasUrlScheme(ref.target) && !ctx.options.allowRemoteRefs) {
        diagnostics.push(
          refDiagnostic(
            where(),
            "remote-ref-refused",
            `remote $ref ${JSON.stringify(ref.target)} refused; vendor the file into the spec folder or pass --allow-remote-refs`,
          ),
        );
        continue;
      }
      let entry = ctx.loaded.get(target);
      if (entry !== undefined && entry === rootEntry(ctx) && file === entry.file) {
        // `openapi.yaml#/x` inside openapi.yaml is the local ref `#/x`: written so, later stages see it as one.
        (followPointer(value, ref.at) as Record<string, unknown>)["$ref"] = `#${ref.fragment}`;
        continue;
      }
      if (!entry) {
        if (ctx.loaded.size >= LOAD_LIMITS.maxFiles) {
          diagnostics.push(
            refDiagnostic(where(), "too-many-files", `more than ${LOAD_LIMITS.maxFiles} files referenced`),
          );
          return diagnostics;
        }
        const read = hasUrlScheme(target) ? await readRemoteFile(target) : await readLocalFile(target, ctx.rootDir);
        if (!read.ok) {
          diagnostics.push(
            refDiagnostic(
              where(),
              read.reason.includes("outside the spec folder") ? "ref-outside-spec-folder" : "unresolvable-ref",
              `cannot resolve $ref ${JSON.stringify(ref.target + (ref.fragment ? `#${ref.fragment}` : ""))}: ${read.reason}`,
            ),
          );
          continue;
        }
        const parsed = parseSource(read.file);
        if (!parsed.ok) {
          diagnostics.push(...parsed.diagnostics);
          continue;
        }
        entry = { file: read.file, value: parsed.value };
        ctx.loaded.set(target, entry);
        ctx.sources.files.push(read.file);
        ctx.sources.registerOrigins(read.file, parsed.value);
        queue.push(entry);
      }
      const segments = parseRefPointer(ref.fragment);
      if (!segments || followPointer(entry.value, segments) === undefined) {
        diagnostics.push(
          refDiagnostic(
            where(),
            "unresolvable-ref",
            `$ref target #${ref.fragment} does not exist in ${entry.file.displayPath}; check the JSON pointer`,
          ),
        );
      }
    }
  }
  return diagnostics;
}

/** The root spec file's entry (the first one loaded). */
function rootEntry(ctx: RefLoadContext): { file: SourceFile; value: unknown } | undefined {
  return ctx.loaded.values().next().value;
}

function refLocation(file: SourceFile, segments: string[]) {
  const pos = file.positionOf(segments);
  return { file: file.displayPath, line: pos.line, column: pos.column, pointer: toPointer(segments) };
}

function refDiagnostic(location: Diagnostic["location"], code: string, message: string): Diagnostic {
  return { severity: "error", code, message, location };
}

type VersionResult = { ok: true; value: SpecVersion } | { ok: false; diagnostic: (file: SourceFile) => Diagnostic };

function detectVersion(doc: Record<string, unknown>): VersionResult {
  const { openapi, swagger } = doc;
  if (typeof openapi === "string" && /^3\.0\.\d+(-.+)?$/.test(openapi)) return { ok: true, value: "3.0" };
  if (typeof openapi === "string" && /^3\.1\.\d+(-.+)?$/.test(openapi)) return { ok: true, value: "3.1" };
  if (swagger === "2.0") return { ok: true, value: "2.0" };
  const key = openapi !== undefined ? "openapi" : swagger !== undefined ? "swagger" : undefined;
  return {
    ok: false,
    diagnostic: (file) => {
      const pos = file.positionOf(key ? [key] : []);
      const shownValue = key ? JSON.stringify(doc[key]) : "";
      return {
        severity: "error",
        code: "unsupported-version",
        message: key
          ? `unsupported ${key} version ${shownValue}; specforge reads OpenAPI 3.0.x, 3.1.x and Swagger 2.0`
          : "missing `openapi` (or `swagger`) version field; add `openapi: 3.1.0`",
        location: { file: file.displayPath, line: pos.line, column: pos.column, pointer: key ? `/${key}` : "" },
      };
    },
  };
}

function failAt(file: string, code: string, message: string): LoadResult {
  return { ok: false, diagnostics: [fileDiagnostic(file, code, message)] };
}
