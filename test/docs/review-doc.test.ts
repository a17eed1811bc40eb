/** docs/review.md documents every rule id the spec diff and the surface diff can report. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

/** Rule ids written as literals: `rule: "x"`, `rule: cond ? "x" : "y"`, `const rule = cond ? "x" : "y"`. */
function ruleIds(): string[] {
  const ids = new Set<string>();
  const pattern = /rule(?::|\s*=)\s*(?:[^"\n?]*\?\s*)?"([a-z]+(?:-[a-z]+)+)"(?:\s*:\s*"([a-z]+(?:-[a-z]+)+)")?/g;
  for (const file of [...sources("generator/diff"), ...sources("generator/surface"), ...sources("generator/review")]) {
    for (const match of readFileSync(file, "utf8").matchAll(pattern)) {
      ids.add(match[1]!);
      if (match[2]) ids.add(match[2]);
    }
  }
  return [...ids].sort();
}

describe("docs/review.md", () => {
  const doc = readFileSync("docs/review.md", "utf8");
  it("finds the rule ids in the sources", () => {
    expect(ruleIds().length).toBeGreaterThan(60);
  });
  it.each(ruleIds())("documents %s", (id) => {
    expect(doc).toContain(`\`${id}\``);
  });
});
