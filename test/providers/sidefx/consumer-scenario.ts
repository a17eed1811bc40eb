/** Consumer scenario of @specforge/sidefx: the mock with its builds and the test API client. */
import { expect } from "vitest";
import type { ConsumerScenario } from "../../package/consumer-scenario.js";
import { startSideFxMock, TEST_CLIENT } from "./mock-server.js";

/** Runs test/providers/sidefx/consumer.mjs against the mock and checks the token, the calls and the verified download. */
export const consumerScenario: ConsumerScenario = {
  async start() {
    const mock = await startSideFxMock();
    return {
      env: {
        SIDEFX_BASE_URL: mock.origin,
        SIDEFX_CLIENT_ID: TEST_CLIENT.clientId,
        SIDEFX_CLIENT_SECRET: TEST_CLIENT.clientSecret,
      },
      verify(output) {
        expect(output).toEqual({
          build: expect.any(String),
          downloaded: true,
          licenseKeys: ["LICENSE Generic Render-NC 20.5 1 c0de"],
        });
        expect(mock.requests.map((r) => `${r.method} ${r.url.split("?")[0]}`)).toEqual([
          "POST /oauth2/application_token",
          "POST /api/",
          "POST /api/",
          "GET /cdn/download/download-build/0/cdn/",
          "POST /api/",
        ]);
        const basic = `Basic ${Buffer.from(`${TEST_CLIENT.clientId}:${TEST_CLIENT.clientSecret}`).toString("base64")}`;
        expect(mock.requests[0]!.headers.authorization).toBe(basic);
        for (const call of mock.apiCalls()) expect(call.headers.authorization).toMatch(/^Bearer \S+$/);
        expect(mock.requests[3]!.headers.authorization).toBeUndefined();
      },
      close: () => mock.close(),
    };
  },
};
