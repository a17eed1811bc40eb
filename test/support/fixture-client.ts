/** Generates a feature fixture, writes it under test/.out and imports its client class, for tests on 127.0.0.1. */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect } from "vitest";
import { generateInMemory, writeTestPackage } from "./generate.js";

/**
 * A client of the fixture `test/fixtures/<id>.yaml` (class `className`) on `baseUrl` without retries. `T` is what the
 * test uses of it: the package is generated while the tests run, and typed by test/fixtures.test.ts.
 */
export async function fixtureClient<T>(id: string, className: string, baseUrl: string): Promise<T> {
  const result = await generateInMemory(`test/fixtures/${id}.yaml`, { id });
  expect(result.diagnostics).toEqual([]);
  const dir = await writeTestPackage(`e2e/${id}`, result.files);
  const module = (await import(pathToFileURL(path.join(dir, "src/index.ts")).href)) as Record<
    string,
    new (options: { baseUrl: string; maxRetries: number }) => T
  >;
  const Client = module[className];
  if (Client === undefined) throw new Error(`${id} exports no ${className}`);
  return new Client({ baseUrl, maxRetries: 0 });
}
