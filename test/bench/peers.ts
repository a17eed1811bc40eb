/**
 * The generators compared side by side: specforge and the peers a user would pick instead (openapi-typescript,
 * @hey-api/openapi-ts, orval). Each is run through its own CLI, in its own child process, with its documented
 * defaults plus the one choice that makes it comparable (a fetch client). Peers are devDependencies of the
 * repository for this bench only; they are never dependencies of a generated package.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { nodeFor, type NodeChoice } from "./local-node.js";

/** The tools, in table order. */
export const TOOL_IDS = ["specforge", "openapi-typescript", "hey-api", "orval"] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** What a tool is given: the spec folder (specforge) and the spec file in it (the peers). */
export interface SpecInput {
  specDir: string;
  specFile: string;
  /** What the peers read when `specFile` is not OpenAPI (a WADL folder's derived `openapi.yaml`); specforge reads `specDir`. */
  peerFile?: string | undefined;
}

/** One generator as the bench runs it. */
export interface GenTool {
  id: ToolId;
  /** "@hey-api/openapi-ts 0.99.0". */
  label: string;
  /** What its output contains (the tables say so next to the times). */
  output: string;
  version: string;
  node: NodeChoice;
  /** `node <args>` (relative to the repository root); `cache` only changes specforge, the peers keep no cache. */
  args(input: SpecInput, out: string, options: { cache: boolean }): string[];
}

interface PeerPackage {
  id: Exclude<ToolId, "specforge">;
  pkg: string;
  bin: string;
  output: string;
  args(bin: string, input: SpecInput, out: string): string[];
}

const PEER_PACKAGES: readonly PeerPackage[] = [
  {
    id: "openapi-typescript",
    pkg: "openapi-typescript",
    bin: "openapi-typescript",
    output: "types only",
    args: (bin, input, out) => [bin, input.specFile, "-o", `${out}/types.ts`],
  },
  {
    id: "hey-api",
    pkg: "@hey-api/openapi-ts",
    bin: "openapi-ts",
    output: "types + SDK functions + fetch client",
    args: (bin, input, out) => [bin, "-i", input.specFile, "-o", out, "-c", "@hey-api/client-fetch", "--no-log-file"],
  },
  {
    id: "orval",
    pkg: "orval",
    bin: "orval",
    output: "types + fetch functions",
    args: (bin, input, out) => [bin, "-i", input.specFile, "-o", `${out}/api.ts`, "--client", "fetch"],
  },
];

/** The specforge CLI command (the same one the rest of the bench times). */
export function specforgeArgs(input: SpecInput, out: string, options: { cache: boolean }): string[] {
  return ["generator/bin.mjs", "generate", input.specDir, "--out", out, ...(options.cache ? [] : ["--no-cache"])];
}

/** All four tools; a peer needing a newer Node gets the local one (installed on first use). */
export function loadTools(root: string, workDir: string, log: (line: string) => void): GenTool[] {
  const machine = nodeFor("", workDir, log);
  const specforge: GenTool = {
    id: "specforge",
    label: "specforge",
    output: "whole package: types, client, resources, runtime, README, manifests",
    version: readManifest(root, ".").version,
    node: machine,
    args: specforgeArgs,
  };
  const peers = PEER_PACKAGES.map((peer): GenTool => {
    const manifest = readManifest(root, path.join("node_modules", peer.pkg));
    const binPath = typeof manifest.bin === "string" ? manifest.bin : (manifest.bin?.[peer.bin] ?? "");
    const bin = path.posix.join("node_modules", peer.pkg, binPath.replace(/^\.\//, ""));
    return {
      id: peer.id,
      label: `${peer.pkg} ${manifest.version}`,
      output: peer.output,
      version: manifest.version,
      node: nodeFor(manifest.engines?.node ?? "", workDir, log),
      args: (input, out) => peer.args(bin, { ...input, specFile: input.peerFile ?? input.specFile }, out),
    };
  });
  return [specforge, ...peers];
}

interface Manifest {
  version: string;
  bin?: string | Record<string, string>;
  engines?: { node?: string };
}

function readManifest(root: string, dir: string): Manifest {
  const file = path.join(root, dir, "package.json");
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Manifest;
  } catch {
    throw new Error(
      `${path.relative(root, file)} is missing: run \`npm install\` (the bench's peers are devDependencies)`,
    );
  }
}
