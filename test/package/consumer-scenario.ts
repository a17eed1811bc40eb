/**
 * What each provider gives the consumer tests: `test/providers/<p>/consumer.mjs`, a plain ESM script that uses the
 * installed package as an application would, and `test/providers/<p>/consumer-scenario.ts`, which starts the
 * provider's mock, hands the script its settings in environment variables, and checks what the script printed (one
 * JSON line) and what the mock received.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./pack-once.js";

/** A started scenario: environment for the script, the check of its output, and the mock's shutdown. */
export interface RunningScenario {
  readonly env: Readonly<Record<string, string>>;
  /** Asserts on the script's printed JSON and on what the mock received (throws when something is wrong). */
  verify(output: unknown): void;
  close(): Promise<void>;
}

/** A provider's consumer scenario. */
export interface ConsumerScenario {
  start(): Promise<RunningScenario>;
}

/** The script and scenario of a provider; a generated package without them is an error, not a skip. */
export async function loadConsumerScenario(provider: string): Promise<{ script: string; scenario: ConsumerScenario }> {
  const dir = path.join(REPO_ROOT, "test/providers", provider);
  const script = path.join(dir, "consumer.mjs");
  const module = path.join(dir, "consumer-scenario.ts");
  for (const file of [script, module]) {
    if (!existsSync(file))
      throw new Error(
        `${path.relative(REPO_ROOT, file)} is missing: every generated package needs a consumer scenario (see test/package/consumer-scenario.ts)`,
      );
  }
  const { consumerScenario } = (await import(pathToFileURL(module).href)) as { consumerScenario: ConsumerScenario };
  return { script, scenario: consumerScenario };
}
