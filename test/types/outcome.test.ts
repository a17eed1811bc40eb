/** Type-level: asResult() narrows to a status error whose body is the operation's error body type. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { typeCheck } from "../support/generate.js";

const DIR = path.resolve("test/.out/types-outcome");

describe("ApiOutcome", () => {
  it("types error.body after checking status, and not before", () => {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(
      path.join(DIR, "check.ts"),
      `import type { ApiPromise } from "${path.resolve("templates/runtime/api-promise.js")}";
declare const call: ApiPromise<{ id: number }, { message: string }>;
export async function check(): Promise<string> {
  const outcome = await call.asResult();
  if (outcome.ok) return String(outcome.data.id);
  if (outcome.status !== undefined) {
    const message: string = outcome.error.body.message;
    // @ts-expect-error the body is typed, not any
    const wrong: number = outcome.error.body.message;
    return message + String(wrong);
  }
  // @ts-expect-error other errors have no body
  return outcome.error.body;
}
`,
    );
    expect(typeCheck([DIR])).toEqual([]);
  });
});
