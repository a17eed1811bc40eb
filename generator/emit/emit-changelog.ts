/** `CHANGELOG.md`, rendered from templates/changelog.md.hbs and the spec's release history (`x-specforge-releases`). */
import { readFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import type { Api } from "../normalize/ir.js";
import { TEMPLATES_DIR } from "../paths.js";
import type { GeneratedFile } from "./generated-file.js";
import { inlineMarkdown } from "./readme-markdown.js";

const handlebars = Handlebars.create();
let compiled: HandlebarsTemplateDelegate | undefined;

/** The package's changelog: one section per release, newest first; change lines are literal except code spans. */
export function emitChangelog(api: Api): GeneratedFile {
  compiled ??= handlebars.compile(readFileSync(path.join(TEMPLATES_DIR, "changelog.md.hbs"), "utf8"), { strict: true });
  const releases = api.releases.map((release) => ({
    version: release.version,
    date: release.date,
    changes: release.changes.map((change) => new handlebars.SafeString(inlineMarkdown(change))),
  }));
  const context = { sourceName: api.sourceName, packageName: api.packageName, packageVersion: api.packageVersion, releases };
  return { path: "CHANGELOG.md", content: compiled(context).replace(/\n{3,}/g, "\n\n").replace(/\n+$/, "\n") };
}
