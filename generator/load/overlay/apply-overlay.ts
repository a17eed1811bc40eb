/**
 * OpenAPI Overlay 1.0: `actions` applied in order, each selecting nodes with an RFC 9535 JSONPath `target` and
 * merging `update` into them or removing them. A target that selects nothing is an error at the target.
 * @see https://spec.openapis.org/overlay/v1.0.0
 */
import { exec } from "jsonpath-rfc9535";
import type { Diagnostic } from "../../diagnostics.js";
import { isJsonObject, type JsonObject } from "../../json-value.js";
import { parseSource } from "../parse-source.js";
import type { SourceFile } from "../source-file.js";
import { checkOverlayShape } from "./overlay-shape.js";

export type OverlayResult = { ok: true; document: JsonObject } | { ok: false; diagnostics: Diagnostic[] };

type Path = (string | number)[];

/** Applies the overlay in `file` to a copy of `document`. */
export function applyOverlay(document: JsonObject, file: SourceFile): OverlayResult {
  const parsed = parseSource(file);
  if (!parsed.ok) return parsed;
  const shapeProblems = checkOverlayShape(parsed.value, file);
  if (shapeProblems.length > 0) return { ok: false, diagnostics: shapeProblems };
  const overlay = parsed.value as { actions: JsonObject[] };
  let result: unknown = structuredClone(document);
  const diagnostics: Diagnostic[] = [];
  overlay.actions.forEach((action, index) => {
    const at = (field: string): Diagnostic["location"] => locate(file, ["actions", String(index), field]);
    const target = action["target"] as string;
    let matches: Path[];
    try {
      matches = selectPaths(result, target);
    } catch (error) {
      diagnostics.push(
        problem(
          at("target"),
          "overlay-invalid-target",
          `target ${JSON.stringify(target)} is not an RFC 9535 JSONPath expression: ${firstLine(error)}`,
        ),
      );
      return;
    }
    if (matches.length === 0) {
      diagnostics.push(
        problem(
          at("target"),
          "overlay-target-not-found",
          `target ${JSON.stringify(target)} selects nothing in the converted document; check the path (the derived openapi.yaml shows what exists)`,
        ),
      );
      return;
    }
    if (action["remove"] === true) {
      result = removeAll(result, matches);
      return;
    }
    if (!("update" in action)) return;
    for (const path of matches) {
      const updated = updateAt(result, path, action["update"]);
      if (updated === undefined) {
        diagnostics.push(
          problem(
            at("update"),
            "overlay-update-not-applicable",
            `target ${JSON.stringify(target)} selects a ${typeName(valueAt(result, path))}; update needs an object (merged) or an array (appended to)`,
          ),
        );
        return;
      }
      result = updated;
    }
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return isJsonObject(result)
    ? { ok: true, document: result }
    : {
        ok: false,
        diagnostics: [
          problem(locate(file, ["actions"]), "overlay-removed-root", "the actions removed the whole document"),
        ],
      };
}

function selectPaths(document: unknown, target: string): Path[] {
  const out: Path[] = [];
  exec(document as never, target, (_value, path) => out.push([...path]));
  return out;
}

/** Merges `update` into the object at `path` (recursively) or appends it to the array there; undefined for a scalar. */
function updateAt(document: unknown, path: Path, update: unknown): unknown {
  const current = valueAt(document, path);
  let next: unknown;
  if (Array.isArray(current)) next = [...current, structuredClone(update)];
  else if (isJsonObject(current) && isJsonObject(update)) next = mergeDeep(current, update);
  else return undefined;
  return setAt(document, path, next);
}

/** Objects merge key by key; anything else in `update` replaces what was there. */
export function mergeDeep(base: JsonObject, update: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(update)) {
    const existing = out[key];
    out[key] = isJsonObject(existing) && isJsonObject(value) ? mergeDeep(existing, value) : structuredClone(value);
  }
  return out;
}

/** Removes every selected node; array elements are removed from the highest index down so indexes stay valid. */
function removeAll(document: unknown, paths: Path[]): unknown {
  const sorted = [...paths].sort((a, b) => b.length - a.length || compareLast(b, a));
  let result = document;
  for (const path of sorted) {
    if (path.length === 0) return undefined;
    const parent = valueAt(result, path.slice(0, -1));
    const key = path[path.length - 1]!;
    if (Array.isArray(parent) && typeof key === "number")
      result = setAt(
        result,
        path.slice(0, -1),
        parent.filter((_, i) => i !== key),
      );
    else if (isJsonObject(parent) && typeof key === "string") {
      const { [key]: _removed, ...rest } = parent;
      result = setAt(result, path.slice(0, -1), rest);
    }
  }
  return result;
}

function compareLast(a: Path, b: Path): number {
  const x = a[a.length - 1];
  const y = b[b.length - 1];
  return typeof x === "number" && typeof y === "number" ? x - y : 0;
}

function valueAt(document: unknown, path: Path): unknown {
  let node = document;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return node;
}

function setAt(document: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const child = setAt((document as Record<string | number, unknown>)[head!], rest, value);
  if (Array.isArray(document)) return document.map((item, i) => (i === head ? child : item));
  return { ...(document as JsonObject), [head!]: child };
}

function typeName(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

function locate(file: SourceFile, segments: string[]): Diagnostic["location"] {
  const position = file.positionOf(segments);
  return { file: file.displayPath, line: position.line, column: position.column, pointer: `/${segments.join("/")}` };
}

function problem(location: Diagnostic["location"], code: string, message: string): Diagnostic {
  return { severity: "error", code, message, location };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}
