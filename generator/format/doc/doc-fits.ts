/** Prettier's `fits`: whether a doc, and what must follow it on the same line, fits in the remaining width. */
import { textWidth } from "../text-width.js";
import type { Doc, DocCommand, GroupId } from "./doc.js";

/** Flat or broken: how a group (and the lines in it) prints. */
export type Mode = "break" | "flat";

/** A doc to print, with its indentation and mode. */
export interface Command {
  indent: number;
  mode: Mode;
  doc: Doc;
}

/** How far a fill has printed (its parts before this index are done). */
export const FILL_OFFSET = Symbol("fill-offset");
/** A fill doc, possibly part-printed. */
export type FillDoc = Extract<DocCommand, { type: "fill" }> & { [FILL_OFFSET]?: number };

interface FitState {
  remaining: number;
  pendingSpace: boolean;
  lineSuffix: boolean;
}

/**
 * True when `next` fits in `width` columns together with the rest of its line: the commands after it (`rest`,
 * innermost last) are measured up to their first line break. `mustBeFlat` fails on any group forced broken.
 */
export function fits(
  next: Command,
  rest: readonly Command[],
  width: number,
  hasLineSuffix: boolean,
  modes: ReadonlyMap<GroupId, Mode>,
  mustBeFlat: boolean,
): boolean {
  let restIndex = rest.length;
  const stack: { mode: Mode; doc: Doc }[] = [next];
  const state: FitState = { remaining: width, pendingSpace: false, lineSuffix: hasLineSuffix };
  while (state.remaining >= 0) {
    if (stack.length === 0) {
      if (restIndex === 0) return true;
      stack.push(rest[--restIndex]!);
      continue;
    }
    const { mode, doc } = stack.pop()!;
    const verdict = measure(doc, mode, stack, state, modes, mustBeFlat);
    if (verdict !== undefined) return verdict;
  }
  return false;
}

/** Measures one doc: pushes its children, or returns the verdict a line break or boundary decides. */
function measure(
  doc: Doc,
  mode: Mode,
  stack: { mode: Mode; doc: Doc }[],
  state: FitState,
  modes: ReadonlyMap<GroupId, Mode>,
  mustBeFlat: boolean,
): boolean | undefined {
  if (typeof doc === "string") {
    if (doc !== "" && state.pendingSpace) {
      state.remaining -= 1;
      state.pendingSpace = false;
    }
    state.remaining -= textWidth(doc);
    return undefined;
  }
  if (Array.isArray(doc) || (doc as DocCommand).type === "fill") {
    const parts = Array.isArray(doc) ? doc : (doc as FillDoc).parts;
    const start = Array.isArray(doc) ? 0 : ((doc as FillDoc)[FILL_OFFSET] ?? 0);
    for (let i = parts.length - 1; i >= start; i--) stack.push({ mode, doc: parts[i]! });
    return undefined;
  }
  const command = doc as DocCommand;
  switch (command.type) {
    case "indent":
    case "align":
    case "indent-if-break":
    case "label":
      stack.push({ mode, doc: command.contents });
      return undefined;
    case "group": {
      if (mustBeFlat && command.break) return false;
      const groupMode: Mode = command.break ? "break" : mode;
      const states = command.expandedStates;
      stack.push({ mode: groupMode, doc: states && groupMode === "break" ? states.at(-1)! : command.contents });
      return undefined;
    }
    case "if-break": {
      const groupMode = command.groupId ? (modes.get(command.groupId) ?? "flat") : mode;
      const contents = groupMode === "break" ? command.breakContents : command.flatContents;
      if (contents !== "") stack.push({ mode, doc: contents });
      return undefined;
    }
    case "line":
      if (mode === "break" || command.hard) return true;
      if (!command.soft) state.pendingSpace = true;
      return undefined;
    case "line-suffix":
      state.lineSuffix = true;
      return undefined;
    case "line-suffix-boundary":
      return state.lineSuffix ? false : undefined;
    case "break-parent":
      return undefined;
  }
}
