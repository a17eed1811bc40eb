/**
 * Records every path the generator touches through `node:fs` and `node:fs/promises` (installed with `vi.mock` in the
 * test file), so a test can prove nothing outside the spec folder was read and nothing at all was written.
 */
import path from "node:path";

/** One file-system call: what kind, and the absolute path it named. */
export interface FsEvent {
  kind: "read" | "write";
  path: string;
}

/** Calls recorded since the last `resetFsTrace`. */
export const fsEvents: FsEvent[] = [];

/** Forgets what was recorded. */
export function resetFsTrace(): void {
  fsEvents.length = 0;
}

const READS = [
  "readFile",
  "readFileSync",
  "readdir",
  "readdirSync",
  "stat",
  "statSync",
  "lstat",
  "lstatSync",
  "realpath",
  "realpathSync",
  "open",
  "openSync",
  "access",
  "accessSync",
  "existsSync",
  "createReadStream",
  "opendir",
];
const WRITES = [
  "writeFile",
  "writeFileSync",
  "mkdir",
  "mkdirSync",
  "rm",
  "rmSync",
  "rename",
  "renameSync",
  "unlink",
  "unlinkSync",
  "appendFile",
  "appendFileSync",
  "copyFile",
  "cp",
  "symlink",
  "createWriteStream",
  "rmdir",
];

/** A copy of an fs module whose path-taking functions record their first argument before running. */
export function traceFsModule<T extends object>(original: T): T {
  const traced: Record<string, unknown> = { ...(original as Record<string, unknown>) };
  for (const [names, kind] of [
    [READS, "read"],
    [WRITES, "write"],
  ] as const) {
    for (const name of names) {
      const fn = traced[name];
      if (typeof fn !== "function") continue;
      traced[name] = function (this: unknown, target: unknown, ...rest: unknown[]) {
        if (typeof target === "string" || target instanceof URL)
          fsEvents.push({ kind, path: path.resolve(String(target instanceof URL ? target.pathname : target)) });
        return (fn as (...args: unknown[]) => unknown).call(this, target, ...rest);
      };
    }
  }
  if ("default" in traced && traced["default"] === (original as Record<string, unknown>)["default"])
    traced["default"] = traced;
  return traced as T;
}
