/** Request bodies: added, removed, required ↔ optional, media types, and the schema of each shared media type. */
import { resolveObject } from "../diff-context.js";
import { diffSchema } from "../schema/diff-schema.js";
import { mediaTypesOf } from "./media-types.js";
import type { OperationRule } from "./operation-pair.js";

/** Reports request body changes of an operation pair. */
export const requestBodyRule: OperationRule = (ctx, { subject, base, head }) => {
  const before = resolveObject(ctx.base, { value: base.op.value["requestBody"], at: [...base.op.at, "requestBody"] });
  const after = resolveObject(ctx.head, { value: head.op.value["requestBody"], at: [...head.op.at, "requestBody"] });
  if (!before && !after) return;
  if (!after) {
    ctx.report({
      rule: "request-body-removed",
      class: "breaking",
      subject,
      message: "request body removed",
      base: before!.at,
      head: head.op.at,
    });
    return;
  }
  const required = after.value["required"] === true;
  if (!before) {
    ctx.report(
      required
        ? {
            rule: "required-request-body-added",
            class: "breaking",
            subject,
            message: "required request body added",
            base: base.op.at,
            head: after.at,
          }
        : {
            rule: "request-body-added",
            class: "non-breaking",
            additive: true,
            subject,
            message: "optional request body added",
            base: base.op.at,
            head: after.at,
          },
    );
    return;
  }
  const at = { base: before.at, head: after.at };
  if ((before.value["required"] === true) !== required) {
    ctx.report(
      required
        ? {
            rule: "request-body-became-required",
            class: "breaking",
            subject,
            message: "request body became required",
            ...at,
          }
        : {
            rule: "request-body-became-optional",
            class: "non-breaking",
            subject,
            message: "request body became optional",
            ...at,
          },
    );
  }
  const beforeMedia = mediaTypesOf(ctx.base, before);
  const afterMedia = mediaTypesOf(ctx.head, after);
  for (const [media, entry] of beforeMedia) {
    const match = afterMedia.get(media);
    if (!match) {
      ctx.report({
        rule: "request-media-type-removed",
        class: "breaking",
        subject,
        message: `request body media type ${media} removed`,
        base: entry.at,
        head: after.at,
      });
      continue;
    }
    diffSchema(ctx, { direction: "request", subject, label: `request body (${media})` }, entry.schema, match.schema);
  }
  for (const [media, entry] of afterMedia) {
    if (beforeMedia.has(media)) continue;
    ctx.report({
      rule: "request-media-type-added",
      class: "non-breaking",
      additive: true,
      subject,
      message: `request body media type ${media} added`,
      base: before.at,
      head: entry.at,
    });
  }
};
