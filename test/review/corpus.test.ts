/** The spec-diff corpus: every folder of corpus/ holds base.yaml, head.yaml and the expected classification of every change. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { Change } from "../../generator/diff/change.js";
import { diffSpecs } from "../../generator/diff/diff-specs.js";
import { loadDiffSide } from "../../generator/diff/load-side.js";

const CORPUS = path.resolve("test/review/corpus");
const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

interface Expected {
  rule: string;
  class: Change["class"];
  subject: string;
  /** Optional location checks: `file-name:line pointer`. */
  base?: string;
  head?: string;
}

/** A case's side: `base.yaml`, or a folder `base/` holding a multi-file spec. */
function sidePath(name: string, side: "base" | "head"): string {
  const file = path.join(CORPUS, name, `${side}.yaml`);
  return existsSync(file) ? file : path.join(CORPUS, name, side);
}

function shortLocation(location: Change["base"]): string | undefined {
  return location ? `${path.basename(location.file)}:${location.line} ${location.pointer}` : undefined;
}

async function diffCase(name: string): Promise<Change[]> {
  const base = await loadDiffSide(sidePath(name, "base"));
  const head = await loadDiffSide(sidePath(name, "head"));
  if (!base.ok || !head.ok) throw new Error(`case ${name} does not load`);
  return diffSpecs(base.side, head.side);
}

const key = (c: Pick<Expected, "rule" | "class" | "subject">) => `${c.class} ${c.rule} ${c.subject}`;

describe("spec diff corpus", () => {
  it("has at least 40 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)("%s", async (name) => {
    const expected = (parse(readFileSync(path.join(CORPUS, name, "expected.yaml"), "utf8")) as { changes: Expected[] })
      .changes;
    const changes = await diffCase(name);
    expect(changes.map(key).sort()).toEqual(expected.map(key).sort());
    for (const want of expected.filter((e) => e.base !== undefined || e.head !== undefined)) {
      const got = changes.find((c) => key(c) === key(want))!;
      if (want.base !== undefined) expect(shortLocation(got.base)).toBe(want.base);
      if (want.head !== undefined) expect(shortLocation(got.head)).toBe(want.head);
    }
    for (const change of changes) {
      if (change.additive) expect(change.class, `${change.rule} is additive`).not.toBe("breaking");
      for (const [side, location] of [
        ["base", change.base],
        ["head", change.head],
      ] as const) {
        if (!location) continue;
        expect(path.resolve(location.file).startsWith(path.join(CORPUS, name, side))).toBe(true);
        expect(location.line).toBeGreaterThan(0);
        expect(location.pointer.startsWith("/") || location.pointer === "").toBe(true);
      }
    }
  });
});
