/** The type of an operation's error bodies: every non-success response's content, as the runtime decodes it. */
import type { Operation } from "../normalize/ir.js";
import { successResponses } from "./operation-spec.js";
import { layoutUnion } from "./code-layout.js";
import { renderTypePath } from "./type-paths.js";

/** Union of the declared error bodies (4XX, 5XX, `default`, …); `unknown` when the spec declares none. */
export function errorBodyTypeText(op: Operation, alias: string): string {
  // An RPC function's responses are the endpoint's error responses only (its success is the function's result).
  const success = new Set(op.rpc ? [] : successResponses(op));
  const parts = new Set<string>();
  for (const response of op.responses) {
    if (success.has(response)) continue;
    for (const content of response.contents) {
      if (content.encoding === "json" || content.encoding === "xml")
        parts.add(`Readable<${renderTypePath(content.type, alias)}>`);
      else if (content.encoding === "text") parts.add("string");
      else parts.add("unknown");
    }
  }
  return parts.size === 0 || parts.has("unknown") ? "unknown" : layoutUnion([...parts], 40);
}
