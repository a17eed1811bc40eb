/**
 * A layout document in the shape of prettier's "doc" (Wadler's pretty printer): text, groups that print flat when
 * they fit and broken otherwise, indentation and line breaks. The README's TypeScript examples are built as docs and
 * printed by print-doc.ts, so their line breaks fall where prettier's would.
 */

/** A document: text, a sequence, or a command. */
export type Doc = string | readonly Doc[] | DocCommand;

/** Group identity, for `ifBreak`/`indentIfBreak` that follow another group's decision. */
export type GroupId = symbol;

/** A group: printed flat when it fits, else broken (prettier's `group`). */
export interface Group {
  readonly type: "group";
  readonly contents: Doc;
  /** `true` when forced broken; set by `propagateBreaks` when a child must break. */
  break: boolean;
  readonly id?: GroupId;
  /** Alternatives from most flat to most expanded (prettier's `conditionalGroup`). */
  readonly expandedStates?: readonly Doc[];
}

/** The commands of a doc besides text and sequences. */
export type DocCommand =
  | Group
  | { readonly type: "indent"; readonly contents: Doc }
  | { readonly type: "align"; readonly width: number; readonly contents: Doc }
  | { readonly type: "line"; readonly hard?: boolean; readonly soft?: boolean }
  | { readonly type: "if-break"; readonly breakContents: Doc; readonly flatContents: Doc; readonly groupId?: GroupId }
  | { readonly type: "indent-if-break"; readonly contents: Doc; readonly groupId: GroupId }
  | { readonly type: "line-suffix"; readonly contents: Doc }
  | { readonly type: "line-suffix-boundary" }
  | { readonly type: "break-parent" }
  | { readonly type: "fill"; readonly parts: readonly Doc[] }
  | { readonly type: "label"; readonly label: string; readonly contents: Doc };

/** A space when the enclosing group is flat, a line break when broken. */
export const line: Doc = { type: "line" };
/** Nothing when flat, a line break when broken. */
export const softline: Doc = { type: "line", soft: true };
/** Forces the break of every enclosing group. */
export const breakParent: Doc = { type: "break-parent" };
/** A line break that is always taken. */
export const hardline: Doc = [{ type: "line", hard: true }, breakParent];

/** A group: flat when it fits in the rest of the line, else broken. */
export function group(contents: Doc, options: { shouldBreak?: boolean; id?: GroupId } = {}): Group {
  return { type: "group", contents, break: options.shouldBreak ?? false, ...(options.id ? { id: options.id } : {}) };
}

/** The first of `states` that fits flat, else the last one broken (prettier's `conditionalGroup`). */
export function conditionalGroup(states: readonly Doc[]): Group {
  return { type: "group", contents: states[0]!, break: false, expandedStates: states };
}

/** Contents one indentation level (two spaces) deeper on broken lines. */
export function indent(contents: Doc): Doc {
  return { type: "indent", contents };
}

/** Contents `width` spaces deeper on broken lines. */
export function align(width: number, contents: Doc): Doc {
  return { type: "align", width, contents };
}

/** `breakContents` when the group (`groupId`, else the enclosing one) is broken, else `flatContents`. */
export function ifBreak(breakContents: Doc, flatContents: Doc = "", groupId?: GroupId): Doc {
  return { type: "if-break", breakContents, flatContents, ...(groupId ? { groupId } : {}) };
}

/** Contents indented when the group `groupId` is broken. */
export function indentIfBreak(contents: Doc, groupId: GroupId): Doc {
  return { type: "indent-if-break", contents, groupId };
}

/** Contents printed at the end of the line (trailing comments). */
export function lineSuffix(contents: Doc): Doc {
  return { type: "line-suffix", contents };
}

/** Flushes pending line suffixes before what follows. */
export const lineSuffixBoundary: Doc = { type: "line-suffix-boundary" };

/** Alternating contents and separators, filled onto lines as far as they fit. */
export function fill(parts: readonly Doc[]): Doc {
  return { type: "fill", parts };
}

/** Contents tagged with a label the printers look at (prettier's `label`). */
export function label(name: string, contents: Doc): Doc {
  return { type: "label", label: name, contents };
}

/** `docs` separated by `separator`. */
export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  const out: Doc[] = [];
  docs.forEach((doc, i) => {
    if (i > 0) out.push(separator);
    out.push(doc);
  });
  return out;
}
