/** Consumer scenario of @specforge/sitestacker: the mock with its seed plus 150 people, signed with the test key. */
import { expect } from "vitest";
import type { ConsumerScenario } from "../../package/consumer-scenario.js";
import { startSiteStackerMock, TEST_KEY } from "./mock-server.js";
import { expectedAuthorization } from "./setup.js";

/** Runs test/providers/sitestacker/consumer.mjs against the mock and checks signatures, pages, writes and errors. */
export const consumerScenario: ConsumerScenario = {
  async start() {
    const mock = await startSiteStackerMock({ people: 150 });
    return {
      env: {
        SITESTACKER_BASE_URL: mock.apiBase,
        SITESTACKER_KEY_ID: TEST_KEY.keyId,
        SITESTACKER_SECRET: TEST_KEY.secret,
      },
      verify(output) {
        expect(output).toEqual({
          john: "John Doe",
          paged: 150,
          email: "john.work@example.org",
          giftDonor: true,
          notFound: 404,
          remaining: 5000 - mock.requests.length,
        });
        for (const request of mock.requests)
          expect(request.headers.authorization).toBe(expectedAuthorization(request.headers, request.method));
        expect(mock.requests.map((r) => r.response?.status)).toEqual([200, 206, 200, 201, 201, 404, 200]);
      },
      close: () => mock.close(),
    };
  },
};
