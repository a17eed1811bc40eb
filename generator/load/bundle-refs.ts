/**
 * Multi-file specs: external `$ref`s are hoisted into `components` by @redocly/openapi-core's bundler.
 * It is fed the files the loader already read and checked, so it never touches the disk or network.
 */
import { BaseResolver, bundleDocument, createConfig, Source } from "@redocly/openapi-core";
import type { Diagnostic } from "../diagnostics.js";
import type { SourceFile } from "./source-file.js";
import type { SpecSources } from "./spec-sources.js";

type Loaded = Map<string, { file: SourceFile; value: unknown }>;

/** Serves only the documents the loader has already read. */
class PreloadedResolver extends BaseResolver {
  constructor(private readonly loaded: Loaded) {
    super();
  }

  override async resolveDocument(base: string | null, ref: string) {
    const absoluteRef = this.resolveExternalRef(base, ref);
    const entry = this.loaded.get(absoluteRef);
    if (!entry) {
      const error = new Error(`not preloaded: ${absoluteRef}`) as Error & { source: Source };
      error.source = new Source(absoluteRef, "");
      return error as never;
    }
    return { source: new Source(absoluteRef, entry.file.text), parsed: entry.value };
  }
}

export type BundleResult = { ok: true; document: Record<string, unknown> } | { ok: false; diagnostics: Diagnostic[] };

/** Hoists every external target into the root document and returns it. */
export async function bundleExternalRefs(options: {
  root: SourceFile;
  loaded: Loaded;
  sources: SpecSources;
}): Promise<BundleResult> {
  const { root, loaded } = options;
  const config = await createConfig({ rules: {} });
  const rootEntry = loaded.get(root.absolutePath)!;
  let result: Awaited<ReturnType<typeof bundleDocument>>;
  try {
    result = await bundleDocument({
      document: { source: new Source(root.absolutePath, root.text), parsed: rootEntry.value },
      config: config.styleguide,
      externalRefResolver: new PreloadedResolver(loaded),
    });
  } catch (error) {
    const message = `cannot bundle the spec's files: ${error instanceof Error ? error.message : String(error)}`;
    return {
      ok: false,
      diagnostics: [
        {
          severity: "error",
          code: "bundle-failed",
          message,
          location: { file: root.displayPath, line: 1, column: 1, pointer: "" },
        },
      ],
    };
  }
  const problems = result.problems.filter((p) => p.severity === "error");
  if (problems.length > 0) {
    return {
      ok: false,
      diagnostics: problems.map((p) => ({
        severity: "error",
        code: "bundle-failed",
        message: p.message,
        location: {
          file: root.displayPath,
          line: 1,
          column: 1,
          pointer: p.location[0]?.pointer?.replace(/^#/, "") ?? "",
        },
      })),
    };
  }
  return { ok: true, document: result.bundle.parsed as Record<string, unknown> };
}
