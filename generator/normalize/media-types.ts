/** Classifies media types into the body encodings the runtime knows. */
import type { BodyEncoding } from "./ir.js";

const RULES: [RegExp, BodyEncoding][] = [
  [
    /^application\/(x-)?(nd|jsonl|json-?lines)|^application\/json-seq$|^application\/x-ndjson$|\+(x-)?ndjson$/,
    "ndjson",
  ],
  [/^application\/json$|^text\/json$|\+json$|^application\/[^/]*json$/, "json"],
  [/^application\/x-www-form-urlencoded$/, "form"],
  [/^multipart\//, "multipart"],
  [/^(application|text)\/xml$|\+xml$/, "xml"],
  [/^text\//, "text"],
];

/** The encoding for a media type (parameters such as `; charset=utf-8` ignored); unknown types are binary. */
export function encodingOf(mediaType: string): BodyEncoding {
  const base = mediaType.split(";")[0]!.trim().toLowerCase();
  for (const [pattern, encoding] of RULES) if (pattern.test(base)) return encoding;
  return "binary";
}

/** Preference when several media types are offered: JSON first, binary last; ties keep document order. */
export function encodingRank(encoding: BodyEncoding): number {
  return ["json", "form", "multipart", "xml", "ndjson", "text", "binary"].indexOf(encoding);
}
