/**
 * The API-surface diff: the public declarations of a generated package at base and head, compared with the
 * type checker, so a renamed method or a narrowed parameter type is reported even when the spec diff looks harmless.
 */
import ts from "typescript";
import { sortChanges, type Change, type ChangeLocation } from "../diff/change.js";
import type { GeneratedFile } from "../pipeline/generated-file.js";
import type { SurfaceEntry } from "./extract-surface.js";
import { extractSurface } from "./extract-surface.js";
import { diffSignatures } from "./diff-signatures.js";
import { fitsType } from "./fits-type.js";
import { createSurfaceProgram, SIDE_ROOTS } from "./surface-program.js";

/** What the comparison of two entries needs. */
export interface SurfaceContext {
  checker: ts.TypeChecker;
  report(
    change: Omit<Change, "base" | "head" | "additive"> & {
      additive?: boolean;
      base?: SurfaceEntry;
      head?: SurfaceEntry;
    },
  ): void;
}

/** Compares the surfaces of two builds of one package; `label` prefixes file names (e.g. `generated/sonlet`). */
export function diffSurfaces(
  files: { base: readonly GeneratedFile[]; head: readonly GeneratedFile[] },
  label: string,
): Change[] {
  const program = createSurfaceProgram(files);
  const checker = program.getTypeChecker();
  const surface = (side: "base" | "head") =>
    extractSurface(checker, program.getSourceFile(`${SIDE_ROOTS[side]}/src/index.ts`));
  const before = surface("base");
  const after = surface("head");
  const out: Change[] = [];
  const ctx: SurfaceContext = {
    checker,
    report: (c) =>
      out.push({
        ...c,
        additive: c.additive ?? false,
        base: c.base ? locate(c.base, label) : null,
        head: c.head ? locate(c.head, label) : null,
      }),
  };
  const removed = [...before.values()].filter((e) => !after.has(e.name));
  const added = [...after.values()].filter((e) => !before.has(e.name));
  for (const [name, base] of before) {
    const head = after.get(name);
    if (head && head.symbol !== base.symbol) compareEntries(ctx, base, head);
  }
  reportRemovedAndAdded(ctx, removed, added);
  return sortChanges(out);
}

function reportRemovedAndAdded(ctx: SurfaceContext, removed: SurfaceEntry[], added: SurfaceEntry[]): void {
  const owner = (e: SurfaceEntry) => e.name.slice(0, Math.max(0, e.name.lastIndexOf(".")));
  const member = (e: SurfaceEntry) => e.name.slice(e.name.lastIndexOf(".") + 1);
  for (const base of removed) {
    const methods = base.kind === "method" ? added.filter((h) => h.kind === "method" && h.text === base.text) : [];
    const renamed =
      methods.find((h) => owner(h) === owner(base)) ??
      methods.find((h) => member(h) === member(base)) ??
      (methods.length === 1 ? methods[0] : undefined);
    if (renamed) {
      added.splice(added.indexOf(renamed), 1);
      const moved = owner(renamed) !== owner(base);
      ctx.report({
        rule: moved ? "method-moved" : "method-renamed",
        class: "breaking",
        subject: base.name,
        message: `${base.name} ${moved ? "moved" : "renamed"} to ${renamed.name}`,
        base,
        head: renamed,
      });
      continue;
    }
    ctx.report({
      rule: `${base.kind}-removed`,
      class: "breaking",
      subject: base.name,
      message: `${base.kind} ${base.name} removed`,
      base,
    });
  }
  for (const head of added) {
    ctx.report({
      rule: `${head.kind}-added`,
      class: "non-breaking",
      additive: true,
      subject: head.name,
      message: `${head.kind} ${head.name} added`,
      head,
    });
  }
}

function compareEntries(ctx: SurfaceContext, base: SurfaceEntry, head: SurfaceEntry): void {
  if (base.kind !== head.kind) {
    ctx.report({
      rule: "declaration-kind-changed",
      class: "breaking",
      subject: base.name,
      message: `${base.name} changed from a ${base.kind} to a ${head.kind}`,
      base,
      head,
    });
    return;
  }
  if (base.signature && head.signature) {
    diffSignatures(ctx, base, head);
    return;
  }
  if (!base.type || !head.type) return;
  const narrower = fitsType(ctx.checker, head.type, base.type);
  const wider = fitsType(ctx.checker, base.type, head.type);
  if (narrower && wider) {
    if (base.text !== head.text)
      ctx.report({
        rule: "type-compatible-change",
        class: "non-breaking",
        subject: base.name,
        message: `${base.kind} ${base.name}: ${clipType(base.text)} → ${clipType(head.text)}`,
        base,
        head,
      });
    return;
  }
  const what = `${base.kind} ${base.name}: ${clipType(base.text)} → ${clipType(head.text)}`;
  if (!narrower && !wider)
    ctx.report({
      rule: "type-changed",
      class: "potentially-breaking",
      subject: base.name,
      message: `${what} (neither old nor new values fit the other)`,
      base,
      head,
    });
  else
    ctx.report({
      rule: narrower ? "type-narrowed" : "type-widened",
      class: "non-breaking",
      subject: base.name,
      message: what,
      base,
      head,
    });
}

/** Shortens a type's text for a message (the locations lead to the full declaration). */
export function clipType(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function locate(entry: SurfaceEntry, label: string): ChangeLocation | null {
  const decl = entry.symbol.valueDeclaration ?? entry.symbol.declarations?.[0];
  if (!decl) return null;
  const file = decl.getSourceFile();
  const rel = file.fileName.replace(/^\/specforge-surface\/(base|head)\//, "");
  return { file: `${label}/${rel}`, line: file.getLineAndCharacterOfPosition(decl.getStart()).line + 1, pointer: "" };
}
