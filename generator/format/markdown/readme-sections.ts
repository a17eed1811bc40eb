/**
 * A README cut into its `## ` sections. Prettier formats Markdown block by block, so the whole file formats as its
 * sections formatted one by one and joined with a blank line — as long as nothing reaches across a section boundary:
 * a `## ` line inside a code fence or an HTML block is no boundary, and link reference definitions (which apply to
 * the whole file) make the file one unit.
 */

/** `[label]: destination` and `[^note]:` lines, which change how text anywhere in the file parses. */
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that run on past blank lines (comments, `<pre>`, processing instructions, CDATA…). */
const OPEN_HTML = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[|pre|script|style|textarea)/i;

/** True when the file must be formatted as a whole (it defines link references). */
export function needsWholeFile(markdown: string): boolean {
  return DEFINITION.test(markdown);
}

/** The file's sections: the text before the first `## ` heading, then one per heading (trailing blank lines dropped). */
export function splitReadmeSections(markdown: string): string[] {
  const lines = markdown.split("\n");
  const sections: string[][] = [[]];
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const open = FENCE.exec(line);
    if (fence !== undefined) {
      if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && line.trim() === open[1])
        fence = undefined;
    } else if (open) fence = open[1]!;
    else if (line.startsWith("## ") && (i === 0 || lines[i - 1]!.trim() === "")) sections.push([]);
    sections.at(-1)!.push(line);
  });
  const texts = sections.map((section) => trimBlankLines(section.join("\n"))).filter((text) => text !== "");
  const multiLineHtml = lines.some((line) => OPEN_HTML.test(line) && !/^<!--.*-->\s*$/.test(line));
  return multiLineHtml ? [trimBlankLines(markdown)] : texts;
}

/** Text without its leading and trailing blank lines (indentation of the first line kept). */
function trimBlankLines(text: string): string {
  return text
    .replace(/^(?:[ \t]*\n)+/, "")
    .replace(/(?:\n[ \t]*)+$/, "")
    .replace(/^[ \t]+$/, "");
}

/** The formatted file from its formatted sections. */
export function joinReadmeSections(sections: readonly string[]): string {
  return `${sections.join("\n\n")}\n`;
}
