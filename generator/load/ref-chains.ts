/**
 * Chains of `$ref`s across files that come back to where they started with nothing but references in between
 * (`a.yaml#/A` → `b.yaml#/B` → `a.yaml#/A`): no document can be built from them, so they are refused before bundling.
 */
import path from "node:path";
import { collectExternalRefs, hasUrlScheme, resolveRefTarget } from "./external-refs.js";
import { followPointer, parseRefPointer } from "./pointer.js";
import type { SourceFile } from "./source-file.js";

type Loaded = ReadonlyMap<string, { file: SourceFile; value: unknown }>;

/** One cycle found: the ref that enters it (file and pointer of the object holding `$ref`) and the members shown. */
export interface RefChainCycle {
  file: SourceFile;
  at: string[];
  members: string[];
}

/** Every distinct cycle of reference-only nodes reachable from an external `$ref` of a loaded local file. */
export function findRefChainCycles(loaded: Loaded): RefChainCycle[] {
  const cycles: RefChainCycle[] = [];
  const seen = new Set<string>();
  for (const { file, value } of loaded.values()) {
    for (const ref of collectExternalRefs(value)) {
      const members = cycleFrom(loaded, resolveRefTarget(file.absolutePath, ref.target), ref.fragment);
      if (!members) continue;
      const key = [...members].sort().join("\n");
      if (seen.has(key)) continue;
      seen.add(key);
      cycles.push({ file, at: ref.at, members });
    }
  }
  return cycles;
}

/** The nodes of the cycle this chain runs into, or undefined when it reaches a real definition (or leaves the files). */
function cycleFrom(loaded: Loaded, absolutePath: string, fragment: string): string[] | undefined {
  const visited: string[] = [];
  let file = absolutePath;
  let pointer = fragment;
  for (;;) {
    const id = `${file}#${pointer}`;
    const index = visited.indexOf(id);
    if (index >= 0)
      return visited.slice(index).map((member) => path.basename(member.split("#")[0]!) + "#" + member.split("#")[1]);
    visited.push(id);
    const entry = loaded.get(file);
    const segments = parseRefPointer(pointer);
    const node = entry && segments ? followPointer(entry.value, segments) : undefined;
    const ref =
      node !== null && typeof node === "object" && !Array.isArray(node)
        ? (node as Record<string, unknown>)["$ref"]
        : undefined;
    if (
      typeof ref !== "string" ||
      Object.keys(node as object).some((k) => k !== "$ref" && k !== "description" && k !== "summary")
    )
      return undefined;
    const hash = ref.indexOf("#");
    const target = hash < 0 ? ref : ref.slice(0, hash);
    if (hasUrlScheme(target)) return undefined;
    if (target !== "") file = resolveRefTarget(file, target);
    pointer = hash < 0 ? "" : ref.slice(hash + 1);
  }
}
