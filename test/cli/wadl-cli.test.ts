/** The WADL commands as users run them: import-wadl, and generate-all over a folder holding api.wadl (+ XSD, + overlay). */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const BIN = path.resolve("generator/bin.mjs");
const SOURCE = path.resolve("test/wadl/faults-2006");
const tmp = mkdtempSync(path.join(os.tmpdir(), "specforge-wadl-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const OVERLAY = `overlay: 1.0.0
info: { title: weather extras, version: "1" }
actions:
  - target: $.info
    update: { title: Weather, version: "2.1.0" }
  - target: $.servers
    update: { url: https://staging.weather.example.com, description: Staging }
  - target: $.paths['/stations'].get
    update: { summary: Stations near a place }
`;
const HEADER =
  "# Derived from api.wadl + overlay.yaml by specforge. Do not edit: change the WADL, XSD or overlay and run `npm run generate`.\n";

describe("import-wadl", () => {
  it("writes the OpenAPI document, with the overlay applied when given", () => {
    const out = path.join(tmp, "import", "weather.yaml");
    const overlay = path.join(tmp, "weather-overlay.yaml");
    writeFileSync(overlay, OVERLAY);
    const r = run(["import-wadl", path.join(SOURCE, "api.wadl"), "--out", out, "--overlay", overlay]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith("# Derived from api.wadl + weather-overlay.yaml by specforge. Do not edit")).toBe(true);
    expect(text).toContain("title: Weather\n  version: 2.1.0");
    expect(text).toContain(
      "  - url: http://weather.example.com\n  - url: https://staging.weather.example.com\n    description: Staging\n",
    );
    expect(text).toContain("      summary: Stations near a place\n");
    const plain = run(["import-wadl", path.join(SOURCE, "api.wadl"), "--out", path.join(tmp, "import", "plain.yaml")]);
    expect(plain.code).toBe(0);
    expect(readFileSync(path.join(tmp, "import", "plain.yaml"), "utf8")).not.toContain("Stations near a place");
  });

  it("reports a broken WADL located, exits 1 and writes nothing", () => {
    const dir = path.join(tmp, "broken");
    cpSync(SOURCE, dir, { recursive: true });
    writeFileSync(
      path.join(dir, "api.wadl"),
      readFileSync(path.join(SOURCE, "api.wadl"), "utf8").replace('element="forecast"', 'element="forcast"'),
    );
    const out = path.join(tmp, "broken.yaml");
    const r = run(["import-wadl", path.join(dir, "api.wadl"), "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\/api\.wadl:30:57 {2}xsd-unknown-element {2}no global xs:element "forcast"/);
    expect(r.stderr).toMatch(/> 30 \|\s+<representation mediaType="application\/xml" element="forcast"\/>/);
    expect(r.stderr).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it("exits 2 without --out", () => {
    const r = run(["import-wadl", path.join(SOURCE, "api.wadl")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("import-wadl needs exactly one <file.wadl> and --out <openapi.yaml>");
  });
});

describe("generate-all with a WADL folder", () => {
  const specs = path.join(tmp, "specs");
  const folder = path.join(specs, "weather");
  const derived = path.join(folder, "openapi.yaml");
  const outRoot = path.join(tmp, "generated");
  const all = (...extra: string[]) => run(["generate-all", "--specs", specs, "--out", outRoot, ...extra]);

  it("writes the derived openapi.yaml next to the WADL and generates the package from it", () => {
    cpSync(SOURCE, folder, { recursive: true });
    writeFileSync(path.join(folder, "overlay.yaml"), OVERLAY);
    const r = all();
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/✓ weather: \d+ file\(s\) written/);
    expect(readFileSync(derived, "utf8").startsWith(HEADER)).toBe(true);
    expect(readFileSync(path.join(outRoot, "weather", "src", "client.ts"), "utf8")).toContain(
      "https://staging.weather.example.com",
    );
    expect(all().stderr).toContain("unchanged (cached)");
    expect(all("--check").code).toBe(0);
  });

  it("--check reports a derived openapi.yaml that is stale after a WADL edit, and writes nothing", () => {
    const before = readFileSync(derived, "utf8");
    writeFileSync(
      path.join(folder, "api.wadl"),
      readFileSync(path.join(folder, "api.wadl"), "utf8").replace("Maintenance.", "Down for maintenance."),
    );
    const r = all("--check");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/changed +.*specs\/weather\/openapi\.yaml/);
    expect(readFileSync(derived, "utf8")).toBe(before);
    expect(all().code).toBe(0);
    expect(readFileSync(derived, "utf8")).toContain("Down for maintenance.");
    expect(all("--check").code).toBe(0);
  });

  it("--check reports a hand-edited or missing derived openapi.yaml", () => {
    writeFileSync(derived, `${readFileSync(derived, "utf8")}# edited by hand\n`);
    const edited = all("--check");
    expect(edited.code).toBe(1);
    expect(edited.stderr).toMatch(/changed +.*specs\/weather\/openapi\.yaml/);
    unlinkSync(derived);
    const missing = all("--check");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/added +.*specs\/weather\/openapi\.yaml/);
    expect(existsSync(derived)).toBe(false);
    expect(all().code).toBe(0);
    expect(existsSync(derived)).toBe(true);
  });

  it("a broken overlay stops generation with a located error and writes nothing", () => {
    const before = readFileSync(derived, "utf8");
    writeFileSync(
      path.join(folder, "overlay.yaml"),
      OVERLAY.replace("$.paths['/stations'].get", "$.paths['/nowhere'].get"),
    );
    const r = all();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/specs\/weather\/overlay\.yaml:8:13 {2}overlay-target-not-found/);
    expect(r.stderr).toContain("✗ weather: not generated (nothing was written)");
    expect(readFileSync(derived, "utf8")).toBe(before);
  });
});
