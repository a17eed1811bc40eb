/** Writes a release's entry into a changelog (rendered from templates/changelog-entry.md.hbs). */
import { readFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import type { Change } from "../diff/change.js";
import { markdownText } from "../emit/readme-markdown.js";
import { TEMPLATES_DIR } from "../paths.js";
import { parseVersion } from "./semver.js";

const handlebars = Handlebars.create();
let compiled: HandlebarsTemplateDelegate | undefined;

/** One changelog line: the subject and message as Markdown-safe text, the rule as a code span. */
function line(change: Change): Handlebars.SafeString {
  return new handlebars.SafeString(`${markdownText(`${change.subject}: ${change.message}`)} (\`${change.rule}\`)`);
}

/**
 * The entry of one version: breaking changes, additions, the rest. Surface changes usually mirror spec changes, so only
 * the breaking ones are listed next to them; when the spec did not change (the generated API did, e.g. inline schemas
 * that became named types), the surface changes are the entry.
 */
export function renderChangelogEntry(
  version: string,
  changes: { spec: readonly Change[]; surface: readonly Change[] },
): string {
  compiled ??= handlebars.compile(readFileSync(path.join(TEMPLATES_DIR, "changelog-entry.md.hbs"), "utf8"), {
    strict: false,
  });
  const surface = changes.spec.length === 0 ? changes.surface : changes.surface.filter((c) => c.class === "breaking");
  const all = [...changes.spec, ...surface];
  return compiled({
    version,
    breaking: all.filter((c) => c.class === "breaking").map(line),
    added: all.filter((c) => c.class !== "breaking" && c.additive).map(line),
    other: all.filter((c) => c.class !== "breaking" && !c.additive).map(line),
  });
}

const TITLE = "# Changelog\n";

/**
 * The changelog with `entry` as its newest section. A newest section above `baseVersion` is this change's own
 * entry from an earlier run and is replaced, so running the review again never bumps twice.
 */
export function updateChangelog(current: string | undefined, baseVersion: string, entry: string): string {
  const text = current ?? TITLE;
  const first = text.search(/^## /m);
  const head = (first < 0 ? text.trimEnd() : text.slice(0, first).trimEnd()) || TITLE.trimEnd();
  const sections = first < 0 ? "" : text.slice(first);
  const next = sections.slice(3).search(/^## /m);
  const top = sections.match(/^##\s+\[?(\d+\.\d+\.\d+)/)?.[1];
  const rest = top !== undefined && isNewer(top, baseVersion) ? (next < 0 ? "" : sections.slice(next + 3)) : sections;
  return `${head}\n\n${entry.trimEnd()}\n${rest ? `\n${rest.trimEnd()}\n` : ""}`;
}

function isNewer(version: string, than: string): boolean {
  const a = parseVersion(version);
  const b = parseVersion(than);
  if (!a || !b) return false;
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}
