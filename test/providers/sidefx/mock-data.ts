/** The mock's builds: daily-build list entries (as the reference shows them) and the files its CDN serves. */
import { createHash } from "node:crypto";

/** A `download.get_daily_builds_list` entry. */
export interface DailyBuild {
  readonly build: string;
  readonly date: string;
  readonly platform: string;
  readonly product: string;
  readonly release: string;
  readonly status: string;
  readonly version: string;
  readonly third_party_libraries?: unknown;
}

/** A build file behind a download link. */
export interface BuildFile {
  readonly product: string;
  readonly version: string;
  readonly build: string;
  readonly platform: string;
  readonly filename: string;
  readonly bytes: Uint8Array;
}

/** Newest first, as SideFX lists them. */
export const BUILDS: readonly DailyBuild[] = [
  {
    build: "640",
    date: "2024/03/02",
    platform: "linux_x86_64_gcc11.2",
    product: "houdini",
    release: "devel",
    status: "good",
    version: "20.0",
  },
  {
    build: "625",
    date: "2024/02/14",
    platform: "linux_x86_64_gcc11.2",
    product: "houdini",
    release: "gold",
    status: "good",
    version: "20.0",
  },
  {
    build: "625",
    date: "2024/02/14",
    platform: "win64-vc143",
    product: "houdini",
    release: "gold",
    status: "good",
    version: "20.0",
  },
  {
    build: "382",
    date: "2018/10/26",
    platform: "linux_x86_64_gcc6.3",
    product: "houdini",
    release: "gold",
    status: "good",
    version: "17.0",
    third_party_libraries: [{ name: "OpenVDB" }],
  },
  {
    build: "101",
    date: "2024/01/10",
    platform: "linux",
    product: "docker",
    release: "gold",
    status: "good",
    version: "20.0",
  },
];

/** Deterministic bytes of a given size (a stand-in for an installer). */
export function fileBytes(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let state = seed >>> 0;
  for (let i = 0; i < size; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

/** The files of the production builds (about 300 KiB each, so they stream in several chunks). */
export function buildFiles(): BuildFile[] {
  return [
    {
      product: "houdini",
      version: "20.0",
      build: "625",
      platform: "linux",
      filename: "houdini-20.0.625-linux_x86_64_gcc11.2.tar.gz",
      bytes: fileBytes(300_001, 1),
    },
    {
      product: "houdini",
      version: "20.0",
      build: "625",
      platform: "win64",
      filename: "houdini-20.0.625-win64-vc143.exe",
      bytes: fileBytes(280_017, 2),
    },
  ];
}

/** MD5 hex, computed with Node's crypto (independent of the runtime's implementation). */
export function md5(bytes: Uint8Array): string {
  return createHash("md5").update(bytes).digest("hex");
}

/** The `BuildDownload` of a matching file, with a temporary link on the mock's CDN. */
export function buildDownload(
  files: readonly BuildFile[],
  query: { product: string; version: string; build: unknown; platform: string },
  origin: string,
): Record<string, unknown> | undefined {
  const wanted = query.build === "production" ? "625" : String(query.build);
  const index = files.findIndex(
    (f) =>
      f.product === query.product && f.version === query.version && f.build === wanted && f.platform === query.platform,
  );
  const file = files[index];
  if (file === undefined) return undefined;
  return {
    download_url: `${origin}/cdn/download/download-build/${index}/cdn/?Expires=1700000000&Signature=c2lnbmF0dXJl&Key-Pair-Id=K2EXAMPLE`,
    filename: file.filename,
    hash: md5(file.bytes),
    size: file.bytes.byteLength,
    date: "2024/02/14",
    releases_list: "gold",
    status: "good",
  };
}
