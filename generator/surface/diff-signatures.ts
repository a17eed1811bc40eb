/** Method, function and constructor signatures: parameters added, removed, made required, narrowed; return types changed. */
import ts from "typescript";
import { clipType, type SurfaceContext } from "./diff-surface.js";
import type { SurfaceEntry } from "./extract-surface.js";
import { fitsType } from "./fits-type.js";

interface Param {
  name: string;
  optional: boolean;
  type: ts.Type;
}

function paramsOf(checker: ts.TypeChecker, signature: ts.Signature): Param[] {
  return signature.getParameters().map((p) => {
    const decl = p.valueDeclaration;
    const optional = !!decl && ts.isParameter(decl) && checker.isOptionalParameter(decl);
    return {
      name: p.getName(),
      optional,
      type: decl ? checker.getTypeOfSymbolAtLocation(p, decl) : checker.getTypeOfSymbol(p),
    };
  });
}

/** Compares two signatures position by position, then the return types. */
export function diffSignatures(ctx: SurfaceContext, base: SurfaceEntry, head: SurfaceEntry): void {
  const { checker } = ctx;
  const before = paramsOf(checker, base.signature!);
  const after = paramsOf(checker, head.signature!);
  const subject = base.name;
  const at = { base, head };
  const show = (t: ts.Type) => clipType(checker.typeToString(t, undefined, ts.TypeFormatFlags.NoTruncation));
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const b = before[i];
    const h = after[i];
    if (b && !h) {
      ctx.report({
        rule: "parameter-removed",
        class: "breaking",
        subject,
        message: `parameter ${b.name} removed`,
        ...at,
      });
    } else if (h && !b) {
      ctx.report(
        h.optional
          ? {
              rule: "parameter-added",
              class: "non-breaking",
              additive: true,
              subject,
              message: `optional parameter ${h.name} added`,
              ...at,
            }
          : {
              rule: "required-parameter-added",
              class: "breaking",
              subject,
              message: `required parameter ${h.name} added`,
              ...at,
            },
      );
    } else if (b && h) {
      if (b.optional && !h.optional)
        ctx.report({
          rule: "parameter-became-required",
          class: "breaking",
          subject,
          message: `parameter ${h.name} became required`,
          ...at,
        });
      if (!b.optional && h.optional)
        ctx.report({
          rule: "parameter-became-optional",
          class: "non-breaking",
          subject,
          message: `parameter ${h.name} became optional`,
          ...at,
        });
      const accepts = fitsType(checker, b.type, h.type);
      const same = accepts && fitsType(checker, h.type, b.type);
      if (!accepts)
        ctx.report({
          rule: "parameter-type-narrowed",
          class: "breaking",
          subject,
          message: `parameter ${h.name} no longer accepts every ${show(b.type)} (now ${show(h.type)})`,
          ...at,
        });
      else if (!same)
        ctx.report({
          rule: "parameter-type-widened",
          class: "non-breaking",
          subject,
          message: `parameter ${h.name} accepts more (${show(h.type)})`,
          ...at,
        });
    }
  }
  if (base.kind === "constructor") return;
  const returnBefore = checker.getReturnTypeOfSignature(base.signature!);
  const returnAfter = checker.getReturnTypeOfSignature(head.signature!);
  const fits = fitsType(checker, returnAfter, returnBefore);
  if (!fits)
    ctx.report({
      rule: "return-type-changed",
      class: "breaking",
      subject,
      message: `returns ${show(returnAfter)}, which does not fit the old ${show(returnBefore)}`,
      ...at,
    });
  else if (!fitsType(checker, returnBefore, returnAfter))
    ctx.report({
      rule: "return-type-narrowed",
      class: "non-breaking",
      subject,
      message: `returns a narrower ${show(returnAfter)}`,
      ...at,
    });
}
