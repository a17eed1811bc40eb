/** Consumer scenario of @specforge/sowprog: the mock with its seed, the test application and user. */
import { expect } from "vitest";
import type { ConsumerScenario } from "../../package/consumer-scenario.js";
import { TEST_CREDENTIALS } from "./mock-auth.js";
import { startSowprogMock } from "./mock-server.js";
import { exampleEvent, wireLines } from "./setup.js";

/** Runs test/providers/sowprog/consumer.mjs against the mock and checks the workflow over JSON and XML. */
export const consumerScenario: ConsumerScenario = {
  async start() {
    const mock = await startSowprogMock();
    return {
      env: {
        SOWPROG_BASE_URL: mock.apiBase,
        SOWPROG_CLIENT_ID: TEST_CREDENTIALS.clientId,
        SOWPROG_CLIENT_SECRET: TEST_CREDENTIALS.clientSecret,
        SOWPROG_USERNAME: TEST_CREDENTIALS.username,
        SOWPROG_PASSWORD: TEST_CREDENTIALS.password,
        SOWPROG_EVENT: JSON.stringify(exampleEvent(mock)),
      },
      verify(output) {
        expect(output).toEqual({ id: expect.any(Number), status: "PUBLISHED", version: 2, stores: 1 });
        const id = (output as { id: number }).id;
        expect(wireLines(mock)).toEqual([
          "POST /token 200",
          "POST /events 200",
          `PUT /events/${id}/picture 200`,
          `PUT /events/${id} 200`,
          "POST /token 200",
          `GET /events/${id} 200`,
        ]);
        const [create, , publish, , get] = mock.requests.slice(1);
        expect(create!.headers["content-type"]).toMatch(/^application\/json/);
        expect(JSON.parse(publish!.body.toString("utf8"))).toEqual({
          sowprogId: { id, version: 1 },
          status: "PUBLISHED",
        });
        expect(get!.headers.accept).toMatch(/^application\/xml/);
      },
      close: () => mock.close(),
    };
  },
};
