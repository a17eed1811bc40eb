/**
 * `x-specforge-breaking-ok`: breaking changes the head spec acknowledges. An entry counts only in the change that
 * adds it (entries already in the base are spent), so an old acknowledgement never waves through a new break.
 */
import type { Change } from "../diff/change.js";
import { isJsonObject, type JsonObject } from "../json-value.js";

/** One acknowledgement: a rule id (or `*`), an optional subject, and the reason shown in the report. */
export interface Acknowledgement {
  rule: string;
  subject?: string;
  reason: string;
}

function entriesOf(document: JsonObject | undefined): Acknowledgement[] {
  const list = document?.["x-specforge-breaking-ok"];
  if (!Array.isArray(list)) return [];
  return list.filter(isJsonObject).flatMap((e) => {
    if (typeof e["rule"] !== "string" || typeof e["reason"] !== "string") return [];
    return [
      { rule: e["rule"], reason: e["reason"], ...(typeof e["subject"] === "string" ? { subject: e["subject"] } : {}) },
    ];
  });
}

/** The acknowledgements the head adds over the base. */
export function newAcknowledgements(base: JsonObject | undefined, head: JsonObject | undefined): Acknowledgement[] {
  const spent = new Set(entriesOf(base).map((e) => JSON.stringify(e)));
  return entriesOf(head).filter((e) => !spent.has(JSON.stringify(e)));
}

/** The acknowledgement covering a breaking change, if any. */
export function acknowledgementFor(
  change: Change,
  acknowledgements: readonly Acknowledgement[],
): Acknowledgement | undefined {
  if (change.class !== "breaking") return undefined;
  return acknowledgements.find(
    (a) => (a.rule === "*" || a.rule === change.rule) && (a.subject === undefined || a.subject === change.subject),
  );
}
