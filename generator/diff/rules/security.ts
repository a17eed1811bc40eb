/** Security: which credentials an operation needs (its own `security` or the document's), and the schemes themselves. */
import { isJsonObject } from "../../json-value.js";
import type { DiffContext } from "../diff-context.js";
import { entriesOf, type SpecSide } from "../spec-side.js";
import type { OperationNode, OperationRule } from "./operation-pair.js";

/** The alternatives of an effective requirement, each `scheme[scope,…]+…`; `""` stands for "no credentials". */
function alternativesOf(side: SpecSide, node: OperationNode): { list: Set<string>; at: readonly string[] } {
  const own = node.op.value["security"];
  const list = Array.isArray(own) ? own : side.document["security"];
  const at = Array.isArray(own)
    ? [...node.op.at, "security"]
    : Array.isArray(side.document["security"])
      ? ["security"]
      : node.op.at;
  const out = new Set<string>();
  if (!Array.isArray(list) || list.length === 0) return { list: new Set([""]), at };
  for (const requirement of list) {
    if (!isJsonObject(requirement)) continue;
    const parts = Object.entries(requirement)
      .map(([name, scopes]) => `${name}[${Array.isArray(scopes) ? scopes.map(String).sort().join(",") : ""}]`)
      .sort();
    out.add(parts.join("+"));
  }
  return { list: out, at };
}

function show(alternatives: Iterable<string>): string {
  return [...alternatives].map((a) => (a === "" ? "(none)" : a)).join(" or ");
}

/** Reports security requirements added, changed, widened or dropped for an operation. */
export const operationSecurityRule: OperationRule = (ctx, { subject, base, head }) => {
  const before = alternativesOf(ctx.base, base);
  const after = alternativesOf(ctx.head, head);
  const at = { base: before.at, head: after.at };
  const removed = [...before.list].filter((a) => !after.list.has(a));
  const added = [...after.list].filter((a) => !before.list.has(a));
  if (removed.length === 0 && added.length === 0) return;
  if (before.list.has("") && !after.list.has("")) {
    ctx.report({
      rule: "security-requirement-added",
      class: "breaking",
      subject,
      message: `credentials now required: ${show(after.list)}`,
      ...at,
    });
    return;
  }
  if (after.list.has("") && !before.list.has("")) {
    ctx.report({
      rule: "security-requirement-removed",
      class: "non-breaking",
      subject,
      message: "credentials are no longer required",
      ...at,
    });
    return;
  }
  if (removed.length > 0) {
    ctx.report({
      rule: "security-requirement-changed",
      class: "breaking",
      subject,
      message: `security ${show(before.list)} → ${show(after.list)}: callers using ${show(removed)} are refused`,
      ...at,
    });
  } else {
    ctx.report({
      rule: "security-alternative-added",
      class: "non-breaking",
      additive: true,
      subject,
      message: `security also accepts ${show(added)}`,
      ...at,
    });
  }
};

/** Fields of a Security Scheme Object that decide how credentials are sent. */
const SCHEME_FIELDS = ["type", "scheme", "in", "name", "openIdConnectUrl"] as const;

function schemesOf(side: SpecSide): Map<string, { value: Record<string, unknown>; at: readonly string[] }> {
  const components = side.document["components"];
  const out = new Map<string, { value: Record<string, unknown>; at: readonly string[] }>();
  const entries = entriesOf({
    value: isJsonObject(components) ? components["securitySchemes"] : undefined,
    at: ["components", "securitySchemes"],
  });
  for (const [name, entry] of entries)
    if (isJsonObject(entry.value)) out.set(name, { value: entry.value, at: entry.at });
  return out;
}

function fieldChange(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  field: string,
): string | undefined {
  const b = JSON.stringify(before[field]) ?? "(none)";
  const a = JSON.stringify(after[field]) ?? "(none)";
  return a === b ? undefined : `${field} ${b} → ${a}`;
}

/** Reports security schemes removed, added or changed in how credentials are sent. */
export function diffSecuritySchemes(ctx: DiffContext): void {
  const at = ["components", "securitySchemes"];
  const before = schemesOf(ctx.base);
  const after = schemesOf(ctx.head);
  for (const [name, entry] of before) {
    const subject = `security scheme ${name}`;
    const match = after.get(name);
    if (!match) {
      ctx.report({
        rule: "security-scheme-removed",
        class: "breaking",
        subject,
        message: `security scheme ${name} removed (its auth option disappears)`,
        base: entry.at,
        head: at,
      });
      continue;
    }
    const changed = SCHEME_FIELDS.map((f) => fieldChange(entry.value, match.value, f)).filter(
      (c): c is string => c !== undefined,
    );
    if (changed.length > 0) {
      ctx.report({
        rule: "security-scheme-changed",
        class: "breaking",
        subject,
        message: `security scheme ${name}: ${changed.join(", ")}`,
        base: entry.at,
        head: match.at,
      });
    } else if (fieldChange(entry.value, match.value, "flows")) {
      ctx.report({
        rule: "security-scheme-flows-changed",
        class: "potentially-breaking",
        subject,
        message: `security scheme ${name}: OAuth flows changed`,
        base: entry.at,
        head: match.at,
      });
    }
  }
  for (const [name, entry] of after) {
    if (!before.has(name))
      ctx.report({
        rule: "security-scheme-added",
        class: "non-breaking",
        additive: true,
        subject: `security scheme ${name}`,
        message: `security scheme ${name} added`,
        base: at,
        head: entry.at,
      });
  }
}
