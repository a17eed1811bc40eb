/** The client-defaults pass: `x-specforge-client-default` parameters become client options. */
import { describe, expect, it } from "vitest";
import type { Parameter } from "../../generator/normalize/ir.js";
import { assignClientDefaults } from "../../generator/normalize/passes/assign-client-defaults.js";
import { makeApi, makeOperation } from "./op-factory.js";

function param(name: string, location: Parameter["in"], clientDefault?: string): Parameter {
  const built: Parameter = {
    name,
    in: location,
    key: name,
    required: location === "path",
    style: "simple",
    explode: false,
    allowReserved: false,
    deprecated: false,
    type: { root: "paths", keys: [] },
    example: "demo",
  };
  if (clientDefault !== undefined) built.clientDefault = clientDefault;
  return built;
}

describe("assign-client-defaults", () => {
  it.each([
    ["project", "project"],
    ["Client-ID", "clientId"],
    ["tenant_id", "tenantId"],
    ["then", "then_"],
  ])("names the option of %s %s", (raw, want) => {
    const api = assignClientDefaults.run(
      makeApi([makeOperation({ method: "get", path: "/{x}/a", params: [param("x", "path", raw)] })]),
    );
    expect(api.clientDefaults.map((d) => d.option)).toEqual([want]);
    expect(api.operations[0]!.params[0]!.clientDefault).toBe(want);
  });

  it("collects every parameter an option fills, once, sorted by option", () => {
    const ops = [
      makeOperation({
        method: "get",
        path: "/{project}/shops",
        params: [param("project", "path", "project"), param("Client-ID", "header", "Client-ID")],
      }),
      makeOperation({ method: "get", path: "/{project}/orders", params: [param("project", "path", "project")] }),
      makeOperation({
        method: "post",
        path: "/apps/users",
        params: [param("project", "query", "project"), param("limit", "query")],
      }),
    ];
    const api = assignClientDefaults.run(makeApi(ops));
    expect(api.clientDefaults.map((d) => [d.option, d.fills, d.operation.path])).toEqual([
      ["clientId", ["header Client-ID"], "/{project}/shops"],
      ["project", ["path project", "query project"], "/{project}/shops"],
    ]);
    expect(api.operations[2]!.params[1]!.clientDefault).toBeUndefined();
    expect(api.warnings).toEqual([]);
  });

  it.each(["timeout", "baseUrl", "auth", "environment", "paramDefaults"])(
    "drops an option named %s with a warning; the parameter stays per call",
    (name) => {
      const api = assignClientDefaults.run(
        makeApi([makeOperation({ method: "get", path: "/{x}", params: [param("x", "path", name)] })]),
      );
      expect(api.clientDefaults).toEqual([]);
      expect(api.operations[0]!.params[0]!.clientDefault).toBeUndefined();
      expect(api.warnings).toHaveLength(1);
      expect(api.warnings[0]).toMatchObject({
        severity: "warning",
        code: "client-default-name",
        location: { pointer: "/paths/~1{x}/get" },
      });
      expect(api.warnings[0]!.message).toContain(`"${name}" is taken`);
    },
  );
});
