/**
 * Prints a doc to text the way prettier's doc printer does: a group is printed flat when it fits in the rest of the
 * line (including what must follow it on that line), a conditional group takes its first state that fits, and fill
 * packs parts onto lines. Widths are measured as prettier measures them (text-width.ts).
 */
import { textWidth } from "../text-width.js";
import { propagateBreaks } from "./doc-utils.js";
import { hardline, type Doc, type DocCommand, type GroupId } from "./doc.js";

type Mode = "break" | "flat";
interface Command {
  indent: number;
  mode: Mode;
  doc: Doc;
}

const FILL_OFFSET = Symbol("fill-offset");
type FillDoc = Extract<DocCommand, { type: "fill" }> & { [FILL_OFFSET]?: number };

/** The doc as text in `width` columns, indented with spaces (prettier's `printDocToString` with `useTabs: false`). */
export function printDoc(doc: Doc, width: number): string {
  propagateBreaks(doc);
  const modes = new Map<GroupId, Mode>();
  const commands: Command[] = [{ indent: 0, mode: "break", doc }];
  const lineSuffixes: Command[] = [];
  let out = "";
  let position = 0;
  let remeasure = false;
  const trimEnd = (): void => {
    const trimmed = out.replace(/[ \t]+$/, "");
    position -= out.length - trimmed.length;
    out = trimmed;
  };
  while (commands.length > 0) {
    const { indent, mode, doc: current } = commands.pop()!;
    if (typeof current === "string") {
      out += current;
      position += textWidth(current);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) commands.push({ indent, mode, doc: current[i]! });
    } else {
      const command = current as DocCommand;
      switch (command.type) {
        case "indent":
          commands.push({ indent: indent + 2, mode, doc: command.contents });
          break;
        case "align":
          commands.push({ indent: indent + command.width, mode, doc: command.contents });
          break;
        case "label":
          commands.push({ indent, mode, doc: command.contents });
          break;
        case "group": {
          const chosen = chooseGroupMode(command, { indent, mode, doc: command }, commands);
          commands.push(chosen);
          if (command.id) modes.set(command.id, chosen.mode);
          break;
        }
        case "fill":
          pushFill(command as FillDoc, indent, mode);
          break;
        case "if-break":
        case "indent-if-break": {
          const groupMode = command.groupId ? modes.get(command.groupId) : mode;
          if (groupMode === undefined) break;
          if (command.type === "if-break") {
            const contents = groupMode === "break" ? command.breakContents : command.flatContents;
            if (contents !== "") commands.push({ indent, mode, doc: contents });
          } else {
            commands.push({ indent: groupMode === "break" ? indent + 2 : indent, mode, doc: command.contents });
          }
          break;
        }
        case "line-suffix":
          lineSuffixes.push({ indent, mode, doc: command.contents });
          break;
        case "line-suffix-boundary":
          if (lineSuffixes.length > 0) commands.push({ indent, mode, doc: hardline });
          break;
        case "line":
          if (mode === "flat" && !command.hard) {
            if (!command.soft) {
              out += " ";
              position += 1;
            }
            break;
          }
          if (mode === "flat") remeasure = true;
          if (lineSuffixes.length > 0) {
            commands.push({ indent, mode, doc: command }, ...lineSuffixes.reverse());
            lineSuffixes.length = 0;
            break;
          }
          trimEnd();
          out += `\n${" ".repeat(indent)}`;
          position = indent;
          break;
        case "break-parent":
          break;
      }
    }
    if (commands.length === 0 && lineSuffixes.length > 0) {
      commands.push(...lineSuffixes.reverse());
      lineSuffixes.length = 0;
    }
  }
  return out;

  function chooseGroupMode(group: Extract<DocCommand, { type: "group" }>, at: Command, rest: Command[]): Command {
    if (at.mode === "flat" && !remeasure)
      return { indent: at.indent, mode: group.break ? "break" : "flat", doc: group.contents };
    remeasure = false;
    const remaining = width - position;
    const flat: Command = { indent: at.indent, mode: "flat", doc: group.contents };
    if (!group.break && fits(flat, rest, remaining, lineSuffixes.length > 0, modes, false)) return flat;
    if (!group.expandedStates) return { indent: at.indent, mode: "break", doc: group.contents };
    if (!group.break) {
      for (let i = 1; i < group.expandedStates.length - 1; i++) {
        const state: Command = { indent: at.indent, mode: "flat", doc: group.expandedStates[i]! };
        if (fits(state, rest, remaining, lineSuffixes.length > 0, modes, false)) return state;
      }
    }
    return { indent: at.indent, mode: "break", doc: group.expandedStates.at(-1)! };
  }

  function pushFill(fillDoc: FillDoc, indent: number, mode: Mode): void {
    const offset = fillDoc[FILL_OFFSET] ?? 0;
    const parts = fillDoc.parts;
    const length = parts.length - offset;
    if (length === 0) return;
    const remaining = width - position;
    const content = parts[offset]!;
    const contentFits = fits(
      { indent, mode: "flat", doc: content },
      [],
      remaining,
      lineSuffixes.length > 0,
      modes,
      true,
    );
    if (length === 1) {
      commands.push({ indent, mode: contentFits ? "flat" : "break", doc: content });
      return;
    }
    const whitespace = parts[offset + 1]!;
    if (length === 2) {
      const m: Mode = contentFits ? "flat" : "break";
      commands.push({ indent, mode: m, doc: whitespace }, { indent, mode: m, doc: content });
      return;
    }
    const pair: Doc = [content, whitespace, parts[offset + 2]!];
    const pairFits = fits({ indent, mode: "flat", doc: pair }, [], remaining, lineSuffixes.length > 0, modes, true);
    commands.push({ indent, mode, doc: { ...fillDoc, [FILL_OFFSET]: offset + 2 } as FillDoc });
    const whitespaceMode: Mode = pairFits ? "flat" : "break";
    const contentMode: Mode = pairFits || contentFits ? "flat" : "break";
    commands.push({ indent, mode: whitespaceMode, doc: whitespace }, { indent, mode: contentMode, doc: content });
  }
}

