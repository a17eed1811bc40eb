/** Turns spec text into data: JSON by `JSON.parse` (fast), YAML by `yaml` with every warning an error. */
import { parseDocument, LineCounter, type YAMLError } from "yaml";
import type { Diagnostic } from "../diagnostics.js";
import { LOAD_LIMITS } from "./limits.js";
import { toPointer } from "./pointer.js";
import type { SourceFile } from "./source-file.js";

export type ParseResult = { ok: true; value: unknown } | { ok: false; diagnostics: Diagnostic[] };

/** Parses a source file; problems come back located, never thrown. */
export function parseSource(file: SourceFile): ParseResult {
  const looksJson = /\.json$/i.test(file.absolutePath) || /^\s*[{[]/.test(file.text.slice(0, 64));
  if (looksJson) {
    const json = parseJson(file);
    if (json.ok) return checkDepth(file, json.value);
    if (/\.json$/i.test(file.absolutePath)) return json;
  }
  return parseYaml(file);
}

function parseJson(file: SourceFile): ParseResult {
  try {
    return { ok: true, value: JSON.parse(file.text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : 0;
    const pos = file.positionAt(Math.min(offset, file.text.length));
    return {
      ok: false,
      diagnostics: [
        located(
          file,
          pos.line,
          pos.column,
          "",
          "invalid-json",
          `${message.replace(/\s*\(line \d+ column \d+\)/, "")}; fix the JSON syntax`,
        ),
      ],
    };
  }
}

function parseYaml(file: SourceFile): ParseResult {
  const lines = new LineCounter();
  let doc;
  try {
    doc = parseDocument(file.text, {
      lineCounter: lines,
      schema: "core",
      version: "1.2",
      uniqueKeys: true,
      prettyErrors: false,
    });
  } catch (error) {
    return { ok: false, diagnostics: [tooDeep(file, error)] };
  }
  const problems: readonly YAMLError[] = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return {
      ok: false,
      diagnostics: problems.map((p) => {
        const pos = lines.linePos(p.pos[0]);
        if (p.code === "RESOURCE_EXHAUSTION")
          return located(
            file,
            pos.line,
            pos.col,
            "",
            "nesting-too-deep",
            `nesting too deep to parse (${firstLine(p.message)}); flatten the document or use $ref`,
          );
        const hint = p.code === "TAG_RESOLVE_FAILED" ? "; specs may only use plain YAML without custom tags" : "";
        return located(
          file,
          pos.line,
          pos.col,
          "",
          `yaml-${p.code.toLowerCase().replace(/_/g, "-")}`,
          `${firstLine(p.message)}${hint}`,
        );
      }),
    };
  }
  try {
    const value = doc.toJS({ maxAliasCount: LOAD_LIMITS.maxAliasCount });
    return checkDepth(file, value);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      return {
        ok: false,
        diagnostics: [
          located(
            file,
            1,
            1,
            "",
            "yaml-alias-limit",
            `too many alias expansions (limit ${LOAD_LIMITS.maxAliasCount}); remove repeated anchors/aliases`,
          ),
        ],
      };
    }
    return { ok: false, diagnostics: [tooDeep(file, error)] };
  }
}

/** Walks the data without recursion and rejects nesting deeper than the limit. */
function checkDepth(file: SourceFile, value: unknown): ParseResult {
  type Frame = { node: unknown; depth: number; key: string; parent: Frame | undefined };
  if (value === null || typeof value !== "object") return { ok: true, value };
  const stack: Frame[] = [{ node: value, depth: 0, key: "", parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > LOAD_LIMITS.maxDepth) {
      const path: string[] = [];
      for (let f: Frame | undefined = frame; f?.parent; f = f.parent) path.unshift(f.key);
      const pos = file.positionOf(path);
      return {
        ok: false,
        diagnostics: [
          located(
            file,
            pos.line,
            pos.column,
            toPointer(path),
            "nesting-too-deep",
            `nesting deeper than ${LOAD_LIMITS.maxDepth} levels; flatten the document or use $ref`,
          ),
        ],
      };
    }
    const node = frame.node as Record<string, unknown>;
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (child !== null && typeof child === "object")
        stack.push({ node: child, depth: frame.depth + 1, key, parent: frame });
    }
  }
  return { ok: true, value };
}

function tooDeep(file: SourceFile, error: unknown): Diagnostic {
  const message =
    error instanceof RangeError
      ? `nesting too deep to parse; flatten the document`
      : `cannot parse: ${firstLine(String(error))}`;
  return located(file, 1, 1, "", "nesting-too-deep", message);
}

function located(
  file: SourceFile,
  line: number,
  column: number,
  pointer: string,
  code: string,
  message: string,
): Diagnostic {
  return { severity: "error", code, message, location: { file: file.displayPath, line, column, pointer } };
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}
