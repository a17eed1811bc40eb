/**
 * Wire formats of the SOWPROG mock: content negotiation (XML by default), the XML the documentation shows
 * (`standalone="yes"` declaration, elements in schema order, repeated elements for lists) and the JSON of a Jersey
 * server (the content of the XML root, one-item lists as a bare object unless told otherwise).
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export type Format = "xml" | "json";
export type Doc = Record<string, unknown>;

/** Element order shared by every sequence of ns0.xsd (a global rank is consistent with all of them). */
const ORDER = [
  "sowprogId",
  "link",
  "id",
  "version",
  "deleted",
  "creationDate",
  "modificationDate",
  "href",
  "method",
  "rel",
  "email",
  "status",
  "role",
  "cancelled",
  "cancellationReason",
  "eventDescription",
  "offer",
  "eventSchedule",
  "partOfEventGroup",
  "eventGroup",
  "name",
  "title",
  "punchline",
  "description",
  "pictureCredit",
  "pictureUrl",
  "website",
  "facebookFanPage",
  "contact",
  "label",
  "eventType",
  "eventStyle",
  "freeAdmission",
  "freeAdmissionCondition",
  "eventPrice",
  "eventTicketStore",
  "price",
  "currency",
  "url",
  "eventScheduleDate",
  "startHour",
  "endHour",
  "date",
  "soldOut",
  "artist",
  "sequence",
  "billing",
  "location",
  "user",
  "clientId",
  "clientVersion",
  "errorMessages",
  "errorCode",
  "element",
  "expectedFormat",
  "message",
];
const RANK = new Map(ORDER.map((name, index) => [name, index]));

/** Elements that repeat (lists); `artist` only directly inside an event. */
const LIST_ELEMENTS = new Set(["link", "eventPrice", "eventTicketStore", "eventScheduleDate", "errorMessages"]);
const NUMBERS = new Set([
  "id",
  "version",
  "creationDate",
  "modificationDate",
  "price",
  "sequence",
  "clientVersion",
  "latitude",
  "longitude",
  "expires_in",
]);
const BOOLEANS = new Set(["deleted", "cancelled", "freeAdmission", "soldOut", "partOfEventGroup"]);

/** The representation a request asks for: `Accept` with q-values; XML when absent or `*\/*`; undefined = 406. */
export function negotiate(accept: string | undefined): Format | undefined {
  if (accept === undefined || accept.trim() === "") return "xml";
  let best: { format: Format; q: number } | undefined;
  for (const range of accept.split(",")) {
    const [type = "", ...params] = range.split(";").map((p) => p.trim().toLowerCase());
    const q = Number(params.find((p) => p.startsWith("q="))?.slice(2) ?? "1");
    const format: Format | undefined =
      type === "application/json"
        ? "json"
        : type === "application/xml" || type === "text/xml" || type === "*/*" || type === "application/*"
          ? "xml"
          : undefined;
    if (format !== undefined && q > 0 && (best === undefined || q > best.q)) best = { format, q };
  }
  return best?.format;
}

/** The format of a request body from its Content-Type, or undefined (415). */
export function bodyFormat(contentType: string | undefined): Format | undefined {
  const essence = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (essence === "application/xml" || essence === "text/xml") return "xml";
  return essence === "application/json" ? "json" : undefined;
}

function ordered(doc: Doc): [string, unknown][] {
  return Object.entries(doc)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (RANK.get(a) ?? ORDER.length) - (RANK.get(b) ?? ORDER.length));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function writeElement(name: string, value: unknown, indent: string): string {
  if (Array.isArray(value)) return value.map((item) => writeElement(name, item, indent)).join("");
  if (typeof value === "object" && value !== null) {
    const inner = ordered(value as Doc)
      .map(([k, v]) => writeElement(k, v, `${indent}    `))
      .join("");
    return `${indent}<${name}>\n${inner}${indent}</${name}>\n`;
  }
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;
}

/** The XML document of `root` holding `content`, as the documentation prints it. */
export function writeXml(root: string, content: Doc): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${writeElement(root, content, "")}`;
}

function foldSingletons(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 1 ? foldSingletons(value[0]) : value.map(foldSingletons);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(ordered(value as Doc).map(([k, v]) => [k, foldSingletons(v)]));
}

/** The JSON text of `content` (the root element's content); `singletons: "object"` writes one-item lists bare. */
export function writeJson(content: Doc, singletons: "object" | "array"): string {
  const value = singletons === "object" ? foldSingletons(content) : Object.fromEntries(ordered(content));
  return JSON.stringify(value);
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (tag, jPath) => LIST_ELEMENTS.has(tag) || (tag === "artist" && String(jPath) === "event.artist"),
});

/** A problem found while reading a body: which element and what format it should have had. */
export interface FormatProblem {
  readonly element: string;
  readonly expectedFormat: string;
}

/** True for a repeated element (a JSON client may send a one-item list as a bare object). */
function isList(key: string, parentPath: string): boolean {
  return LIST_ELEMENTS.has(key) || (key === "artist" && parentPath === "");
}

function canonical(value: unknown, path: string, problems: FormatProblem[]): unknown {
  const name = path.slice(path.lastIndexOf(".") + 1);
  if (Array.isArray(value)) return value.map((item) => canonical(item, path, problems));
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Doc).filter(([k]) => k !== "__proto__");
    return Object.fromEntries(
      entries.map(([k, v]) => [
        k,
        canonical(isList(k, path) && !Array.isArray(v) ? [v] : v, path === "" ? k : `${path}.${k}`, problems),
      ]),
    );
  }
  const text = value === null ? "" : String(value);
  if (NUMBERS.has(name) && text !== "") {
    if (!Number.isFinite(Number(text))) problems.push({ element: path, expectedFormat: "number" });
    return Number(text);
  }
  if (BOOLEANS.has(name) && text !== "") {
    if (text !== "true" && text !== "false") problems.push({ element: path, expectedFormat: "true|false" });
    return text === "true";
  }
  return value === null ? "" : value;
}

/** Reads a request body of `root` in either format into the canonical (JSON-like) form; a string is a parse failure. */
export function readBody(format: Format, root: string, body: Buffer): { doc: Doc; problems: FormatProblem[] } | string {
  const text = body.toString("utf8");
  let raw: unknown;
  if (format === "xml") {
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) return "DOCTYPE refused";
    if (XMLValidator.validate(text) !== true) return "malformed XML";
    const parsed = parser.parse(text) as Doc;
    if (!(root in parsed)) return `the root element must be <${root}>`;
    raw = parsed[root] === "" ? {} : parsed[root];
  } else {
    try {
      raw = JSON.parse(text);
    } catch {
      return "malformed JSON";
    }
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return `the body must be one ${root}`;
  const problems: FormatProblem[] = [];
  return { doc: canonical(raw, "", problems) as Doc, problems };
}
