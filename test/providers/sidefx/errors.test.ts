/** Errors: plain-text bodies and the HTML traceback of a debug-mode 500 become typed errors with the status and the text. */
import { describe, expect, it } from "vitest";
import { ApiStatusError, InternalServerError, PermissionDeniedError } from "../../../generated/sidefx/src/index.js";
import { NO_EULA_CLIENT } from "./mock-server.js";
import { sideFxClient, useSideFxMock } from "./setup.js";

const mock = useSideFxMock();

const TRACEBACK = [
  "Traceback:",
  '  File "/srv/sidefx/api/views.py", line 88, in <module>',
  '    result = api_functions["download.get_daily_build_download"](*args, **kwargs)',
  "",
  "Exception Type: BuildNotFound at /api/",
  "Exception Value: No build matches these arguments",
].join("\n");

async function failure(run: () => PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve(run()).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("plain-text errors", () => {
  it("403 without the EULA: PermissionDeniedError whose body is the message", async () => {
    const sidefx = sideFxClient(mock(), { credentials: NO_EULA_CLIENT });
    const error = await failure(() => sidefx.download.getDailyBuildsList({ product: "houdini" }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    const message = "You must accept the EULA at https://www.sidefx.com/services/eula/ before downloading.";
    expect(error).toMatchObject({ status: 403, body: message });
    expect((error as Error).message).toContain(message);
  });

  it("asResult() gives the status and the text body", async () => {
    const sidefx = sideFxClient(mock(), { credentials: NO_EULA_CLIENT });
    const outcome = await sidefx.download.getDailyBuildsList({ product: "houdini" }).asResult();
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.status === undefined) throw new Error("expected a status error");
    const body: string = outcome.error.body;
    expect([outcome.status, body]).toEqual([
      403,
      "You must accept the EULA at https://www.sidefx.com/services/eula/ before downloading.",
    ]);
  });

  it("a production 500 is the stack trace as text (retried like any 5xx of a retry-safe function)", async () => {
    const sidefx = sideFxClient(mock(), { client: { maxRetries: 1 } });
    const error = await failure(() =>
      sidefx.download.getDailyBuildDownload({ product: "houdini", version: "18.5", build: 1, platform: "linux" }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 500, body: TRACEBACK });
  });

  it("an argument the function rejects (a ValueError) is a 500 whose text names it", async () => {
    const sidefx = sideFxClient(mock(), { client: { maxRetries: 0 } });
    const error = await failure(() => sidefx.download.getDailyBuildsList({ product: "maya" }));
    expect(error).toBeInstanceOf(ApiStatusError);
    expect((error as ApiStatusError).status).toBe(500);
    expect(String((error as ApiStatusError).body)).toContain('Exception Value: Unknown product: "maya"');
    expect(mock().apiCalls()).toHaveLength(1);
  });
});

describe("debug-mode HTML", () => {
  it("a 500 debug page becomes its traceback, unescaped", async () => {
    mock().debug = true;
    const sidefx = sideFxClient(mock(), { client: { maxRetries: 0 } });
    const error = await failure(() =>
      sidefx.download.getDailyBuildDownload({ product: "houdini", version: "18.5", build: 1, platform: "linux" }),
    );
    const sent = mock().apiCalls().at(-1);
    expect(sent).toBeDefined();
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 500, body: TRACEBACK });
    expect((error as Error).message).toContain("HTTP 500");
    expect((error as Error).message).not.toContain("<textarea");
  });
});
