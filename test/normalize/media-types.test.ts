/** Media type classification into body encodings. */
import { describe, expect, it } from "vitest";
import { encodingOf } from "../../generator/normalize/media-types.js";

describe("encodingOf", () => {
  it.each([
    ["application/json", "json"],
    ["application/json; charset=utf-8", "json"],
    ["application/vnd.snabble.product.v2+json", "json"],
    ["application/merge-patch+json", "json"],
    ["application/problem+json", "json"],
    ["application/x-ndjson", "ndjson"],
    ["application/ndjson", "ndjson"],
    ["application/jsonl", "ndjson"],
    ["application/vnd.snabble.product.v2+x-ndjson", "ndjson"],
    ["application/vnd.example.events+ndjson", "ndjson"],
    ["application/x-www-form-urlencoded", "form"],
    ["multipart/form-data", "multipart"],
    ["application/atom+xml", "xml"],
    ["text/csv", "text"],
    ["application/octet-stream", "binary"],
  ])("%s → %s", (mediaType, want) => {
    expect(encodingOf(mediaType)).toBe(want);
  });
});
