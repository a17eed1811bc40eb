/** The runtime in every generated package is a verbatim copy of templates/runtime. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runtimeFiles } from "../generator/emit/copy-runtime.js";
import { generateInMemory } from "./support/generate.js";

const packages = existsSync("generated")
  ? readdirSync("generated").filter((d) => existsSync(path.join("generated", d, "package.json")))
  : [];

function runtimeCopy(dir: string): Record<string, string> {
  const root = path.join(dir, "src/runtime");
  const out: Record<string, string> = {};
  for (const name of readdirSync(root, { recursive: true }) as string[]) {
    const full = path.join(root, name);
    if (name.endsWith(".ts")) out[name.split(path.sep).join("/")] = readFileSync(full, "utf8");
  }
  return out;
}

function expected(xml: boolean): Record<string, string> {
  return Object.fromEntries(runtimeFiles({ xml }).map((f) => [f.path.slice("src/runtime/".length), f.content]));
}

describe("runtime drift", () => {
  it.each(packages)("generated/%s/src/runtime equals templates/runtime", (name) => {
    const copy = runtimeCopy(path.join("generated", name));
    expect(copy).toEqual(expected("xml.ts" in copy));
  });

  it("a freshly generated package carries the runtime verbatim, without XML support when it needs none", async () => {
    const result = await generateInMemory("test/cli/specs/petstore");
    const copy = Object.fromEntries(
      result.files.filter((f) => f.path.startsWith("src/runtime/")).map((f) => [f.path.slice(12), f.content]),
    );
    expect(copy).toEqual(expected(false));
    expect(Object.keys(copy)).not.toContain("xml.ts");
  });
});
