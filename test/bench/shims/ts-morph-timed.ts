/** Stands in for `ts-morph` inside generator/emit/ in the detail probe only: `printStructure` is timed per file. */
import * as tsMorph from "ts-morph";
import { recordDetail } from "./detail-log.js";

export * from "ts-morph";

/** ts-morph's printStructure, timed. */
export function printStructure(...args: Parameters<typeof tsMorph.printStructure>): string {
  const start = performance.now();
  const text = tsMorph.printStructure(...args);
  recordDetail({ label: "ts-morph printStructure", ms: performance.now() - start, chars: text.length });
  return text;
}
