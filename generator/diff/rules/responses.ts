/** Responses: statuses, media types, headers and the schema of each shared media type (response direction). */
import type { DiffContext } from "../diff-context.js";
import { resolveObject } from "../diff-context.js";
import { diffSchema } from "../schema/diff-schema.js";
import { entriesOf } from "../spec-side.js";
import { mediaTypesOf } from "./media-types.js";
import type { OperationRule } from "./operation-pair.js";

/** Success (and redirect/default) statuses are what callers' code paths rely on. */
function isSuccessful(status: string): boolean {
  return status === "default" || /^[23]/.test(status);
}

type Resolved = { value: Record<string, unknown>; at: readonly string[] };

/** Reports response changes of an operation pair. */
export const responsesRule: OperationRule = (ctx, { subject, base, head }) => {
  const before = entriesOf({ value: base.op.value["responses"], at: [...base.op.at, "responses"] });
  const after = entriesOf({ value: head.op.value["responses"], at: [...head.op.at, "responses"] });
  for (const [status, entry] of before) {
    const match = after.get(status);
    if (!match) {
      ctx.report(
        isSuccessful(status)
          ? {
              rule: "response-status-removed",
              class: "breaking",
              subject,
              message: `response ${status} removed`,
              base: entry.at,
              head: [...head.op.at, "responses"],
            }
          : {
              rule: "response-status-removed",
              class: "potentially-breaking",
              subject,
              message: `error response ${status} removed; its typed error body is gone`,
              base: entry.at,
              head: [...head.op.at, "responses"],
            },
      );
      continue;
    }
    const b = resolveObject(ctx.base, entry);
    const h = resolveObject(ctx.head, match);
    if (b && h) diffResponse(ctx, subject, status, b, h);
  }
  for (const [status, entry] of after) {
    if (before.has(status)) continue;
    ctx.report({
      rule: "response-status-added",
      class: "non-breaking",
      additive: true,
      subject,
      message: `response ${status} added`,
      base: [...base.op.at, "responses"],
      head: entry.at,
    });
  }
};

function diffResponse(ctx: DiffContext, subject: string, status: string, before: Resolved, after: Resolved): void {
  const beforeMedia = mediaTypesOf(ctx.base, before);
  const afterMedia = mediaTypesOf(ctx.head, after);
  for (const [media, entry] of beforeMedia) {
    const match = afterMedia.get(media);
    if (!match) {
      ctx.report({
        rule: "response-media-type-removed",
        class: "breaking",
        subject,
        message: `response ${status} media type ${media} removed`,
        base: entry.at,
        head: after.at,
      });
      continue;
    }
    diffSchema(
      ctx,
      { direction: "response", subject, label: `response ${status} (${media})` },
      entry.schema,
      match.schema,
    );
  }
  for (const [media, entry] of afterMedia) {
    if (!beforeMedia.has(media))
      ctx.report({
        rule: "response-media-type-added",
        class: "non-breaking",
        additive: true,
        subject,
        message: `response ${status} media type ${media} added`,
        base: before.at,
        head: entry.at,
      });
  }
  diffHeaders(ctx, subject, status, before, after);
}

function diffHeaders(ctx: DiffContext, subject: string, status: string, before: Resolved, after: Resolved): void {
  const beforeHeaders = entriesOf({ value: before.value["headers"], at: [...before.at, "headers"] });
  const afterHeaders = entriesOf({ value: after.value["headers"], at: [...after.at, "headers"] });
  for (const [name, entry] of beforeHeaders) {
    const match = afterHeaders.get(name);
    if (!match) {
      ctx.report({
        rule: "response-header-removed",
        class: "potentially-breaking",
        subject,
        message: `response ${status} header ${name} removed`,
        base: entry.at,
        head: after.at,
      });
      continue;
    }
    const b = resolveObject(ctx.base, entry);
    const h = resolveObject(ctx.head, match);
    if (b && h)
      diffSchema(
        ctx,
        { direction: "response", subject, label: `response ${status} header ${name}` },
        { value: b.value["schema"], at: [...b.at, "schema"] },
        { value: h.value["schema"], at: [...h.at, "schema"] },
      );
  }
  for (const [name, entry] of afterHeaders) {
    if (!beforeHeaders.has(name))
      ctx.report({
        rule: "response-header-added",
        class: "non-breaking",
        additive: true,
        subject,
        message: `response ${status} header ${name} added`,
        base: before.at,
        head: entry.at,
      });
  }
}
