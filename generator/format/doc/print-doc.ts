/**
 * Prints a doc to text the way prettier's doc printer does: a group is printed flat when it fits in the rest of the
 * line (including what must follow it on that line), a conditional group takes its first state that fits, and fill
 * packs parts onto lines. Widths are measured as prettier measures them (text-width.ts).
 */
import { textWidth } from "../text-width.js";
import { FILL_OFFSET, fits, type Command, type FillDoc, type Mode } from "./doc-fits.js";
import { propagateBreaks } from "./doc-utils.js";
import { hardline, type Doc, type DocCommand, type Group, type GroupId } from "./doc.js";

/** The doc as text in `width` columns, indented with spaces (prettier's `printDocToString` with `useTabs: false`). */
export function printDoc(doc: Doc, width: number): string {
  propagateBreaks(doc);
  return new DocPrinter(width).run(doc);
}

class DocPrinter {
  private out = "";
  private position = 0;
  private remeasure = false;
  private readonly commands: Command[] = [];
  private readonly lineSuffixes: Command[] = [];
  private readonly modes = new Map<GroupId, Mode>();

  constructor(private readonly width: number) {}

  run(doc: Doc): string {
    this.commands.push({ indent: 0, mode: "break", doc });
    while (this.commands.length > 0) {
      this.print(this.commands.pop()!);
      if (this.commands.length === 0 && this.lineSuffixes.length > 0) this.flushLineSuffixes();
    }
    return this.out;
  }

  private flushLineSuffixes(): void {
    this.commands.push(...this.lineSuffixes.reverse());
    this.lineSuffixes.length = 0;
  }

  private print({ indent, mode, doc }: Command): void {
    if (typeof doc === "string") {
      this.out += doc;
      this.position += textWidth(doc);
      return;
    }
    if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) this.commands.push({ indent, mode, doc: doc[i]! });
      return;
    }
    const command = doc as DocCommand;
    switch (command.type) {
      case "indent":
      case "align":
      case "label":
        this.commands.push({ indent: indent + indentOf(command), mode, doc: command.contents });
        return;
      case "group":
        return this.printGroup(command, indent, mode);
      case "fill":
        return this.printFill(command as FillDoc, indent, mode);
      case "if-break":
      case "indent-if-break":
        return this.printIfBreak(command, indent, mode);
      case "line-suffix":
        this.lineSuffixes.push({ indent, mode, doc: command.contents });
        return;
      case "line-suffix-boundary":
        if (this.lineSuffixes.length > 0) this.commands.push({ indent, mode, doc: hardline });
        return;
      case "line":
        return this.printLine(command, indent, mode);
      case "break-parent":
        return;
    }
  }

  private printGroup(group: Group, indent: number, mode: Mode): void {
    const chosen = this.chooseGroupMode(group, indent, mode);
    this.commands.push(chosen);
    if (group.id) this.modes.set(group.id, chosen.mode);
  }

  private chooseGroupMode(group: Group, indent: number, mode: Mode): Command {
    if (mode === "flat" && !this.remeasure)
      return { indent, mode: group.break ? "break" : "flat", doc: group.contents };
    this.remeasure = false;
    const remaining = this.width - this.position;
    const suffix = this.lineSuffixes.length > 0;
    const flat: Command = { indent, mode: "flat", doc: group.contents };
    if (!group.break && fits(flat, this.commands, remaining, suffix, this.modes, false)) return flat;
    const states = group.expandedStates;
    if (!states) return { indent, mode: "break", doc: group.contents };
    if (!group.break) {
      for (let i = 1; i < states.length - 1; i++) {
        const state: Command = { indent, mode: "flat", doc: states[i]! };
        if (fits(state, this.commands, remaining, suffix, this.modes, false)) return state;
      }
    }
    return { indent, mode: "break", doc: states.at(-1)! };
  }

  private printFill(fillDoc: FillDoc, indent: number, mode: Mode): void {
    const offset = fillDoc[FILL_OFFSET] ?? 0;
    const parts = fillDoc.parts;
    const length = parts.length - offset;
    if (length === 0) return;
    const fitsFlat = (doc: Doc): boolean =>
      fits(
        { indent, mode: "flat", doc },
        [],
        this.width - this.position,
        this.lineSuffixes.length > 0,
        this.modes,
        true,
      );
    const content = parts[offset]!;
    const contentMode: Mode = fitsFlat(content) ? "flat" : "break";
    if (length === 1) {
      this.commands.push({ indent, mode: contentMode, doc: content });
      return;
    }
    const whitespace = parts[offset + 1]!;
    if (length === 2) {
      this.commands.push({ indent, mode: contentMode, doc: whitespace }, { indent, mode: contentMode, doc: content });
      return;
    }
    const pairMode: Mode = fitsFlat([content, whitespace, parts[offset + 2]!]) ? "flat" : "break";
    this.commands.push({ indent, mode, doc: { ...fillDoc, [FILL_OFFSET]: offset + 2 } as FillDoc });
    this.commands.push(
      { indent, mode: pairMode, doc: whitespace },
      { indent, mode: pairMode === "flat" ? "flat" : contentMode, doc: content },
    );
  }

  private printIfBreak(
    command: Extract<DocCommand, { type: "if-break" | "indent-if-break" }>,
    indent: number,
    mode: Mode,
  ): void {
    const groupMode = command.groupId ? this.modes.get(command.groupId) : mode;
    if (groupMode === undefined) return;
    if (command.type === "indent-if-break") {
      this.commands.push({ indent: groupMode === "break" ? indent + 2 : indent, mode, doc: command.contents });
      return;
    }
    const contents = groupMode === "break" ? command.breakContents : command.flatContents;
    if (contents !== "") this.commands.push({ indent, mode, doc: contents });
  }

  private printLine(command: Extract<DocCommand, { type: "line" }>, indent: number, mode: Mode): void {
    if (mode === "flat" && !command.hard) {
      if (!command.soft) {
        this.out += " ";
        this.position += 1;
      }
      return;
    }
    if (mode === "flat") this.remeasure = true;
    if (this.lineSuffixes.length > 0) {
      this.commands.push({ indent, mode, doc: command });
      this.flushLineSuffixes();
      return;
    }
    const trimmed = this.out.replace(/[ \t]+$/, "");
    this.out = `${trimmed}\n${" ".repeat(indent)}`;
    this.position = indent;
  }
}

/** Columns an indentation command adds. */
function indentOf(command: DocCommand): number {
  return command.type === "indent" ? 2 : command.type === "align" ? command.width : 0;
}
