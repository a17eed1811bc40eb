/** Whether two folders hold exactly the same files with the same bytes (a provider the change did not touch). */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

async function listTree(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listTree(path.join(dir, entry.name), rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

/** True when both trees list the same files and every file's bytes are equal. */
export async function sameTree(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([listTree(a), listTree(b)]);
  if (left.length !== right.length || left.some((f, i) => f !== right[i])) return false;
  for (const file of left) {
    const [x, y] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
    if (!x.equals(y)) return false;
  }
  return true;
}
