/** Broken WADL, XSD and overlay files: every problem is reported at its exact file:line:column, nothing is converted. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deriveOpenApi } from "../../../generator/load/wadl/derive-openapi.js";
import { diagnosticsOf, NS, specFolder } from "./wadl-harness.js";

const HEAD = `<?xml version="1.0"?>\n<application ${NS}>\n`;
const TAIL = `\n</application>\n`;
const within = (resources: string) => `${HEAD}<resources base="https://x.test">\n${resources}\n</resources>${TAIL}`;

interface Case {
  name: string;
  files: Record<string, string>;
  want: { at: string; message: string }[];
}

const cases: Case[] = [
  {
    name: "malformed XML",
    files: { "api.wadl": `${HEAD}  <resources base="https://x.test">\n    <resource path="a">\n  </resources>${TAIL}` },
    want: [{ at: "api.wadl:5:3 xml-syntax", message: "Expected closing tag 'resource'" }],
  },
  {
    name: "billion laughs: the DOCTYPE is refused before any expansion",
    files: {
      "api.wadl": `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol "lol">\n  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<application ${NS}>&lol2;</application>\n`,
    },
    want: [{ at: "api.wadl:2:1 xml-doctype-refused", message: "DOCTYPE and ENTITY declarations are refused" }],
  },
  {
    name: "external entity in an included XSD",
    files: {
      "api.wadl": `${HEAD}<grammars><include href="x.xsd"/></grammars>${TAIL}`,
      "x.xsd": `<?xml version="1.0"?>\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>\n`,
    },
    want: [{ at: "x.xsd:2:3 xml-doctype-refused", message: "no external entities" }],
  },
  {
    name: "a root element that is not a WADL application",
    files: { "api.wadl": `<?xml version="1.0"?>\n\n  <application xmlns="urn:not-wadl"/>\n` },
    want: [{ at: "api.wadl:3:3 wadl-not-application", message: "the root element must be <application>" }],
  },
  {
    name: "grammar includes outside the folder: .., absolute paths and URLs are refused at the href",
    files: {
      "api.wadl": `${HEAD}<grammars>\n  <include href="../up.xsd"/>\n  <include  href="/etc/x.xsd"/>\n  <include   href="https://evil.test/x.xsd"/>\n</grammars>${TAIL}`,
    },
    want: [
      { at: "api.wadl:4:12 grammar-include-refused", message: "`..` leaves the spec folder" },
      { at: "api.wadl:5:13 grammar-include-refused", message: "absolute paths are not allowed" },
      { at: "api.wadl:6:14 grammar-include-refused", message: "URLs are never fetched" },
    ],
  },
  {
    name: "a missing grammar file",
    files: { "api.wadl": `${HEAD}<grammars><include href="nope.xsd"/></grammars>${TAIL}` },
    want: [{ at: "api.wadl:3:20 grammar-not-found", message: "file not found" }],
  },
  {
    name: "references: unresolved, of the wrong kind, to another document",
    files: {
      "api.wadl": within(
        `<resource path="a" type="#m">\n  <method href="#gone"/>\n  <method href="other.wadl#m"/>\n</resource>`,
      ).replace(TAIL, `\n<method id="m" name="GET"/>${TAIL}`),
    },
    want: [
      { at: "api.wadl:4:20 wadl-wrong-reference-kind", message: '"#m" names a <method>, expected a <resource_type>' },
      { at: "api.wadl:5:11 wadl-unresolved-reference", message: 'no element with id "gone"' },
      { at: "api.wadl:6:11 wadl-external-reference", message: "references to other documents are not supported" },
    ],
  },
  {
    name: "params, paths, statuses and methods that OpenAPI cannot take",
    files: {
      "api.wadl": within(
        `<resource path="a/{id">\n</resource>\n<resource path="b">\n  <param name="p" style="cookie"/>\n  <method name="BREW" id="brew"/>\n  <method name="GET" id="get"><response status="200 2xx"/></method>\n</resource>`,
      ),
    },
    want: [
      { at: "api.wadl:4:11 wadl-invalid-path", message: 'unclosed "{"' },
      { at: "api.wadl:7:19 wadl-invalid-param-style", message: "param style must be one of" },
      { at: "api.wadl:8:11 wadl-unsupported-method", message: '"BREW" is not an HTTP method' },
      { at: "api.wadl:9:41 wadl-invalid-status", message: 'got "200 2xx"' },
    ],
  },
  {
    name: "a resource_type used inside itself, and a reference to a reference",
    files: {
      "api.wadl": within(`<resource path="a" type="#t"/>`).replace(
        TAIL,
        `\n<resource_type id="t">\n  <resource path="b" type="#t"/>\n  <method href="#m2"/>\n</resource_type>\n<method id="m1" name="GET"/>\n<method id="m2" href="#m1"/>${TAIL}`,
      ),
    },
    want: [
      { at: "api.wadl:7:22 wadl-recursive-resource-type", message: 'resource_type "#t" is used inside itself' },
      { at: "api.wadl:8:11 wadl-chained-reference", message: "is itself a reference" },
    ],
  },
  {
    name: "nesting beyond the bound",
    files: { "api.wadl": `${HEAD}${"<doc>".repeat(140)}${"</doc>".repeat(140)}${TAIL}` },
    want: [{ at: "api.wadl:3:476 xml-too-deep", message: "nested deeper than 96 levels" }],
  },
  {
    name: "duplicate ids",
    files: { "api.wadl": `${HEAD}<method id="m" name="GET"/>\n<method id="m" name="PUT"/>${TAIL}` },
    want: [{ at: "api.wadl:4:9 wadl-duplicate-id", message: 'id "m" is used twice' }],
  },
  {
    name: "XSD problems are located in the XSD file: unknown type, undeclared prefix, bad occurs, bad pattern, missing ref",
    files: {
      "api.wadl": `${HEAD}<grammars><include href="s.xsd"/></grammars>${TAIL}`,
      "s.xsd": [
        `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">`,
        `  <xs:complexType name="t">`,
        `    <xs:sequence>`,
        `      <xs:element name="a" type="xs:strin"/>`,
        `      <xs:element name="b" type="q:thing"/>`,
        `      <xs:element name="c" type="xs:int" maxOccurs="many"/>`,
        `      <xs:element ref="missing"/>`,
        `    </xs:sequence>`,
        `  </xs:complexType>`,
        `  <xs:simpleType name="p"><xs:restriction base="xs:string"><xs:pattern value="(["/></xs:restriction></xs:simpleType>`,
        `  <xs:simpleType name="q"><xs:restriction base="xs:string"><xs:pattern value="\\i\\c*"/></xs:restriction></xs:simpleType>`,
        `</xs:schema>`,
      ].join("\n"),
    },
    want: [
      { at: "s.xsd:4:28 xsd-unknown-type", message: "xs:strin is not an XML Schema built-in type" },
      { at: "s.xsd:5:28 xsd-unknown-prefix", message: 'the prefix of "q:thing" is not declared' },
      {
        at: "s.xsd:6:42 xsd-invalid-occurs",
        message: 'maxOccurs must be a non-negative integer or unbounded, got "many"',
      },
      { at: "s.xsd:7:19 xsd-unknown-element", message: 'no global xs:element "missing"' },
      { at: "s.xsd:10:72 xsd-invalid-pattern", message: "is not a regular expression" },
      { at: "s.xsd:11:72 xsd-invalid-pattern", message: "XSD classes such as \\i and \\c are not supported" },
    ],
  },
  {
    name: "malformed XML in an included XSD is located there",
    files: {
      "api.wadl": `${HEAD}<grammars><include href="s.xsd"/></grammars>${TAIL}`,
      "s.xsd": `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n  <xs:element name="a" type=xs:int/>\n</xs:schema>`,
    },
    want: [{ at: "s.xsd:2:24 xml-syntax", message: "fix the XML syntax" }],
  },
];

describe("WADL and XSD diagnostics", () => {
  it.each(cases)("$name", async ({ files, want }) => {
    const got = await diagnosticsOf(files);
    expect(got.map((d) => d.at)).toEqual(want.map((w) => w.at));
    got.forEach((d, i) => expect(d.message).toContain(want[i]!.message));
  });
});

const WADL = `${HEAD}<resources base="https://x.test"><resource path="a"><method name="GET" id="getA"/></resource></resources>${TAIL}`;

const overlayCases: Case[] = [
  {
    name: "a target that selects nothing",
    files: {
      "overlay.yaml": `overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.paths['/a'].get\n    update: { summary: ok }\n  - target: $.paths['/b'].get\n    update: { summary: no }\n`,
    },
    want: [{ at: "overlay.yaml:6:13 overlay-target-not-found", message: "selects nothing" }],
  },
  {
    name: "a target that is not JSONPath",
    files: {
      "overlay.yaml": `overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.paths[\n    remove: true\n`,
    },
    want: [{ at: "overlay.yaml:4:13 overlay-invalid-target", message: "is not an RFC 9535 JSONPath expression" }],
  },
  {
    name: "shape problems: version, unknown field, action without update",
    files: {
      "overlay.yaml": `overlay: 2.0.0\ninfo: { title: t, version: "1" }\nextras: 1\nactions:\n  - target: $.info\n`,
    },
    want: [
      { at: "overlay.yaml:1:10 overlay-invalid-version", message: "1.0.x" },
      { at: "overlay.yaml:3:1 overlay-unknown-field", message: '"extras"' },
      { at: "overlay.yaml:5:5 overlay-invalid-action", message: "needs an update or remove" },
    ],
  },
  {
    name: "an update of a scalar",
    files: {
      "overlay.yaml": `overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.info.title\n    update: { x: 1 }\n`,
    },
    want: [{ at: "overlay.yaml:5:13 overlay-update-not-applicable", message: "selects a string" }],
  },
  {
    name: "YAML syntax",
    files: { "overlay.yaml": `overlay: 1.0.0\ninfo: [\n` },
    want: [{ at: "overlay.yaml:3:1 yaml-bad-indent", message: "" }],
  },
];

describe("overlay diagnostics", () => {
  it.each(overlayCases)("$name", async ({ files, want }) => {
    const dir = specFolder({ "api.wadl": WADL, ...files });
    const result = await deriveOpenApi({
      wadlPath: path.join(dir, "api.wadl"),
      rootDir: dir,
      overlayPath: path.join(dir, "overlay.yaml"),
    });
    const got = result.ok
      ? []
      : result.diagnostics.map((d) => ({
          at: `${path.basename(d.location.file)}:${d.location.line}:${d.location.column} ${d.code}`,
          message: d.message,
        }));
    expect(got.map((d) => d.at)).toEqual(want.map((w) => w.at));
    got.forEach((d, i) => expect(d.message).toContain(want[i]!.message));
  });
});
