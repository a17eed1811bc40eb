/** A WADL folder through the pipeline's load and validate stages: later problems point into the derived openapi.yaml. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../../generator/load/load-spec.js";
import { lintSpec } from "../../../generator/generate.js";
import { NS, specFolder } from "./wadl-harness.js";

const WADL = `<application ${NS}><resources base="https://x.test/"><resource path="a"><method name="GET" id="getA"/><method name="PUT" id="putA"/></resource></resources></application>`;

describe("WADL folders in the pipeline", () => {
  it("load finds api.wadl before openapi.yaml, applies overlay.yaml and keeps the derived text", async () => {
    const dir = specFolder({
      "api.wadl": WADL,
      "openapi.yaml": "stale: true\n",
      "overlay.yaml": `overlay: 1.0.0\ninfo: { title: o, version: "1" }\nactions:\n  - target: $.info\n    update: { title: Mine }\n`,
    });
    const loaded = await loadSpec(dir);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.spec.version).toBe("3.1");
    expect((loaded.spec.document["info"] as { title: string }).title).toBe("Mine");
    expect(loaded.spec.derived?.absolutePath).toBe(path.join(dir, "openapi.yaml"));
    expect(loaded.spec.derived?.text.split("\n")[0]).toBe(
      "# Derived from api.wadl + overlay.yaml by specforge. Do not edit: change the WADL, XSD or overlay and run `npm run generate`.",
    );
  });

  it("a validation problem the overlay brings in is located in the derived openapi.yaml", async () => {
    const dir = specFolder({
      "api.wadl": WADL,
      "overlay.yaml": `overlay: 1.0.0\ninfo: { title: o, version: "1" }\nactions:\n  - target: $.paths['/a'].put\n    update: { operationId: getA }\n`,
    });
    const diagnostics = await lintSpec(dir);
    const duplicate = diagnostics.find((d) => d.code === "duplicate-operation-id");
    expect(duplicate?.location.file.endsWith("/openapi.yaml")).toBe(true);
    const loaded = await loadSpec(dir);
    const lines = loaded.ok ? loaded.spec.derived!.text.split("\n") : [];
    expect(lines[duplicate!.location.line - 1]!.slice(duplicate!.location.column - 1)).toBe("getA");
    expect(lines[duplicate!.location.line - 2]).toBe("    put:");
  });
});
