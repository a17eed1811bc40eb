/** Reads spec files from disk (bounded), and remote refs only when the user allows them. */
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { LOAD_LIMITS } from "./limits.js";
import { SourceFile } from "./source-file.js";

export type ReadResult = { ok: true; file: SourceFile } | { ok: false; reason: string };

/**
 * Reads a local file, refusing anything outside `rootDir`: first by its path as written (so nothing outside is even
 * looked at), then by its real path (so a symlink inside cannot lead out).
 */
export async function readLocalFile(absolutePath: string, rootDir: string): Promise<ReadResult> {
  if (!isInsideFolder(path.resolve(absolutePath), path.resolve(rootDir))) return outsideFolder(absolutePath, rootDir);
  let real: string;
  try {
    real = await realpath(absolutePath);
  } catch {
    return { ok: false, reason: `file not found: ${displayPath(absolutePath)}` };
  }
  const realRoot = await realpath(rootDir);
  if (!isInsideFolder(real, realRoot)) return outsideFolder(absolutePath, rootDir);
  const info = await stat(real);
  if (!info.isFile()) return { ok: false, reason: `${displayPath(absolutePath)} is not a file` };
  if (info.size > LOAD_LIMITS.maxFileBytes) {
    return { ok: false, reason: `${displayPath(absolutePath)} is larger than ${LOAD_LIMITS.maxFileBytes} bytes` };
  }
  const text = stripBom(await readFile(real, "utf8"));
  return { ok: true, file: new SourceFile({ displayPath: displayPath(absolutePath), absolutePath, text }) };
}

function isInsideFolder(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

function outsideFolder(absolutePath: string, rootDir: string): ReadResult {
  return {
    ok: false,
    reason: `${displayPath(absolutePath)} is outside the spec folder ${displayPath(rootDir)}; move the file into the folder`,
  };
}

/** Fetches a remote ref (only reached with --allow-remote-refs), bounded in time and size. */
export async function readRemoteFile(url: string): Promise<ReadResult> {
  if (!/^https?:\/\//i.test(url)) return { ok: false, reason: `unsupported URL scheme in ${url}` };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(LOAD_LIMITS.remoteTimeoutMs), redirect: "follow" });
    if (!response.ok) return { ok: false, reason: `GET ${url} answered ${response.status}` };
    const body = await readBounded(response, LOAD_LIMITS.maxFileBytes);
    if (body === undefined) return { ok: false, reason: `${url} is larger than ${LOAD_LIMITS.maxFileBytes} bytes` };
    const text = stripBom(new TextDecoder().decode(body));
    return { ok: true, file: new SourceFile({ displayPath: url, absolutePath: url, text }) };
  } catch (error) {
    return { ok: false, reason: `cannot fetch ${url}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The body's bytes (after decompression), or undefined as soon as more than `limit` arrived (the rest is not read). */
async function readBounded(response: Response, limit: number): Promise<Uint8Array | undefined> {
  if (Number(response.headers.get("content-length") ?? 0) > limit || response.body === null) {
    await response.body?.cancel();
    return response.body === null ? new Uint8Array(0) : undefined;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks, total);
}

/** A path as diagnostics show it: relative to the working directory when inside it. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  const shown = relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : absolutePath;
  return shown.split(path.sep).join("/");
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
