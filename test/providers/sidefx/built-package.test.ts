/**
 * The committed package as users get it: generated/sidefx built by `tsc` with its own tsconfig (strict), then the built
 * JavaScript finds the latest production build, downloads it with the size and MD5 checked, and gets licenses.
 */
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, expect, it } from "vitest";
import type * as SideFxPackage from "../../../generated/sidefx/src/index.js";
import { TEST_CLIENT } from "./mock-server.js";
import { useSideFxMock } from "./setup.js";

const OUT_DIR = path.resolve("test/.out/providers/sidefx-dist");
const mock = useSideFxMock();
let built: typeof SideFxPackage;

beforeAll(async () => {
  await rm(OUT_DIR, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "-p", "generated/sidefx", "--outDir", OUT_DIR], { encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  built = (await import(pathToFileURL(path.join(OUT_DIR, "index.js")).href)) as typeof SideFxPackage;
}, 120_000);

it("lists builds, downloads the latest production build verified, and gets licenses with the built JavaScript", async () => {
  const auth = { clientId: TEST_CLIENT.clientId, clientSecret: TEST_CLIENT.clientSecret, tokenUrl: `${mock().origin}/oauth2/application_token`, allowInsecureTokenUrl: true };
  const sidefx = new built.SideFx({ baseUrl: mock().origin, auth: { applicationToken: auth } });
  const [latest] = await sidefx.download.getDailyBuildsList({ product: "houdini", version: "20.0", platform: "linux", onlyProduction: true });
  const build = await sidefx.download.getDailyBuildDownload({ product: "houdini", version: latest!.version, build: Number(latest!.build), platform: "linux" });
  const stream = await built.downloadVerified({ url: build.download_url, md5: build.hash, size: build.size });
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  expect(bytes.byteLength).toBe(build.size);
  const license = await sidefx.license.getNonCommercialLicense({ serverName: "node-1", serverCode: "c0de", products: "RENDER-NC" });
  expect(license.license_keys).toEqual(["LICENSE Generic Render-NC 20.5 1 c0de"]);
  expect(mock().requests.map((r) => `${r.method} ${r.url.split("?")[0]}`)).toEqual([
    "POST /oauth2/application_token",
    "POST /api/",
    "POST /api/",
    "GET /cdn/download/download-build/0/cdn/",
    "POST /api/",
  ]);
});
