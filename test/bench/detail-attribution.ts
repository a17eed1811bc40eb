/**
 * Attributes the timed-shim probe run: prettier calls matched to the files they formatted, openapi-typescript
 * split into transform and print, ts-morph printStructure summed.
 */
import type { ProbeOutput } from "./stage-probe.js";

/** One row of the "inside the stages" table. */
export interface DetailRow {
  stage: string;
  what: string;
  calls: number;
  ms: number;
  /** Characters of input (prettier) or output (printers). */
  chars: number;
}

const FORMATTED = /\.(ts|json|md)$/;

/** Groups the detail records; prettier calls are matched to files in order (formatFiles maps over them in order). */
export function attributeDetail(detail: ProbeOutput): DetailRow[] {
  const rows = new Map<string, DetailRow>();
  const add = (stage: string, what: string, ms: number, chars: number) => {
    const key = `${stage}\0${what}`;
    const row = rows.get(key) ?? { stage, what, calls: 0, ms: 0, chars: 0 };
    row.calls += 1;
    row.ms += ms;
    row.chars += chars;
    rows.set(key, row);
  };
  const prettierCalls = detail.detail.filter((r) => r.label.startsWith("prettier.format"));
  const formatted = detail.files.filter((f) => FORMATTED.test(f.path) && !f.path.startsWith("src/runtime/"));
  const matched = formatted.length === prettierCalls.length;
  prettierCalls.forEach((call, i) => {
    const file = matched ? formatted[i]!.path : undefined;
    add("format", file ? `prettier: ${groupOf(file)}` : call.label, call.ms, call.chars);
  });
  for (const record of detail.detail) {
    if (record.label.startsWith("prettier.format")) continue;
    add(record.label.startsWith("ts-morph") ? "emit" : "types", record.label, record.ms, record.chars);
  }
  return [...rows.values()].sort((a, b) => b.ms - a.ms);
}

function groupOf(file: string): string {
  if (file.startsWith("src/resources/")) return "src/resources/*.ts";
  if (file.endsWith(".json")) return "*.json";
  return file;
}
