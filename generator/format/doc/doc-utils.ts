/** Questions about a doc and the break propagation the printer runs first, as prettier's doc utilities answer them. */
import type { Doc, DocCommand, Group } from "./doc.js";

/** The children of a doc; `conditional` includes every expanded state of a conditional group. */
function childrenOf(doc: Doc, conditional: boolean): readonly Doc[] {
  if (typeof doc === "string") return [];
  if (Array.isArray(doc)) return doc;
  const command = doc as DocCommand;
  switch (command.type) {
    case "group":
      return conditional && command.expandedStates ? command.expandedStates : [command.contents];
    case "fill":
      return command.parts;
    case "if-break":
      return [command.breakContents, command.flatContents];
    case "indent":
    case "align":
    case "indent-if-break":
    case "line-suffix":
    case "label":
      return [command.contents];
    default:
      return [];
  }
}

/** True when `test` holds for the doc or a descendant (conditional groups: their first state only). */
function someInDoc(doc: Doc, test: (doc: Doc) => boolean): boolean {
  const stack: Doc[] = [doc];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (test(next)) return true;
    stack.push(...childrenOf(next, false));
  }
  return false;
}

const isCommand = (doc: Doc): doc is DocCommand => typeof doc === "object" && !Array.isArray(doc);

/** True when printing the doc breaks a line for certain (a hard line, a broken group). */
export function willBreak(doc: Doc): boolean {
  return someInDoc(
    doc,
    (d) =>
      isCommand(d) &&
      ((d.type === "group" && d.break) || (d.type === "line" && d.hard === true) || d.type === "break-parent"),
  );
}

/** True when the doc holds a line it could break. */
export function canBreak(doc: Doc): boolean {
  return someInDoc(doc, (d) => isCommand(d) && d.type === "line");
}

/** The doc with soft lines removed and lines as spaces (hard lines stay), as prettier's `removeLines`. */
export function removeLines(doc: Doc): Doc {
  if (typeof doc === "string") return doc;
  if (Array.isArray(doc)) return doc.map(removeLines);
  const command = doc as DocCommand;
  switch (command.type) {
    case "line":
      return command.hard ? command : command.soft ? "" : " ";
    case "if-break":
      return removeLines(command.flatContents);
    case "group": {
      const states = command.expandedStates?.map(removeLines);
      const contents = states ? states[0]! : removeLines(command.contents);
      return { ...command, contents, ...(states ? { expandedStates: states } : {}) };
    }
    case "fill":
      return { ...command, parts: command.parts.map(removeLines) };
    case "indent":
    case "align":
    case "indent-if-break":
    case "line-suffix":
    case "label":
      return { ...command, contents: removeLines(command.contents) };
    default:
      return command;
  }
}

/** The label of a labelled doc (`label(...)`), else undefined. */
export function labelOf(doc: Doc): string | undefined {
  return isCommand(doc) && doc.type === "label" ? doc.label : undefined;
}

/**
 * Marks every group that holds a hard break (or a broken group) as broken, as prettier does before printing;
 * conditional groups are walked through but never broken by their children.
 */
export function propagateBreaks(doc: Doc): void {
  const visited = new Set<Group>();
  const groups: Group[] = [];
  const breakParentGroup = (): void => {
    const parent = groups.at(-1);
    if (parent && !parent.expandedStates && !parent.break) parent.break = true;
  };
  const exit = Symbol("exit");
  const stack: (Doc | typeof exit)[] = [doc];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === exit) {
      const done = groups.pop()!;
      if (done.break) breakParentGroup();
      continue;
    }
    if (!isCommand(next)) {
      if (Array.isArray(next)) for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
      continue;
    }
    if (next.type === "break-parent") breakParentGroup();
    if (next.type === "group") {
      groups.push(next);
      stack.push(exit);
      if (visited.has(next)) continue;
      visited.add(next);
    }
    const children = childrenOf(next, true);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}