/** Whether `next` (and what follows it up to the first line break) fits in `width` columns; prettier's `fits`. */
function fits(
  next: Command,
  rest: readonly Command[],
  width: number,
  hasLineSuffix: boolean,
  modes: ReadonlyMap<GroupId, Mode>,
  mustBeFlat: boolean,
): boolean {
  let restIndex = rest.length;
  const stack: { mode: Mode; doc: Doc }[] = [next];
  let remaining = width;
  let suffix = hasLineSuffix;
  let pendingSpace = false;
  while (remaining >= 0) {
    if (stack.length === 0) {
      if (restIndex === 0) return true;
      stack.push(rest[--restIndex]!);
      continue;
    }
    const { mode, doc } = stack.pop()!;
    if (typeof doc === "string") {
      if (doc !== "" && pendingSpace) {
        remaining -= 1;
        pendingSpace = false;
      }
      remaining -= textWidth(doc);
    } else if (Array.isArray(doc) || (doc as DocCommand).type === "fill") {
      const parts = Array.isArray(doc) ? doc : (doc as FillDoc).parts;
      const start = Array.isArray(doc) ? 0 : ((doc as FillDoc)[FILL_OFFSET] ?? 0);
      for (let i = parts.length - 1; i >= start; i--) stack.push({ mode, doc: parts[i]! });
    } else {
      const command = doc as DocCommand;
      switch (command.type) {
        case "indent":
        case "align":
        case "indent-if-break":
        case "label":
          stack.push({ mode, doc: command.contents });
          break;
        case "group": {
          if (mustBeFlat && command.break) return false;
          const groupMode: Mode = command.break ? "break" : mode;
          const contents =
            command.expandedStates && groupMode === "break" ? command.expandedStates.at(-1)! : command.contents;
          stack.push({ mode: groupMode, doc: contents });
          break;
        }
        case "if-break": {
          const groupMode = command.groupId ? (modes.get(command.groupId) ?? "flat") : mode;
          const contents = groupMode === "break" ? command.breakContents : command.flatContents;
          if (contents !== "") stack.push({ mode, doc: contents });
          break;
        }
        case "line":
          if (mode === "break" || command.hard) return true;
          if (!command.soft) pendingSpace = true;
          break;
        case "line-suffix":
          suffix = true;
          break;
        case "line-suffix-boundary":
          if (suffix) return false;
          break;
        case "break-parent":
          break;
      }
    }
  }
  return false;
}
