// An application using the installed @specforge/sidefx as plain ESM JavaScript (also type-checked as TypeScript):
// find the latest production build, download it with its size and MD5 checked, and get a non-commercial license.
import { downloadVerified, SideFx } from "@specforge/sidefx";

const { SIDEFX_BASE_URL: baseUrl, SIDEFX_CLIENT_ID: clientId, SIDEFX_CLIENT_SECRET: clientSecret } = process.env;
if (!baseUrl || !clientId || !clientSecret)
  throw new Error("set SIDEFX_BASE_URL, SIDEFX_CLIENT_ID and SIDEFX_CLIENT_SECRET");
const tokenUrl = `${baseUrl}/oauth2/application_token`;
const sidefx = new SideFx({
  baseUrl,
  auth: { applicationToken: { clientId, clientSecret, tokenUrl, allowInsecureTokenUrl: true } },
});

const [latest] = await sidefx.download.getDailyBuildsList({
  product: "houdini",
  version: "20.0",
  platform: "linux",
  onlyProduction: true,
});
if (!latest) throw new Error("no production build");
const build = await sidefx.download.getDailyBuildDownload({
  product: "houdini",
  version: latest.version,
  build: Number(latest.build),
  platform: "linux",
});
const stream = await downloadVerified({ url: build.download_url, md5: build.hash, size: build.size });
const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
const license = await sidefx.license.getNonCommercialLicense({
  serverName: "node-1",
  serverCode: "c0de",
  products: "RENDER-NC",
});
console.log(
  JSON.stringify({
    build: latest.build,
    downloaded: bytes.byteLength === build.size,
    licenseKeys: license.license_keys,
  }),
);
