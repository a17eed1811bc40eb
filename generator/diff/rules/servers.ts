/** Servers (the generated client's environments): removing one breaks callers that select it. */
import { isJsonObject } from "../../json-value.js";
import type { DiffContext } from "../diff-context.js";
import type { SpecSide } from "../spec-side.js";

function serversOf(side: SpecSide): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  const list = side.document["servers"];
  if (!Array.isArray(list)) return out;
  list.forEach((server, index) => {
    if (isJsonObject(server) && typeof server["url"] === "string")
      out.set(server["url"].replace(/\/+$/, ""), ["servers", String(index)]);
  });
  return out;
}

/** Reports document-level servers removed or added (matched by URL, trailing slashes ignored). */
export function diffServers(ctx: DiffContext): void {
  const before = serversOf(ctx.base);
  const after = serversOf(ctx.head);
  for (const [url, at] of before) {
    if (!after.has(url))
      ctx.report({
        rule: "server-removed",
        class: "breaking",
        subject: "servers",
        message: `server ${url} removed`,
        base: at,
        head: ["servers"],
      });
  }
  for (const [url, at] of after) {
    if (!before.has(url))
      ctx.report({
        rule: "server-added",
        class: "non-breaking",
        additive: true,
        subject: "servers",
        message: `server ${url} added`,
        base: ["servers"],
        head: at,
      });
  }
}
