/** The generated README documents every RPC function: call, wire name, arguments by wire name, and the auth schemes. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync("generated/sidefx/README.md", "utf8");

describe("generated/sidefx/README.md", () => {
  it("has a section per function with its wire names", () => {
    for (const name of [
      "download.get_daily_builds_list",
      "download.get_daily_build_download",
      "license.get_non_commercial_license",
    ]) {
      expect(readme).toContain(`### \`${name}\``);
    }
    expect(readme).toMatch(/\| `onlyProduction` +\| `only_production` +\| keyword +\| no +\|/);
    expect(readme).toMatch(/\| `serverName` +\| `server_name` +\| keyword +\| yes +\|/);
  });

  it("lists each function in the operations table and shows calls with sample arguments", () => {
    expect(readme).toContain("`client.download.getDailyBuildsList({ product })`");
    expect(readme).toContain("`/api/` RPC `download.get_daily_build_download`");
    expect(readme).toContain("`client.license.getNonCommercialLicense({ serverName, serverCode, products })`");
    expect(readme).toContain('client.download.getDailyBuildsList({ product: "houdini" })');
  });

  it("documents both token endpoints", () => {
    expect(readme).toContain("applicationToken");
    expect(readme).toContain("clientCredentials");
    expect(readme).toContain("https://www.sidefx.com/oauth2/application_token");
  });
});
