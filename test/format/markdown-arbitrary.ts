/** fast-check arbitraries for Markdown sections: ordinary prose with the constructs prettier rewrites mixed in. */
import fc from "fast-check";

const PLAIN = [
  "alpha",
  "beta",
  "gamma.",
  "delta,",
  "(eps)",
  "zeta:",
  "x-y",
  "12",
  "a/b",
  "e.g.",
  "`code`",
  "**Bold.**",
];
const TRICKY = [
  "snake_case",
  "_x",
  "x_",
  "*",
  "**",
  "*em*",
  "_em_",
  "__s__",
  "**a b**",
  "`a b`",
  "` a `",
  "``",
  "[link](https://x.com/a)",
  "[x]",
  "![i](u)",
  "<https://x.y>",
  "<b>",
  "\\*",
  "\\_",
  "\\",
  "\\|",
  "&amp;",
  "$",
  "~",
  "~~x~~",
  "#",
  "-",
  "+",
  "1.",
  "2)",
  ">",
  "|",
  "中文",
  "日本語テキスト",
  "😀",
  "é",
  "x\u0301",
  "ａｂ",
  "👍🏽",
  "http://x.com/*a*",
  "www.x.com",
  "a@b.com",
  "{%",
  "---",
  "===",
  "***",
];

const word = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...PLAIN) },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY) },
);
const PREFIXES = ["", "", "", "", "", "- ", "* ", "1. ", "> ", "#### ", "  ", "    "];
const SUFFIXES = ["", "", "", "", " ", "  "];

const line = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.array(word, { minLength: 1, maxLength: 6 }), fc.constantFrom(...SUFFIXES))
  .map(([prefix, words, suffix]) => `${prefix}${words.join(" ")}${suffix}`);

const table = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 3 }))
  .chain(([columns, rows]) =>
    fc.tuple(
      fc.array(fc.array(word, { minLength: columns, maxLength: columns }), {
        minLength: rows + 1,
        maxLength: rows + 1,
      }),
      fc.array(fc.constantFrom("---", ":--", "--:", ":-:"), { minLength: columns, maxLength: columns }),
    ),
  )
  .map(([rows, delimiter]) =>
    [rows[0]!, delimiter, ...rows.slice(1)].map((cells) => `| ${cells.join(" | ")} |`).join("\n"),
  );

const fence = fc
  .tuple(fc.constantFrom("", "ts", "sh", "json"), fc.constantFrom("const a = {b:1};", "echo hi  ", '{"a":1}', "x\n  y"))
  .map(([lang, code]) => `\`\`\`${lang}\n${code}\n\`\`\``);

const block = fc.oneof(
  { weight: 6, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n")) },
  { weight: 2, arbitrary: table },
  { weight: 1, arbitrary: fence },
);

/** A README section: a few blocks separated by one or more blank lines (or none). */
export const markdownSection = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 4 }), fc.constantFrom("\n\n", "\n", "\n\n\n"))
  .map(([blocks, separator]) => blocks.join(separator));
