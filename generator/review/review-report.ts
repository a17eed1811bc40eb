/** The review as Markdown for a PR comment: a summary table, breaking changes first, every change in collapsed details. */
import { formatDiagnostic } from "../diagnostics.js";
import { countByClass, markdownCell, primaryLocation, renderMarkdownTable } from "../diff/format-changes.js";
import type { ProviderReview } from "./review-provider.js";

/** What was compared, for the title. */
export interface ReviewRefs {
  base: string;
  head: string;
}

const STATUS_NOTE: Readonly<Record<ProviderReview["status"], string>> = {
  changed: "",
  unchanged: "no changes",
  added: "new package",
  removed: "package removed",
  invalid: "spec invalid",
};

function unacknowledged(review: ProviderReview): number {
  return review.breaking.filter((b) => !b.acknowledgement).length;
}

function summaryRow(r: ProviderReview): string {
  const spec = countByClass(r.spec);
  const surface = countByClass(r.surface);
  const version = r.nextVersion === r.baseVersion ? r.baseVersion : `${r.baseVersion} → **${r.nextVersion}**`;
  const open = unacknowledged(r);
  const cells = [
    `\`${r.id}\`${STATUS_NOTE[r.status] ? ` (${STATUS_NOTE[r.status]})` : ""}`,
    version,
    r.bump,
    `${spec.breaking} / ${spec["potentially-breaking"]} / ${spec["non-breaking"]}`,
    `${surface.breaking} / ${surface["potentially-breaking"] + surface["non-breaking"]}`,
    open > 0 ? `❌ ${open}` : r.breaking.length > 0 ? "✅ acknowledged" : "—",
  ];
  return `| ${cells.join(" | ")} |`;
}

function breakingSection(reviews: readonly ProviderReview[]): string[] {
  const withBreaking = reviews.filter((r) => r.breaking.length > 0);
  if (withBreaking.length === 0) return ["### Breaking changes", "", "None."];
  const out = ["### Breaking changes"];
  for (const r of withBreaking) {
    out.push("", `#### \`${r.id}\``, "");
    for (const { change, acknowledgement } of r.breaking) {
      const where = primaryLocation(change);
      const at = where ? `, ${markdownCell(`${where.file}:${where.line}`)}` : "";
      const mark = acknowledgement
        ? `✅ acknowledged (${markdownCell(acknowledgement.reason)})`
        : "❌ not acknowledged";
      out.push(
        `- **${markdownCell(change.subject)}**: ${markdownCell(change.message)} — \`${change.rule}\`${at} — ${mark}`,
      );
    }
  }
  return out;
}

function details(r: ProviderReview): string[] {
  if (r.status === "invalid") {
    const shown = r.diagnostics.map(({ frame: _frame, ...d }) => formatDiagnostic(d).replace(/`{3}/g, "` ` `"));
    return [
      `<details><summary><b>${r.id}</b>: the spec does not build</summary>`,
      "",
      "```",
      ...shown,
      "```",
      "",
      "</details>",
    ];
  }
  if (r.spec.length + r.surface.length === 0) return [];
  const out = [
    `<details><summary><b>${r.id}</b>: ${r.spec.length} spec change(s), ${r.surface.length} API surface change(s)</summary>`,
    "",
  ];
  if (r.spec.length > 0) out.push("**Spec changes**", "", renderMarkdownTable(r.spec), "");
  if (r.surface.length > 0)
    out.push("**API surface changes** (generated TypeScript)", "", renderMarkdownTable(r.surface), "");
  out.push("</details>");
  return out;
}

/** The whole report. */
export function renderReviewMarkdown(reviews: readonly ProviderReview[], refs: ReviewRefs): string {
  const lines = [
    `## specforge review: \`${markdownCell(refs.base)}\` → ${markdownCell(refs.head)}`,
    "",
    "| package | version | bump | spec: breaking / potentially / non-breaking | surface: breaking / other | breaking |",
    "|---|---|---|---|---|---|",
    ...reviews.map(summaryRow),
    "",
    ...breakingSection(reviews),
  ];
  const detailBlocks = reviews.map(details).filter((d) => d.length > 0);
  if (detailBlocks.length > 0) lines.push("", "### Details", "", ...detailBlocks.flatMap((d) => [...d, ""]));
  if (reviews.some((r) => unacknowledged(r) > 0)) {
    lines.push(
      "",
      "Intended? Acknowledge each breaking change with `x-specforge-breaking-ok` in the head spec (see docs/review.md).",
    );
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** The review as JSON for other tools. */
export function renderReviewJson(reviews: readonly ProviderReview[], refs: ReviewRefs): string {
  const packages = reviews.map((r) => ({
    id: r.id,
    status: r.status,
    baseVersion: r.baseVersion,
    nextVersion: r.nextVersion,
    bump: r.bump,
    specChanges: r.spec,
    surfaceChanges: r.surface,
    unacknowledgedBreaking: r.breaking.filter((b) => !b.acknowledgement).map((b) => b.change),
    diagnostics: r.diagnostics.map(({ frame: _frame, ...d }) => d),
  }));
  return `${JSON.stringify({ base: refs.base, head: refs.head, packages }, null, 2)}\n`;
}
