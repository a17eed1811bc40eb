/**
 * Lint configuration: `specforge.config.json` at the repository root (where specforge runs) and in a spec folder
 * (which wins), e.g. `{ "lint": { "rules": { "parameter-description-missing": "error", "inline-schema-name": "off" } } }`.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic, Severity } from "../diagnostics.js";
import { isJsonObject } from "../json-value.js";
import { toPointer } from "../load/pointer.js";
import { displayPath } from "../load/read-file.js";
import { SourceFile } from "../load/source-file.js";
import { didYouMean } from "../validate/suggest.js";
import { LINT_RULES } from "./lint-rules.js";

/** The configuration file's name. */
export const LINT_CONFIG_FILE = "specforge.config.json";

/** What a rule's severity may be set to. */
export type RuleSetting = Severity | "off";

const SETTINGS: readonly RuleSetting[] = ["error", "warning", "off"];

/** The effective setting of every lint rule, and problems found in the configuration files. */
export interface LintConfig {
  settings: Record<string, RuleSetting>;
  diagnostics: Diagnostic[];
}

/** Reads the root and the spec folder's configuration (the folder's settings override the root's). */
export async function loadLintConfig(specDir: string, rootDir = process.cwd()): Promise<LintConfig> {
  const settings: Record<string, RuleSetting> = Object.fromEntries(
    Object.values(LINT_RULES).map((r) => [r.code, r.defaultSeverity]),
  );
  const diagnostics: Diagnostic[] = [];
  const dirs = [...new Set([path.resolve(rootDir), path.resolve(specDir)])];
  for (const dir of dirs) {
    const file = path.join(dir, LINT_CONFIG_FILE);
    const text = await readFile(file, "utf8").catch(() => undefined);
    if (text !== undefined)
      applyConfig(new SourceFile({ displayPath: displayPath(file), absolutePath: file, text }), settings, diagnostics);
  }
  return { settings, diagnostics };
}

function applyConfig(file: SourceFile, settings: Record<string, RuleSetting>, diagnostics: Diagnostic[]): void {
  const problem = (segments: string[], message: string) => {
    const pos = file.positionOf(segments, "key");
    diagnostics.push({
      severity: "error",
      code: "invalid-lint-config",
      message,
      location: { file: file.displayPath, line: pos.line, column: pos.column, pointer: toPointer(segments) },
    });
  };
  let config: unknown;
  try {
    config = JSON.parse(file.text);
  } catch (error) {
    problem([], `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (!isJsonObject(config)) return problem([], 'expected an object such as { "lint": { "rules": { … } } }');
  for (const key of Object.keys(config))
    if (key !== "lint") problem([key], `unknown field ${JSON.stringify(key)}; expected "lint"`);
  const lint = config["lint"];
  if (lint === undefined) return;
  if (!isJsonObject(lint) || !isJsonObject(lint["rules"]))
    return problem(["lint"], 'expected "lint": { "rules": { "<rule>": "error" | "warning" | "off" } }');
  const codes = Object.keys(LINT_RULES);
  for (const [code, value] of Object.entries(lint["rules"])) {
    if (!(code in LINT_RULES))
      problem(["lint", "rules", code], `unknown lint rule ${JSON.stringify(code)}${didYouMean(code, codes)}`);
    else if (!SETTINGS.includes(value as RuleSetting))
      problem(["lint", "rules", code], `${code}: expected "error", "warning" or "off", got ${JSON.stringify(value)}`);
    else settings[code] = value as RuleSetting;
  }
}
