/**
 * The committed package as users get it: generated/sonlet built by `tsc` with its own tsconfig (strict), then the
 * built JavaScript runs the documented journey against the mock: authorize, upload, create, page through items.
 */
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import type * as SonletPackage from "../../../generated/sonlet/src/index.js";
import { startSonletMock, TEST_APP, type SonletMock } from "./mock-server.js";
import { followAuthorization, PNG_BYTES } from "./setup.js";

const OUT_DIR = path.resolve("test/.out/providers/sonlet-dist");
let mock: SonletMock;
let built: typeof SonletPackage;

beforeAll(async () => {
  await rm(OUT_DIR, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "-p", "generated/sonlet", "--outDir", OUT_DIR], { encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  built = (await import(pathToFileURL(path.join(OUT_DIR, "index.js")).href)) as typeof SonletPackage;
  mock = await startSonletMock({ items: 3, pageSize: 2 });
});
afterAll(() => mock?.close());

it("authorizes, uploads an image, creates an item with it and lists every item", async () => {
  const sonlet = new built.Sonlet({
    baseUrl: mock.apiBase,
    auth: { oauth2: { clientId: TEST_APP.clientId, clientSecret: TEST_APP.clientSecret, allowInsecureTokenUrl: true } },
  });
  const request = await sonlet.oauth.oauth2.authorizationUrl({ redirectUri: "https://app.example/str-cb" });
  await sonlet.oauth.oauth2.completeAuthorization(await followAuthorization(request.url), request);
  const image = await sonlet.images.create({ image_full: new File([PNG_BYTES], "dress.png", { type: "image/png" }) });
  const data = { attributes: { Color: "Red" } } as unknown as string;
  const item = await sonlet.items.create({ itemchoice_id: 414, size_id: 9, image_id: image.pk, data });
  expect(item.data).toEqual({ attributes: { Color: "Red" } });
  const pks: number[] = [];
  for await (const each of sonlet.items.list()) pks.push(each.pk);
  expect(pks).toEqual([...mock.store.items.keys()]);
  expect(pks).toHaveLength(4);
});
