/**
 * The committed README shows a real example for every resource (a list, and a write with the spec's request example),
 * the signing setup and the search tour, and every ts block type-checks against generated/sitestacker.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { typeCheck } from "../../support/generate.js";
import { extractCodeBlocks, wrapBlock } from "../../emit/readme-blocks.js";

const README = path.resolve("generated/sitestacker/README.md");
const OUT = path.resolve("test/.out/providers/sitestacker-readme");
const SOURCE = path.resolve("generated/sitestacker/src/index.js");
const RESOURCES = [
  "addresses",
  "campaigns",
  "contentItems",
  "contributionBatches",
  "contributions",
  "emails",
  "entityData",
  "historicGifts",
  "people",
  "personTypes",
  "phones",
  "recurrings",
  "relationships",
  "tagCategories",
  "tags",
  "types",
  "webhooks",
];

let readme: string;
beforeAll(async () => {
  readme = await readFile(README, "utf8");
});

/** The README part about one resource (from its heading to the next). */
function section(resource: string): string {
  const start = readme.indexOf(`### \`client.${resource}\``);
  return start === -1 ? "" : readme.slice(start, readme.indexOf("\n### ", start + 1));
}

describe("the Site Stacker README", () => {
  it("has a usage example for every resource, and writes use the spec's request examples", () => {
    for (const resource of RESOURCES) expect(section(resource), resource).toContain(`client.${resource}.`);
    expect(section("people")).toContain('firstname: "John"');
    expect(section("addresses")).toContain('address1: "1 Main St"');
    expect(section("relationships")).toContain('"related_person.id": "8"');
    expect(section("historicGifts")).toContain('donor_person_external_id: "R2D2"');
    expect(section("contentItems")).toContain('data: { summary: "Give clean water" }');
  });

  it("configures signing with keyId and secret, and shows typed search and the rate limit", () => {
    expect(readme).toContain('auth: { hmac: { keyId: "my-key-id", secret: "my-secret-key" } }');
    expect(readme).toContain('"email.email LIKE": "%@gmail.com"');
    expect(readme).toContain("readRateLimit(response)");
  });

  it("every ts block type-checks against the package", async () => {
    await rm(OUT, { recursive: true, force: true });
    await mkdir(OUT, { recursive: true });
    const blocks = extractCodeBlocks(readme).filter((b) => b.info === "ts");
    expect(blocks.length).toBeGreaterThan(20);
    for (const [i, block] of blocks.entries()) {
      const wrapped = wrapBlock(block.code, "@specforge/sitestacker", "SiteStacker").replaceAll(
        '"../src/index.js"',
        JSON.stringify(SOURCE),
      );
      await writeFile(path.join(OUT, `block${i + 1}.ts`), wrapped);
    }
    expect(typeCheck([OUT]).filter((error) => error.includes("sitestacker-readme"))).toEqual([]);
  }, 120_000);
});
