/** Consumer scenario of @specforge/snabble: the mock, an integrator JWT for the demo project and the test app. */
import { expect } from "vitest";
import type { ConsumerScenario } from "../../package/consumer-scenario.js";
import { startSnabbleMock, TEST_APP } from "./mock-server.js";
import { CLIENT_ID, PROJECT } from "./setup.js";

/** Runs test/providers/snabble/consumer.mjs against the mock and checks the NDJSON imports, checkout and hand-over. */
export const consumerScenario: ConsumerScenario = {
  async start() {
    const mock = await startSnabbleMock();
    const env = {
      SNABBLE_BASE_URL: mock.origin,
      SNABBLE_PROJECT: PROJECT,
      SNABBLE_JWT: mock.issueJwt(PROJECT),
      SNABBLE_APP_ID: TEST_APP.id,
      SNABBLE_APP_SECRET: TEST_APP.secret,
      SNABBLE_CLIENT_ID: CLIENT_ID,
    };
    return {
      env,
      verify(output) {
        const processId = (output as { processId?: unknown }).processId;
        expect(output).toEqual({
          imported: [{ sku: "w-1", status: "ok" }],
          priced: ["ok"],
          price: 98,
          location: `/${PROJECT}/checkout/process/${String(processId)}`,
          processId: expect.any(String),
          paymentState: "successful",
          denied: 403,
        });
        const lines = mock.requests.map((r) => `${r.method} ${new URL(r.url, "http://x").pathname}`);
        for (const line of [
          `POST /${PROJECT}/products/_batch`,
          `POST /${PROJECT}/pricing/_batch`,
          `POST /${PROJECT}/checkout/process`,
          `GET /${PROJECT}/checkout/process/${String(processId)}`,
        ])
          expect(lines).toContain(line);
        const batch = mock.requests.find((r) => r.url.endsWith("/products/_batch"));
        expect(batch?.headers["content-type"]).toMatch(/^application\/x-ndjson/);
        const tokenRequest = mock.requests.find((r) => r.headers.authorization?.startsWith("Basic "));
        expect(tokenRequest?.headers["client-id"]).toBe(CLIENT_ID);
      },
      close: () => mock.close(),
    };
  },
};
