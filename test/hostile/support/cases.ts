/**
 * The hostile-spec corpus as a table: each case names a spec folder under test/hostile/specs (or builds its file
 * when the test runs) and says what must happen — it generates safe code, or it fails with a located diagnostic.
 */
import {
  deepJsonSpec,
  deepSchemaSpec,
  deepWadlSpec,
  deepYamlBlockSpec,
  deepYamlFlowSpec,
  typeExplosionSpec,
} from "./built-specs.js";

/** A case's spec: a committed folder, or files made at test time (path → text). */
export type CaseSource = { folder: string } | { files: Record<string, string> };

/** A spec that must generate a package that type-checks and runs nothing injected. */
export interface GeneratingCase {
  name: string;
  source: CaseSource;
}

/** A spec that must fail with this diagnostic code, located in the spec folder, without reading outside or writing. */
export interface FailingCase {
  name: string;
  source: CaseSource;
  code: string;
  /** Symlinks to create inside the spec folder: link name → target (relative to the folder). */
  symlinks?: Record<string, string>;
}

const folder = (name: string): CaseSource => ({ folder: name });

export const GENERATING_CASES: GeneratingCase[] = [
  { name: "injection-strings", source: folder("injection-strings") },
  { name: "injection-extensions", source: folder("injection-extensions") },
  { name: "injection-swagger2", source: folder("injection-swagger2") },
  { name: "trailing-backslash", source: folder("trailing-backslash") },
  { name: "backslash-in-types", source: folder("backslash-in-types") },
  { name: "wadl-injection", source: folder("wadl-injection") },
  { name: "hostile-names", source: folder("hostile-names") },
  { name: "file-names", source: folder("file-names") },
  { name: "ref-cycles-valid", source: folder("ref-cycles-valid") },
  { name: "ref-id-scoped", source: folder("ref-id-scoped") },
  { name: "pointer-escapes", source: folder("pointer-escapes") },
  { name: "type-explosion", source: { files: { "openapi.json": typeExplosionSpec() } } },
  { name: "deep-schema", source: { files: { "openapi.json": deepSchemaSpec(60) } } },
];

export const FAILING_CASES: FailingCase[] = [
  { name: "ref-dotdot", source: folder("ref-dotdot"), code: "ref-outside-spec-folder" },
  { name: "ref-encoded-dotdot", source: folder("ref-encoded-dotdot"), code: "ref-outside-spec-folder" },
  { name: "ref-nested-dotdot", source: folder("ref-nested-dotdot"), code: "ref-outside-spec-folder" },
  { name: "ref-backslash", source: folder("ref-backslash"), code: "ref-outside-spec-folder" },
  { name: "ref-absolute", source: folder("ref-absolute"), code: "ref-outside-spec-folder" },
  {
    name: "ref-symlink",
    source: folder("ref-symlink"),
    code: "ref-outside-spec-folder",
    symlinks: { "link.yaml": "../secret.yaml" },
  },
  { name: "ref-file-url", source: folder("ref-file-url"), code: "remote-ref-refused" },
  { name: "ref-remote-http", source: folder("ref-remote-http"), code: "remote-ref-refused" },
  { name: "ref-protocol-relative", source: folder("ref-protocol-relative"), code: "remote-ref-refused" },
  { name: "ref-cycle-pure", source: folder("ref-cycle-pure"), code: "ref-cycle" },
  { name: "ref-cycle-self-file", source: folder("ref-cycle-self-file"), code: "ref-cycle" },
  { name: "ref-whole-document", source: folder("ref-whole-document"), code: "unresolvable-ref" },
  { name: "ref-root-file", source: folder("ref-root-file"), code: "unresolvable-ref" },
  { name: "ref-cycle-array", source: folder("ref-cycle-array"), code: "ref-cycle" },
  { name: "ref-cycle-path-items", source: folder("ref-cycle-path-items"), code: "ref-cycle" },
  { name: "ref-cycle-files", source: folder("ref-cycle-files"), code: "ref-cycle" },
  { name: "yaml-billion-laughs", source: folder("yaml-billion-laughs"), code: "yaml-alias-limit" },
  { name: "yaml-anchor-in-key", source: folder("yaml-anchor-in-key"), code: "yaml-alias-limit" },
  { name: "yaml-unsafe-tag-js", source: folder("yaml-unsafe-tag-js"), code: "yaml-tag-resolve-failed" },
  { name: "yaml-unsafe-tag-python", source: folder("yaml-unsafe-tag-python"), code: "yaml-tag-resolve-failed" },
  { name: "yaml-unsafe-tag-verbatim", source: folder("yaml-unsafe-tag-verbatim"), code: "yaml-tag-resolve-failed" },
  { name: "terminal-escapes", source: folder("terminal-escapes"), code: "duplicate-operation-id" },
  { name: "json-deep-100k", source: { files: { "openapi.json": deepJsonSpec(100_000) } }, code: "nesting-too-deep" },
  {
    name: "yaml-flow-deep-100k",
    source: { files: { "openapi.yaml": deepYamlFlowSpec(100_000) } },
    code: "nesting-too-deep",
  },
  {
    name: "yaml-block-deep-300",
    source: { files: { "openapi.yaml": deepYamlBlockSpec(300) } },
    code: "nesting-too-deep",
  },
  { name: "wadl-billion-laughs", source: folder("wadl-billion-laughs"), code: "xml-doctype-refused" },
  { name: "wadl-xxe", source: folder("wadl-xxe"), code: "xml-doctype-refused" },
  { name: "wadl-xsd-entity", source: folder("wadl-xsd-entity"), code: "xml-doctype-refused" },
  { name: "wadl-include-dotdot", source: folder("wadl-include-dotdot"), code: "grammar-include-refused" },
  { name: "wadl-include-absolute", source: folder("wadl-include-absolute"), code: "grammar-include-refused" },
  { name: "wadl-include-url", source: folder("wadl-include-url"), code: "grammar-include-refused" },
  { name: "wadl-deep-100k", source: { files: { "api.wadl": deepWadlSpec(100_000) } }, code: "xml-too-deep" },
];
