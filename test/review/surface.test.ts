/** Surface diff: generated packages built in memory from corpus pairs, their public declarations compared. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Change } from "../../generator/diff/change.js";
import { buildPackageInMemory } from "../../generator/generate.js";
import { diffSurfaces } from "../../generator/surface/diff-surface.js";

const CORPUS = path.resolve("test/review/corpus");

async function surfaceChanges(name: string): Promise<Change[]> {
  const build = async (side: string) => {
    const built = await buildPackageInMemory({ specPath: path.join(CORPUS, name, `${side}.yaml`), id: "corpus" });
    if (!built.ok) throw new Error(`${name}/${side}: ${built.diagnostics.map((d) => d.message).join("; ")}`);
    return built.files;
  };
  return diffSurfaces({ base: await build("base"), head: await build("head") }, "generated/corpus");
}

const summary = (changes: Change[]) => changes.map((c) => `${c.class} ${c.rule} ${c.subject}`).sort();

describe("surface diff", () => {
  it("reports a removed operation as its method and types removed, located in the generated files", async () => {
    const changes = await surfaceChanges("operation-removed");
    expect(summary(changes)).toEqual([
      "breaking method-removed ItemsResource.delete",
      "breaking type-removed ItemsDeleteErrorBody",
      "breaking type-removed ItemsDeleteParams",
      "breaking type-removed ItemsDeleteResponse",
    ]);
    const method = changes.find((c) => c.rule === "method-removed")!;
    expect(method.base?.file).toBe("generated/corpus/src/resources/items.ts");
    expect(method.base?.line).toBeGreaterThan(1);
    expect(method.head).toBeNull();
  });

  it("reports an operationId change as a renamed method", async () => {
    const changes = await surfaceChanges("operation-id-changed");
    expect(summary(changes).filter((s) => s.includes("ItemsResource"))).toEqual([
      "breaking method-renamed ItemsResource.get",
    ]);
    expect(changes.find((c) => c.rule === "method-renamed")?.message).toBe(
      "ItemsResource.get renamed to ItemsResource.fetch",
    );
  });

  it("reports a tag change the spec diff calls harmless as a method moved to another resource", async () => {
    const changes = await surfaceChanges("tag-changed");
    expect(summary(changes)).toContain("breaking method-moved ItemsResource.delete");
    expect(changes.find((c) => c.rule === "method-moved")?.message).toBe(
      "ItemsResource.delete moved to ArchiveResource.deleteItem",
    );
    expect(summary(changes)).toContain("non-breaking property-added Corpus.archive");
  });

  it("reports a narrowed request type as a breaking parameter change and keeps the response side compatible", async () => {
    const changes = await surfaceChanges("shared-enum-value-removed");
    expect(summary(changes)).toContain("breaking parameter-type-narrowed ItemsResource.list");
    expect(summary(changes)).toContain("breaking parameter-type-narrowed ItemsResource.create");
    expect(changes.filter((c) => c.rule === "return-type-changed")).toEqual([]);
  });

  it("reports a retyped response property as a changed return type", async () => {
    const changes = await surfaceChanges("response-property-retyped");
    expect(summary(changes)).toContain("breaking return-type-changed ItemsResource.get");
    expect(summary(changes)).toContain("potentially-breaking type-changed Item");
  });

  it("reports additions as non-breaking, except a return type widened by an added response media type", async () => {
    const changes = await surfaceChanges("additive-only");
    // The spec adds application/xml to GET /items/{id}: additive on the wire, but the generated method now
    // returns `string | Item`, which existing TypeScript callers must narrow — the surface diff says so.
    expect(summary(changes.filter((c) => c.class !== "non-breaking"))).toEqual([
      "breaking return-type-changed ItemsResource.get",
    ]);
    expect(summary(changes)).toContain("non-breaking type-compatible-change ItemsListParams");
    expect(summary(changes)).toContain("non-breaking type-widened CorpusEnvironment");
    expect(summary(changes)).toContain("non-breaking class-added TagsResource");
    expect(summary(changes)).toContain("non-breaking method-added TagsResource.list");
  });

  it("finds nothing between identical specs", async () => {
    expect(await surfaceChanges("identical")).toEqual([]);
  });
});
