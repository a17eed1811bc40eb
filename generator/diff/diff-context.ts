/** The state every diff rule shares: both sides and the list changes are reported into. */
import { isJsonObject, type JsonObject } from "../json-value.js";
import { resolveRefs } from "../validate/spec-nodes.js";
import type { Change, ChangeClass } from "./change.js";
import { locateIn, type Located, type SpecSide } from "./spec-side.js";

/** A change as a rule reports it: pointers (segments) instead of resolved locations. */
export interface ReportedChange {
  rule: string;
  class: ChangeClass;
  message: string;
  subject: string;
  additive?: boolean;
  /** Where the change is in the base document, or its nearest existing parent; omitted when it has no place there. */
  base?: readonly string[] | undefined;
  head?: readonly string[] | undefined;
}

/** Both documents and the change sink. */
export interface DiffContext {
  base: SpecSide;
  head: SpecSide;
  report(change: ReportedChange): void;
}

/** A base node and the head node it is compared with. */
export interface LocatedPair {
  base: Located;
  head: Located;
}

/** Creates a context that collects located changes into `out`, once per identical change. */
export function createDiffContext(base: SpecSide, head: SpecSide, out: Change[]): DiffContext {
  const seen = new Set<string>();
  return {
    base,
    head,
    report(change) {
      const key = `${change.rule}\u0000${change.subject}\u0000${change.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        rule: change.rule,
        class: change.class,
        message: change.message,
        subject: change.subject,
        additive: change.additive ?? false,
        base: change.base ? locateIn(base, change.base) : null,
        head: change.head ? locateIn(head, change.head) : null,
      });
    },
  };
}

/** A node after following local `$ref`s, when it is an object. */
export function resolveObject(
  side: SpecSide,
  node: Located | undefined,
): { value: JsonObject; at: readonly string[] } | undefined {
  if (!node) return undefined;
  const resolved = resolveRefs(side.document, node.value, node.at);
  return resolved && isJsonObject(resolved.node) ? { value: resolved.node, at: resolved.at } : undefined;
}

/** Quotes a name for a message. */
export function quote(name: string): string {
  return `\`${name}\``;
}
