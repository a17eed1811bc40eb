/** The start-tag scanner that maps parsed elements back to offsets: it must see exactly the elements the parser sees. */
import { describe, expect, it } from "vitest";
import { scanStartTags } from "../../../generator/load/wadl/xml-tags.js";

const cases: { name: string; text: string; want: { at: string; attributes?: string[] }[] }[] = [
  {
    name: "elements and attribute names",
    text: `<a x="1"><b y='2' z="3"/></a>`,
    want: [
      { at: "<a", attributes: ["x"] },
      { at: "<b", attributes: ["y", "z"] },
    ],
  },
  {
    name: "comments, CDATA, processing instructions and the declaration are skipped, even when they hold tags",
    text: `<?xml version="1.0"?><!-- <no/> --><a><![CDATA[<no/>]]><?pi <no/>?><b/></a>`,
    want: [{ at: "<a" }, { at: "<b" }],
  },
  {
    name: "a > or a tag-like text inside a quoted attribute value does not end the tag",
    text: `<a title="x > y" doc='<no/>' z="1"><b/></a>`,
    want: [{ at: "<a", attributes: ["title", "doc", "z"] }, { at: "<b" }],
  },
  {
    name: "prefixed names",
    text: `<xs:schema xmlns:xs="u"><xs:element name="e"/></xs:schema>`,
    want: [
      { at: "<xs:schema", attributes: ["xmlns:xs"] },
      { at: "<xs:element", attributes: ["name"] },
    ],
  },
];

describe("scanStartTags", () => {
  it.each(cases)("$name", ({ text, want }) => {
    const { tags } = scanStartTags(text, 10);
    expect(tags.map((t) => text.slice(t.offset, t.offset + want[tags.indexOf(t)]!.at.length))).toEqual(
      want.map((w) => w.at),
    );
    tags.forEach((tag, i) => {
      if (want[i]!.attributes === undefined) return;
      expect(Object.keys(tag.attributes)).toEqual(want[i]!.attributes);
      for (const [name, offset] of Object.entries(tag.attributes))
        expect(text.slice(offset, offset + name.length)).toBe(name);
    });
  });

  it("reports the first element nested deeper than the bound; self-closing and closed elements do not count", () => {
    const text = `<a><b/><c></c><d><e><f/></e></d></a>`;
    expect(scanStartTags(text, 3).tooDeep).toBeUndefined();
    expect(scanStartTags(text, 2).tooDeep).toBe(text.indexOf("<e>"));
  });
});
