/** SECURITY.md states the limits specforge enforces: its tables must hold the values the code uses. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOAD_LIMITS } from "../../generator/load/limits.js";
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "../../templates/runtime/client-core.js";
import { DEFAULT_MAX_PARSED_BYTES } from "../../templates/runtime/decode.js";
import { MAX_NDJSON_LINE_CHARS } from "../../templates/runtime/ndjson.js";
import { DEFAULT_MAX_REDIRECTS } from "../../templates/runtime/redirect.js";
import { MAX_RETRY_AFTER_MS } from "../../templates/runtime/retry.js";
import { MAX_TOKEN_RESPONSE_BYTES } from "../../templates/runtime/token-endpoint.js";

const doc = readFileSync("SECURITY.md", "utf8");

/** The table row whose first cell starts with `label`. */
function row(label: string): string {
  const line = doc.split("\n").find((l) => l.startsWith(`| ${label}`));
  if (line === undefined) throw new Error(`SECURITY.md has no limits row starting with "${label}"`);
  return line;
}

describe("SECURITY.md limits", () => {
  it.each([
    ["largest spec file", `${LOAD_LIMITS.maxFileBytes} bytes`],
    ["YAML alias expansions", `| ${LOAD_LIMITS.maxAliasCount} |`],
    ["nesting depth", `| ${LOAD_LIMITS.maxDepth} |`],
    ["files one spec may pull in", `| ${LOAD_LIMITS.maxFiles} |`],
    ["remote ref timeout", `${LOAD_LIMITS.remoteTimeoutMs} ms`],
    ["per-attempt timeout", `${DEFAULT_TIMEOUT_MS} ms`],
    ["retries of safe requests", `| ${DEFAULT_MAX_RETRIES} |`],
    ["longest server-requested retry wait", `${MAX_RETRY_AFTER_MS} ms`],
    ["redirects per attempt", `| ${DEFAULT_MAX_REDIRECTS} |`],
    ["body parsed whole", `${DEFAULT_MAX_PARSED_BYTES} bytes`],
    ["token endpoint response", `${MAX_TOKEN_RESPONSE_BYTES} bytes`],
    ["one NDJSON line", `(${MAX_NDJSON_LINE_CHARS})`],
  ])("%s: %s", (label, value) => {
    expect(row(label)).toContain(value);
  });
});
