/** The wire format: the form field `json` with `[name, args, kwargs]`, kwargs by wire names, positional args in order, files as parts. */
import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../../generated/sidefx/src/index.js";
import { parseMultipart } from "../../runtime/test-server.js";
import { md5 } from "./mock-data.js";
import { fixtureClient } from "./rpc-fixture.js";
import { sentTriple, sideFxClient, useSideFxMock } from "./setup.js";

const mock = useSideFxMock();

function lastCall() {
  const call = mock().apiCalls().at(-1);
  if (call === undefined) throw new Error("no API call recorded");
  return call;
}

describe("keyword arguments", () => {
  it("sends exactly json=[name, [], {kwargs by wire name}] form-encoded", async () => {
    const sidefx = sideFxClient(mock());
    const builds = await sidefx.download.getDailyBuildsList({
      product: "houdini",
      version: "20.0",
      platform: "linux",
      onlyProduction: true,
    });
    const call = lastCall();
    expect(call.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(call.headers.accept).toBe("application/json");
    const triple =
      '["download.get_daily_builds_list",[],{"product":"houdini","version":"20.0","platform":"linux","only_production":true}]';
    expect(call.body.toString()).toBe(`json=${encodeURIComponent(triple)}`);
    expect(builds.map((b) => [b.build, b.platform, b.release])).toEqual([["625", "linux_x86_64_gcc11.2", "gold"]]);
  });

  it("leaves out keyword arguments the call does not give, and sends lists as JSON lists", async () => {
    const sidefx = sideFxClient(mock());
    const builds = await sidefx.download.getDailyBuildsList({ product: "houdini", version: ["17.0", "20.0"] });
    expect(sentTriple(lastCall().body)).toEqual([
      "download.get_daily_builds_list",
      [],
      { product: "houdini", version: ["17.0", "20.0"] },
    ]);
    expect(builds.map((b) => b.build)).toEqual(["640", "625", "625", "382"]);
    expect(builds[3]!.third_party_libraries).toEqual([{ name: "OpenVDB" }]);
  });

  it('sends a build number or "production" as given, and product values outside the known set', async () => {
    const sidefx = sideFxClient(mock());
    const download = await sidefx.download.getDailyBuildDownload({
      product: "houdini",
      version: "20.0",
      build: "production",
      platform: "linux",
    });
    expect(sentTriple(lastCall().body)).toEqual([
      "download.get_daily_build_download",
      [],
      { product: "houdini", version: "20.0", build: "production", platform: "linux" },
    ]);
    expect(download).toMatchObject({
      filename: "houdini-20.0.625-linux_x86_64_gcc11.2.tar.gz",
      size: 300_001,
      releases_list: "gold",
    });
    await sidefx.download.getDailyBuildDownload({ product: "houdini", version: "20.0", build: 625, platform: "win64" });
    expect(sentTriple(lastCall().body)).toEqual([
      "download.get_daily_build_download",
      [],
      { product: "houdini", version: "20.0", build: 625, platform: "win64" },
    ]);
    await sidefx.download.getDailyBuildsList({ product: "houdini-py311" });
    expect(sentTriple(lastCall().body)).toEqual(["download.get_daily_builds_list", [], { product: "houdini-py311" }]);
  });

  it("issues non-commercial licenses (server_name, server_code, products by wire name)", async () => {
    const sidefx = sideFxClient(mock());
    const license = await sidefx.license.getNonCommercialLicense({
      serverName: "render-node-01",
      serverCode: "1a2b3c4d",
      products: "HOUDINI-NC;RENDER-NC",
      version: "20.0",
    });
    expect(sentTriple(lastCall().body)).toEqual([
      "license.get_non_commercial_license",
      [],
      { server_name: "render-node-01", server_code: "1a2b3c4d", version: "20.0", products: "HOUDINI-NC;RENDER-NC" },
    ]);
    expect(license.license_keys).toEqual([
      "LICENSE Generic Houdini-NC 20.0 1 1a2b3c4d",
      "LICENSE Generic Render-NC 20.0 1 1a2b3c4d",
    ]);
    expect(license.server_key).toBe("SERVER render-node-01 1a2b3c4d +.+.+.+");
  });

  it("fails before sending when a required argument or an unknown key is given", async () => {
    const sidefx = sideFxClient(mock());
    const missing = { product: "houdini", version: "20.0", build: 1 } as unknown as Parameters<
      typeof sidefx.download.getDailyBuildDownload
    >[0];
    await expect(sidefx.download.getDailyBuildDownload(missing)).rejects.toThrow(ApiRequestError);
    await expect(sidefx.download.getDailyBuildDownload(missing)).rejects.toThrow(/"platform" is required/);
    const unknown = { product: "houdini", only_production: true } as unknown as Parameters<
      typeof sidefx.download.getDailyBuildsList
    >[0];
    await expect(sidefx.download.getDailyBuildsList(unknown)).rejects.toThrow(/unknown argument "only_production"/);
    expect(mock().requests).toHaveLength(0);
  });
});

describe("positional arguments", () => {
  it("go in order into args, up to the last one given; kwargs next to them", async () => {
    const client = await fixtureClient(mock());
    const result = await client.builds.getDailyBuildDownload({
      product: "houdini",
      version: "20.0",
      build: 625,
      platform: "linux",
    });
    const triple = '["builds.get_daily_build_download",["houdini","20.0",625],{"platform":"linux"}]';
    expect(lastCall().body.toString()).toBe(`json=${encodeURIComponent(triple)}`);
    expect(result).toMatchObject({
      build: "625",
      received: { product: "houdini", version: "20.0", build: 625, platform: "linux" },
    });
    await client.builds.getDailyBuildDownload({ product: "docker", version: "19.5", onlyProduction: false });
    expect(sentTriple(lastCall().body)).toEqual([
      "builds.get_daily_build_download",
      ["docker", "19.5"],
      { only_production: false },
    ]);
  });

  it("refuse a gap: a positional argument left out before a given one", async () => {
    const client = await fixtureClient(mock());
    const gap = { product: "houdini", build: 5 } as unknown as Parameters<
      typeof client.builds.getDailyBuildDownload
    >[0];
    await expect(client.builds.getDailyBuildDownload(gap)).rejects.toThrow(/"version" is required/);
    expect(mock().apiCalls()).toHaveLength(0);
  });
});

describe("file arguments", () => {
  it("go as multipart parts named after the argument, next to the json field", async () => {
    const client = await fixtureClient(mock());
    const dump = new Uint8Array([0, 1, 2, 3, 255]);
    const shot = new File([new Uint8Array([137, 80, 78, 71])], "shot.png", { type: "image/png" });
    const result = await client.support.uploadCrashReport({ note: "crashed on start", report: dump, screenshot: shot });
    const call = lastCall();
    const contentType = call.headers["content-type"] ?? "";
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    const parts = parseMultipart(call.body, contentType);
    expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ["json", undefined, undefined],
      ["report", "unnamed.bin", "application/octet-stream"],
      ["screenshot", "shot.png", "image/png"],
    ]);
    expect(JSON.parse(parts[0]!.data.toString("utf8"))).toEqual([
      "support.upload_crash_report",
      [],
      { note: "crashed on start" },
    ]);
    expect([...parts[1]!.data]).toEqual([...dump]);
    expect(result).toEqual({
      id: 41,
      note: "crashed on start",
      parts: [
        `report:unnamed.bin:application/octet-stream:${md5(dump)}`,
        `screenshot:shot.png:image/png:${md5(new Uint8Array([137, 80, 78, 71]))}`,
      ],
    });
  });

  it("name unnamed data after the spec's filename, and take a Blob or a stream", async () => {
    const client = await fixtureClient(mock());
    const stream = new Blob([new Uint8Array([9, 9, 9])]).stream();
    await client.support.uploadCrashReport({ report: stream, screenshot: new Blob(["png"]) });
    const call = lastCall();
    const parts = parseMultipart(call.body, call.headers["content-type"] ?? "");
    expect(parts.map((p) => [p.name, p.filename, p.contentType, p.data.toString("latin1")])).toEqual([
      ["json", undefined, undefined, '["support.upload_crash_report",[],{}]'],
      ["report", "unnamed.bin", "application/octet-stream", "\u0009\u0009\u0009"],
      ["screenshot", "screenshot.png", "application/octet-stream", "png"],
    ]);
  });
});
