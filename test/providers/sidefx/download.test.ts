/** Binary results are streams; a build downloads with its size and MD5 checked while streaming, and corruption is caught. */
import { describe, expect, it } from "vitest";
import { ApiIntegrityError, downloadVerified, NotFoundError } from "../../../generated/sidefx/src/index.js";
import { fixtureClient } from "./rpc-fixture.js";
import { sideFxClient, useSideFxMock } from "./setup.js";

const mock = useSideFxMock();

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ bytes: Uint8Array; chunks: number }> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return { bytes: new Uint8Array(Buffer.concat(parts)), chunks: parts.length };
}

async function linuxBuild(sidefx: ReturnType<typeof sideFxClient>) {
  return sidefx.download.getDailyBuildDownload({
    product: "houdini",
    version: "20.0",
    build: "production",
    platform: "linux",
  });
}

describe("application/octet-stream results", () => {
  it("are handed over as a ReadableStream", async () => {
    const client = await fixtureClient(mock());
    const stream = await client.builds.getBuildFile({ buildId: 1 });
    expect(stream).toBeInstanceOf(ReadableStream);
    const { bytes } = await readAll(stream);
    expect(Buffer.from(bytes).equals(Buffer.from(mock().files[1]!.bytes))).toBe(true);
    const call = mock().apiCalls().at(-1)!;
    expect(call.headers.accept).toBe("application/octet-stream");
  });
});

describe("downloadVerified", () => {
  it("streams the build and checks size and MD5; the CDN gets no credentials", async () => {
    const sidefx = sideFxClient(mock());
    const build = await linuxBuild(sidefx);
    const stream = await downloadVerified({ url: build.download_url, md5: build.hash, size: build.size });
    const { bytes, chunks } = await readAll(stream);
    expect(bytes.byteLength).toBe(300_001);
    expect(chunks).toBeGreaterThan(1);
    expect(Buffer.from(bytes).equals(Buffer.from(mock().files[0]!.bytes))).toBe(true);
    const cdn = mock().requests.filter((r) => r.url.startsWith("/cdn/"));
    expect(cdn).toHaveLength(1);
    expect(cdn[0]!.headers.authorization).toBeUndefined();
  });

  it("detects a corrupted byte (MD5 mismatch) at the end of the stream", async () => {
    const build = await linuxBuild(sideFxClient(mock()));
    mock().corrupt(0, "flip");
    const error = await readAll(
      await downloadVerified({ url: build.download_url, md5: build.hash.toUpperCase(), size: build.size }),
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiIntegrityError);
    expect(error).toMatchObject({ check: "md5", expected: build.hash });
    expect((error as ApiIntegrityError).actual).toMatch(/^[0-9a-f]{32}$/);
    expect((error as ApiIntegrityError).actual).not.toBe(build.hash);
    expect((error as ApiIntegrityError).url).not.toContain("c2lnbmF0dXJl");
  });

  it("detects a truncated download and one that is too long (size mismatch)", async () => {
    const build = await linuxBuild(sideFxClient(mock()));
    mock().corrupt(0, "truncate");
    const short = await readAll(
      await downloadVerified({ url: build.download_url, md5: build.hash, size: build.size }),
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(short).toMatchObject({
      name: "ApiIntegrityError",
      check: "size",
      expected: "300001 bytes",
      actual: "300000 bytes",
    });
    mock().corrupt(0, "pad");
    const long = await readAll(
      await downloadVerified({ url: build.download_url, md5: build.hash, size: build.size }),
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(long).toMatchObject({ name: "ApiIntegrityError", check: "size", expected: "300001 bytes" });
  });

  it("reports an error status of the link as a typed status error", async () => {
    const error = await downloadVerified({ url: `${mock().origin}/cdn/download/download-build/9/cdn/`, size: 1 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, body: "Not found" });
  });
});
