/** Test helpers for the WADL importer: write a WADL (and grammar files) to a temporary spec folder and convert it. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Diagnostic } from "../../../generator/diagnostics.js";
import type { JsonObject } from "../../../generator/json-value.js";
import { convertWadl } from "../../../generator/load/wadl/convert-wadl.js";

/** The WADL 2009/02 namespace declarations most cases use. */
export const NS = `xmlns="http://wadl.dev.java.net/2009/02" xmlns:xs="http://www.w3.org/2001/XMLSchema"`;

/** Writes `files` (name → text) into a fresh folder and returns its path. */
export function specFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "specforge-wadl-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Converts `api.wadl` of a folder made from `files`; throws with the diagnostics when it fails. */
export async function convertFiles(files: Record<string, string>): Promise<JsonObject> {
  const dir = specFolder(files);
  const result = await convertWadl(path.join(dir, "api.wadl"), dir);
  if (!result.ok) throw new Error(result.diagnostics.map(show).join("\n"));
  return result.document;
}

/** A WADL application (2009 namespace unless `ns` is given) around `body`, with optional `grammars` content. */
export function application(body: string, options: { grammars?: string; ns?: string } = {}): string {
  const grammars = options.grammars === undefined ? "" : `<grammars>${options.grammars}</grammars>`;
  return `<application ${options.ns ?? NS}>${grammars}<resources base="https://api.example.com/">${body}</resources></application>`;
}

/** The diagnostics of converting a folder made from `files`, as `file:line:col code` plus the message. */
export async function diagnosticsOf(files: Record<string, string>): Promise<{ at: string; message: string }[]> {
  const dir = specFolder(files);
  const result = await convertWadl(path.join(dir, "api.wadl"), dir);
  if (result.ok) return [];
  return result.diagnostics.map((d) => ({
    at: `${path.basename(d.location.file)}:${d.location.line}:${d.location.column} ${d.code}`,
    message: d.message,
  }));
}

function show(d: Diagnostic): string {
  return `${d.location.file}:${d.location.line}:${d.location.column} ${d.code} ${d.message}`;
}

/** The value at a JSON pointer given as segments. */
export function at(document: unknown, ...segments: string[]): unknown {
  return segments.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
}
