/** Parameters (path item and operation level, the operation's winning): added, removed, renamed, moved, required, style, schema. */
import { isJsonObject, type JsonObject } from "../../json-value.js";
import { parameterEntries } from "../../validate/spec-nodes.js";
import type { DiffContext } from "../diff-context.js";
import { diffSchema } from "../schema/diff-schema.js";
import type { Located, SpecSide } from "../spec-side.js";
import type { OperationNode, OperationPair, OperationRule } from "./operation-pair.js";

/** A parameter as compared: the resolved object, where its list entry is and where it is defined. */
interface Param {
  name: string;
  in: string;
  value: JsonObject;
  at: readonly string[];
  definedAt: readonly string[];
}

/** Effective parameters of an operation keyed `in:name`. */
function paramsOf(side: SpecSide, node: OperationNode): Map<string, Param> {
  const out = new Map<string, Param>();
  for (const owner of [node.item, node.op]) {
    for (const entry of parameterEntries(side.document, owner.value, owner.at)) {
      const { name, in: location } = entry.parameter;
      if (typeof name !== "string" || typeof location !== "string") continue;
      out.set(`${location}:${name}`, {
        name,
        in: location,
        value: entry.parameter,
        at: entry.at,
        definedAt: entry.definedAt,
      });
    }
  }
  return out;
}

function isRequired(p: Param): boolean {
  return p.in === "path" || p.value["required"] === true;
}

function label(p: Param): string {
  return `parameter \`${p.name}\` (${p.in})`;
}

/** Reports every parameter change of an operation pair. */
export const parametersRule: OperationRule = (ctx, pair) => {
  const before = paramsOf(ctx.base, pair.base);
  const after = paramsOf(ctx.head, pair.head);
  const removed = [...before].filter(([k]) => !after.has(k)).map(([, p]) => p);
  const added = [...after].filter(([k]) => !before.has(k)).map(([, p]) => p);
  for (const [key, base] of before) {
    const head = after.get(key);
    if (head) diffParam(ctx, pair, base, head);
  }
  for (const base of removed) {
    const moved = added.find((h) => h.name === base.name);
    const renamed = moved ? undefined : soleRename(base, removed, added);
    const head = moved ?? renamed;
    if (head) {
      added.splice(added.indexOf(head), 1);
      const rule = moved ? "parameter-moved" : "parameter-renamed";
      const what = moved ? `moved from ${base.in} to ${head.in}` : `renamed to \`${head.name}\``;
      ctx.report({
        rule,
        class: "breaking",
        subject: pair.subject,
        message: `${label(base)} ${what}`,
        base: base.at,
        head: head.at,
      });
      diffParam(ctx, pair, base, head);
      continue;
    }
    ctx.report({
      rule: "parameter-removed",
      class: "breaking",
      subject: pair.subject,
      message: `${label(base)} removed`,
      base: base.at,
      head: pair.head.op.at,
    });
  }
  for (const head of added) {
    ctx.report(
      isRequired(head)
        ? {
            rule: "required-parameter-added",
            class: "breaking",
            subject: pair.subject,
            message: `required ${label(head)} added`,
            base: pair.base.op.at,
            head: head.at,
          }
        : {
            rule: "parameter-added",
            class: "non-breaking",
            additive: true,
            subject: pair.subject,
            message: `optional ${label(head)} added`,
            base: pair.base.op.at,
            head: head.at,
          },
    );
  }
};

/** The one added parameter in the same location when exactly one was removed and one added there. */
function soleRename(base: Param, removed: Param[], added: Param[]): Param | undefined {
  const sameIn = (list: Param[]) => list.filter((p) => p.in === base.in);
  const candidates = sameIn(added);
  return sameIn(removed).length === 1 && candidates.length === 1 ? candidates[0] : undefined;
}

/** Serialization defaults per location (OpenAPI 3 §Parameter Object). */
const DEFAULT_STYLE: Readonly<Record<string, string>> = {
  query: "form",
  cookie: "form",
  path: "simple",
  header: "simple",
};

function serialization(p: Param): string {
  const style = typeof p.value["style"] === "string" ? p.value["style"] : (DEFAULT_STYLE[p.in] ?? "form");
  const explode = typeof p.value["explode"] === "boolean" ? p.value["explode"] : style === "form";
  return `style ${style}, explode ${explode}`;
}

function diffParam(ctx: DiffContext, pair: OperationPair, base: Param, head: Param): void {
  const at = { base: base.at, head: head.at };
  const subject = pair.subject;
  if (isRequired(base) !== isRequired(head)) {
    ctx.report(
      isRequired(head)
        ? {
            rule: "parameter-became-required",
            class: "breaking",
            subject,
            message: `${label(head)} became required`,
            ...at,
          }
        : {
            rule: "parameter-became-optional",
            class: "non-breaking",
            subject,
            message: `${label(head)} became optional`,
            ...at,
          },
    );
  }
  if ((base.value["deprecated"] === true) !== (head.value["deprecated"] === true)) {
    const is = head.value["deprecated"] === true;
    ctx.report({
      rule: is ? "parameter-deprecated" : "parameter-undeprecated",
      class: "non-breaking",
      subject,
      message: `${label(head)} ${is ? "is deprecated" : "is no longer deprecated"}`,
      ...at,
    });
  }
  if (base.in === head.in && serialization(base) !== serialization(head)) {
    ctx.report({
      rule: "parameter-style-changed",
      class: "potentially-breaking",
      subject,
      message: `${label(head)} serialization ${serialization(base)} → ${serialization(head)}`,
      ...at,
    });
  }
  diffSchema(ctx, { direction: "request", subject, label: label(head) }, schemaOf(base), schemaOf(head));
}

/** A parameter's schema: `schema`, or the first media type's schema under `content`. */
function schemaOf(p: Param): Located | undefined {
  if ("schema" in p.value) return { value: p.value["schema"], at: [...p.definedAt, "schema"] };
  const content = p.value["content"];
  if (!isJsonObject(content)) return undefined;
  const [media] = Object.keys(content);
  const entry = media === undefined ? undefined : content[media];
  return isJsonObject(entry) && "schema" in entry
    ? { value: entry["schema"], at: [...p.definedAt, "content", media!, "schema"] }
    : undefined;
}
