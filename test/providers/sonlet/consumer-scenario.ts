/** Consumer scenario of @specforge/sonlet: the mock with 3 items over pages of 2, and a token issued up front. */
import { expect } from "vitest";
import type { ConsumerScenario } from "../../package/consumer-scenario.js";
import { startSonletMock } from "./mock-server.js";

/** Runs test/providers/sonlet/consumer.mjs against the mock and checks its pages, reads, create and 404. */
export const consumerScenario: ConsumerScenario = {
  async start() {
    const mock = await startSonletMock({ items: 3, pageSize: 2 });
    const seeded = [...mock.store.items.keys()];
    const token = mock.issueTokens().access_token;
    return {
      env: { SONLET_BASE_URL: mock.apiBase, SONLET_TOKEN: token },
      verify(output) {
        const created = [...mock.store.items.keys()].find((pk) => !seeded.includes(pk));
        expect(output).toEqual({ pks: seeded, firstPk: seeded[0], createdPk: created, notFound: 404 });
        expect(mock.requests.map((r) => `${r.method} ${new URL(r.url, "http://x").pathname}`)).toEqual([
          "GET /api/v2/items/",
          "GET /api/v2/items/",
          `GET /api/v2/items/${seeded[0]}/`,
          "POST /api/v2/items/",
          "GET /api/v2/items/999999/",
        ]);
        for (const request of mock.requests) expect(request.headers.authorization).toBe(`Bearer ${token}`);
        expect(mock.requests[3]!.headers["x-idempotency-key"]).toBe("consumer-1");
      },
      close: () => mock.close(),
    };
  },
};
