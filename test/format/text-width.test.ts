/** Text widths agree with prettier's: the committed table is what pinned prettier measures, code point by code point. */
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { LayoutUnsupported } from "../../generator/format/layout-unsupported.js";
import { textWidth } from "../../generator/format/text-width.js";
import { WIDTH_RANGES } from "../../generator/format/text-width-table.js";
import { probeWidthRanges } from "./write-text-width-table.js";

describe("textWidth", () => {
  it("uses the widths pinned prettier measures for every code point (else: npx tsx test/format/write-text-width-table.ts)", () => {
    expect(WIDTH_RANGES).toEqual(probeWidthRanges().flat());
  });

  it("measures text as prettier does, or refuses emoji sequences", () => {
    const pool = [
      "a",
      " ",
      "|",
      "中",
      "ｱ",
      "한",
      "é",
      "\u0301",
      "😀",
      "✅",
      "⭐",
      "©",
      "\u00ad",
      "\u3000",
      "\u007f",
      "\u0085",
      "👍🏽",
      "👩‍💻",
      "1\ufe0f\u20e3",
      "🇩🇪",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pool), fc.string({ unit: "binary", maxLength: 3 }))),
        (parts) => {
          const text = parts.join("");
          let width: number;
          try {
            width = textWidth(text);
          } catch (error) {
            expect(error).toBeInstanceOf(LayoutUnsupported);
            return;
          }
          expect(width).toBe(prettier.util.getStringWidth(text));
        },
      ),
      { seed: 3, numRuns: 1000 },
    );
  });

  it("refuses a width it cannot know", () => {
    expect(() => textWidth("a 👩‍💻 b")).toThrow(LayoutUnsupported);
    expect(textWidth("名前 ✅ e\u0301")).toBe(prettier.util.getStringWidth("名前 ✅ e\u0301"));
  });
});
