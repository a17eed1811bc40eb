/**
 * Stands in for `openapi-typescript` inside generator/emit/ in the detail probe only: the same API, with
 * `transformSchema` (spec → TypeScript AST) and `astToString` (AST → text) timed separately.
 */
import * as ots from "openapi-typescript";
import { recordDetail } from "./detail-log.js";

export * from "openapi-typescript";

/** openapi-typescript's transformSchema, timed. */
export function transformSchema(
  ...args: Parameters<typeof ots.transformSchema>
): ReturnType<typeof ots.transformSchema> {
  const start = performance.now();
  const nodes = ots.transformSchema(...args);
  recordDetail({ label: "openapi-typescript transformSchema", ms: performance.now() - start, chars: 0 });
  return nodes;
}

/** openapi-typescript's astToString, timed. */
export function astToString(...args: Parameters<typeof ots.astToString>): string {
  const start = performance.now();
  const text = ots.astToString(...args);
  recordDetail({ label: "openapi-typescript astToString", ms: performance.now() - start, chars: text.length });
  return text;
}
