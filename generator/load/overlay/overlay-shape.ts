/** Checks an overlay document's shape (Overlay 1.0 fixed fields) before any action runs; problems are located. */
import type { Diagnostic } from "../../diagnostics.js";
import { isJsonObject } from "../../json-value.js";
import type { SourceFile } from "../source-file.js";

const ROOT_FIELDS = new Set(["overlay", "info", "extends", "actions"]);
const ACTION_FIELDS = new Set(["target", "description", "update", "remove"]);

/** Every shape problem: version `1.0.x`, `info.title`/`info.version`, a non-empty `actions` list of well-formed actions. */
export function checkOverlayShape(value: unknown, file: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (segments: string[], code: string, message: string, target: "key" | "value" = "value") => {
    const position = file.positionOf(segments, target);
    out.push({
      severity: "error",
      code,
      message,
      location: {
        file: file.displayPath,
        line: position.line,
        column: position.column,
        pointer: segments.map((s) => `/${s}`).join(""),
      },
    });
  };
  if (!isJsonObject(value)) {
    at([], "overlay-invalid", "an overlay must be a YAML/JSON object with overlay, info and actions");
    return out;
  }
  if (typeof value["overlay"] !== "string" || !/^1\.0\.\d+$/.test(value["overlay"]))
    at(
      value["overlay"] === undefined ? [] : ["overlay"],
      "overlay-invalid-version",
      "`overlay` must be a 1.0.x version string, e.g. overlay: 1.0.0",
    );
  const info = value["info"];
  if (!isJsonObject(info) || typeof info["title"] !== "string" || typeof info["version"] !== "string")
    at(info === undefined ? [] : ["info"], "overlay-invalid-info", "`info` needs a title and a version (strings)");
  for (const key of Object.keys(value))
    if (!ROOT_FIELDS.has(key) && !key.startsWith("x-"))
      at([key], "overlay-unknown-field", `unknown field ${JSON.stringify(key)} in an overlay document`, "key");
  const actions = value["actions"];
  if (!Array.isArray(actions) || actions.length === 0) {
    at(actions === undefined ? [] : ["actions"], "overlay-invalid-actions", "`actions` must be a non-empty list");
    return out;
  }
  actions.forEach((action, i) => {
    const base = ["actions", String(i)];
    if (!isJsonObject(action)) return at(base, "overlay-invalid-action", "an action must be an object with a target");
    if (typeof action["target"] !== "string" || !action["target"].startsWith("$"))
      at(
        action["target"] === undefined ? base : [...base, "target"],
        "overlay-invalid-target",
        "an action needs a target: a JSONPath expression starting with $",
      );
    if (action["remove"] !== undefined && typeof action["remove"] !== "boolean")
      at([...base, "remove"], "overlay-invalid-action", "`remove` must be true or false");
    if (action["update"] === undefined && action["remove"] !== true)
      at(base, "overlay-invalid-action", "an action needs an update or remove: true");
    for (const key of Object.keys(action))
      if (!ACTION_FIELDS.has(key) && !key.startsWith("x-"))
        at([...base, key], "overlay-unknown-field", `unknown field ${JSON.stringify(key)} in an overlay action`, "key");
  });
  return out;
}
