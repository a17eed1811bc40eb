/**
 * The RPC feature fixture (test/fixtures/rpc-oas31.yaml) generated into test/.out and imported as TypeScript: its
 * functions are served by the SideFX mock and cover what the three documented functions do not use — positional
 * arguments, file uploads, a binary result and a function that is not safe to retry.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { generateInMemory, writeTestPackage } from "../../support/generate.js";
import { TEST_CLIENT, type SideFxMock } from "./mock-server.js";

/**
 * What these tests use of the fixture package. It is generated into test/.out while the tests run, after the
 * suite's `tsc` step, so its own declarations cannot be imported here; the fixture's generated code is
 * type-checked by test/fixtures.test.ts.
 */
interface RpcOas31 {
  readonly builds: {
    getDailyBuildDownload(args: {
      product: string;
      version?: string;
      build?: number | "production";
      platform?: string;
      onlyProduction?: boolean;
    }): Promise<Record<string, unknown>>;
    getBuildFile(args: { buildId: number }): Promise<ReadableStream<Uint8Array>>;
  };
  readonly support: {
    uploadCrashReport(
      args: { note?: string; report: Blob | Uint8Array | ReadableStream<Uint8Array>; screenshot?: Blob },
      options?: { idempotencyKey?: string },
    ): Promise<{ id: number; note?: string; parts: string[] }>;
  };
}

interface Module {
  RpcOas31: new (options: { baseUrl: string; auth: Record<string, unknown> }) => RpcOas31;
  RateLimitError: abstract new (...args: never[]) => Error;
}

let loaded: Promise<Module> | undefined;

/** Generates the fixture package once per test file and imports it. */
export function loadRpcFixture(): Promise<Module> {
  loaded ??= (async () => {
    const result = await generateInMemory("test/fixtures/rpc-oas31.yaml", { id: "rpc-oas31" });
    if (result.diagnostics.length > 0) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    const dir = await writeTestPackage("sidefx-rpc-fixture", result.files);
    return (await import(pathToFileURL(path.join(dir, "src/index.ts")).href)) as Module;
  })();
  return loaded;
}

/** A fixture client authenticated like a SideFX client (application token), talking to the mock. */
export async function fixtureClient(mock: SideFxMock): Promise<RpcOas31> {
  const { RpcOas31 } = await loadRpcFixture();
  const auth = {
    clientId: TEST_CLIENT.clientId,
    clientSecret: TEST_CLIENT.clientSecret,
    tokenUrl: `${mock.origin}/oauth2/application_token`,
    allowInsecureTokenUrl: true,
  };
  return new RpcOas31({ baseUrl: mock.origin, auth: { applicationToken: auth } });
}
