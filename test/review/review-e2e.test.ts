/** `specforge review` end to end: a temporary git repository with two commits, the CLI run in it as users run it. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = path.resolve("generator/bin.mjs");
const FIRST_SPEC = readFileSync(path.resolve("test/review/review-repo/openapi.yaml"), "utf8");
const repo = mkdtempSync(path.join(os.tmpdir(), "specforge-review-e2e-"));
const specFile = path.join(repo, "specs", "demo", "openapi.yaml");
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function git(...args: string[]): string {
  return execFileSync(
    "git",
    ["-c", "user.name=Review Test", "-c", "user.email=review@example.test", "-c", "commit.gpgsign=false", ...args],
    { cwd: repo, encoding: "utf8" },
  );
}

function review(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, "review", ...args], {
    cwd: repo,
    encoding: "utf8",
    timeout: 240_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The second commit: an operation removed (breaking), a response property added and an operation added (additive). */
const SECOND_SPEC = FIRST_SPEC.replace(
  /  \/notes\/\{id\}:[\s\S]*?(?=components:)/,
  `  /tags:
    get:
      operationId: listTags
      tags: [tags]
      responses:
        "200":
          description: The tags.
          content:
            application/json:
              schema: { type: array, items: { type: string } }
`,
).replace("        text: { type: string }", "        text: { type: string }\n        pinned: { type: boolean }");

let first = "";
beforeAll(() => {
  mkdirSync(path.dirname(specFile), { recursive: true });
  git("init", "-q", "-b", "main");
  writeFileSync(specFile, FIRST_SPEC);
  const lock = {
    name: "demo-repo",
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { name: "demo-repo", workspaces: ["generated/*"] },
      "generated/demo": { name: "@specforge/demo", version: "0.1.0" },
    },
  };
  writeFileSync(path.join(repo, "package-lock.json"), `${JSON.stringify(lock, null, 2)}\n`);
  git("add", ".");
  git("commit", "-q", "-m", "first");
  first = git("rev-parse", "HEAD").trim();
  writeFileSync(specFile, SECOND_SPEC);
  git("commit", "-q", "-am", "second");
});

describe("specforge review", () => {
  it("reports the second commit against the first without writing anything under --dry-run", () => {
    const r = review("--base", first, "--head", "HEAD", "--dry-run");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`## specforge review: \`${first}\` → HEAD`);
    expect(r.stdout).toContain("| `demo` | 0.1.0 → **0.2.0** | minor | 1 / 0 / 2 | 4 / 8 | ❌ 5 |");
    expect(r.stdout).toMatch(
      /- \*\*DELETE \/notes\/\{id\}\*\*: DELETE \/notes\/\{id\} removed — `operation-removed`, [0-9a-f]{40}:specs\/demo\/openapi.yaml:22 — ❌ not acknowledged/,
    );
    expect(r.stdout).toContain("`method-removed`");
    expect(r.stdout.indexOf("### Breaking changes")).toBeLessThan(r.stdout.indexOf("<details>"));
    expect(existsSync(path.join(repo, "specs", "demo", "CHANGELOG.md"))).toBe(false);
    expect(existsSync(path.join(repo, "generated"))).toBe(false);
  });

  it("writes the changelog and regenerates the package at the decided version, the same on a second run", () => {
    const r = review("--base", first);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("demo: 0.1.0 → 0.2.0 (minor)");
    const changelog = readFileSync(path.join(repo, "specs", "demo", "CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(
      /^# Changelog\n\n## 0\.2\.0\n\n### Breaking changes\n\n- DELETE \/notes\/\{id\}: DELETE \/notes\/\{id\} removed \(`operation-removed`\)/,
    );
    expect(changelog).toContain("### Added");
    expect(changelog).toContain("GET /tags: GET /tags added (`operation-added`)");
    expect(JSON.parse(readFileSync(path.join(repo, "generated", "demo", "package.json"), "utf8")).version).toBe(
      "0.2.0",
    );
    expect(readFileSync(path.join(repo, "generated", "demo", "CHANGELOG.md"), "utf8")).toContain("## 0.2.0");
    const lock = JSON.parse(readFileSync(path.join(repo, "package-lock.json"), "utf8")) as {
      packages: Record<string, { version?: string }>;
    };
    expect(lock.packages["generated/demo"]?.version).toBe("0.2.0");
    const again = review("--base", first);
    expect(again.code).toBe(1);
    expect(readFileSync(path.join(repo, "specs", "demo", "CHANGELOG.md"), "utf8")).toBe(changelog);
  });

  it("passes once the head spec acknowledges the breaking changes, and prints JSON for tools", () => {
    const acknowledged = SECOND_SPEC.replace(
      "servers:",
      'x-specforge-breaking-ok:\n  - rule: "*"\n    reason: notes are deleted by the retention job now\nservers:',
    );
    writeFileSync(specFile, acknowledged);
    const r = review("--base", first, "--format", "json", "--dry-run");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      packages: {
        id: string;
        nextVersion: string;
        unacknowledgedBreaking: unknown[];
        specChanges: { rule: string; class: string }[];
      }[];
    };
    expect(report.packages[0]).toMatchObject({ id: "demo", nextVersion: "0.2.0", unacknowledgedBreaking: [] });
    expect(report.packages[0]!.specChanges.map((c) => `${c.class} ${c.rule}`).sort()).toEqual([
      "breaking operation-removed",
      "non-breaking operation-added",
      "non-breaking response-property-added",
    ]);
    git("checkout", "--", "specs/demo/openapi.yaml");
  });

  it("exits 2 for a ref that is not a commit", () => {
    const r = review("--base", "no-such-ref", "--dry-run");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('git ref "no-such-ref" does not name a commit');
  });
});
