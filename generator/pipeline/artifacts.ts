/**
 * The named hand-offs between pipeline stages: every stage reads some of these and makes one (generator/pipeline.ts
 * says which). Stages never pass anything else to each other.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { LoadedSpec } from "../load/load-spec.js";
import type { Api } from "../normalize/ir.js";
import type { FileChange } from "../write/write-package.js";
import type { GeneratedFile } from "./generated-file.js";

/** What the caller asked for: one spec into one package folder. */
export interface GenerateRequest {
  readonly specPath: string;
  readonly outDir: string;
  /** Folder name used for the client class name; defaults to the spec folder's name. */
  readonly id?: string | undefined;
  readonly packageName?: string | undefined;
  readonly packageVersion?: string | undefined;
  /** Compare with `outDir` instead of writing. */
  readonly check?: boolean | undefined;
  readonly allowRemoteRefs?: boolean | undefined;
  /** Skip every cache (the up-to-date check and the per-unit caches). */
  readonly noCache?: boolean | undefined;
}

/** The spec's folder and, for the up-to-date check, a hash of everything the output depends on. */
export interface Freshness {
  readonly specDir: string;
  /** Undefined when the run keeps no up-to-date record (lint, review). */
  readonly key: string | undefined;
}

/** A spec as read (load), then checked against its version's schema (validate), then upgraded to OpenAPI 3. */
export interface SpecSource {
  readonly spec: LoadedSpec;
  readonly specDir: string;
  /** The spec folder's CHANGELOG.md: its newest version is the package version, and it ships with the package. */
  readonly changelog: string | undefined;
}

/** An OpenAPI 3 spec that passed every validation rule; its warnings went to the run's warnings. */
export type CheckedSpec = SpecSource;

/** openapi-typescript's types for the document, as text. */
export interface SchemaTypes {
  readonly text: string;
}

/** The files of one package, in memory, sorted by path. */
export interface PackageFiles {
  readonly files: readonly GeneratedFile[];
}

/** What the write stage did (or, with check, found different). */
export interface WriteOutcome {
  readonly changes: readonly FileChange[];
}

/** Every artifact of one run, by name. */
export interface Artifacts {
  request: GenerateRequest;
  freshness: Freshness;
  source: SpecSource;
  structured: SpecSource;
  openapi: SpecSource;
  checked: CheckedSpec;
  api: Api;
  schemaTypes: SchemaTypes;
  emitted: PackageFiles;
  files: PackageFiles;
  written: WriteOutcome;
}

/** Diagnostics a run collected without failing (validation and normalization warnings). */
export type Warnings = Diagnostic[];
