/** Emit: parameter-default options on the client, TOTP auth types, binary success bodies, and README pieces that depend on them. */
import { describe, expect, it } from "vitest";
import { authOptionMembers, authTypeImports } from "../../generator/emit/client-auth.js";
import { emitClientFile } from "../../generator/emit/emit-client-file.js";
import { operationSpecData } from "../../generator/emit/operation-spec.js";
import { argumentsOptional, argumentsTypeText } from "../../generator/emit/operation-types.js";
import { clientDefaultsOption, exampleStatements, findOperation } from "../../generator/emit/readme-code.js";
import { callableWithUsualAuth } from "../../generator/emit/readme-usual-auth.js";
import type { Api, Operation, Parameter, Resource, SecurityScheme } from "../../generator/normalize/ir.js";
import { assignClientDefaults } from "../../generator/normalize/passes/assign-client-defaults.js";
import { makeApi, makeOperation } from "../normalize/op-factory.js";

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
    type: { root: "paths", keys: ["/{project}/x", "get", "parameters", location, name] },
    example: "demo-ab42xy",
  };
  if (clientDefault !== undefined) built.clientDefault = clientDefault;
  return built;
}

const oneLine = (text: string): string => text.replace(/\s+/g, " ");

function apiWith(ops: Operation[], partial: Partial<Api> = {}): Api {
  return assignClientDefaults.run(makeApi(ops, partial));
}

describe("parameter-default options", () => {
  const op = makeOperation({
    method: "get",
    path: "/{project}/x",
    params: [param("project", "path", "project"), param("delete", "query", "delete")],
    resourceName: "x",
    methodName: "list",
  });
  const api = apiWith([op], {
    resources: [{ name: "x", propertyName: "x", className: "XResource", fileName: "x", operations: [op] }],
  });

  it("become typed, documented options, read into locals that avoid reserved words, and go to paramDefaults", () => {
    const text = oneLine(emitClientFile(api).content);
    expect(text).toContain(`Omit<ClientOptions, "baseUrl" | "securitySchemes" | "auth" | "paramDefaults">`);
    expect(text).toContain(
      `project?: Writable<NonNullable<paths["/{project}/x"]["get"]["parameters"]["path"]>["project"]>;`,
    );
    expect(text).toContain(
      "Used by every call that leaves it out (path parameter `project`); a call's own value wins.",
    );
    expect(text).toContain(
      "const { environment, baseUrl, serverVariables, auth, delete: delete_, project, ...rest } = options;",
    );
    expect(text).toContain("paramDefaults: { delete: delete_, project },");
    expect(text).toContain(`import type { paths } from "./types.js";`);
  });

  it("make the argument optional and say where the value comes from", () => {
    expect(argumentsOptional(op)).toBe(true);
    const args = oneLine(argumentsTypeText(op, "ListOp"));
    expect(args).toContain("Defaults to the client option `project`.");
    expect(args).toContain(`project?: Writable<NonNullable<ListOp["parameters"]["path"]>["project"]>;`);
    expect(operationSpecData(op)["params"]).toEqual([
      expect.objectContaining({ name: "project", required: true, clientDefault: "project" }),
      expect.objectContaining({ name: "delete", clientDefault: "delete" }),
    ]);
  });

  it("appear in the README's constructor with their sample values", () => {
    expect(clientDefaultsOption(api)).toBe(`delete: "demo-ab42xy", project: "demo-ab42xy", `);
    expect(clientDefaultsOption(makeApi([]))).toBe("");
  });

  it("leave clients without them as they were", () => {
    const plain = makeApi([]);
    const text = oneLine(emitClientFile(plain).content);
    expect(text).toContain("const client = new ApiClientCore({ ...rest, securitySchemes, auth, baseUrl: base });");
    expect(text).not.toContain("paramDefaults: {");
  });
});

describe("TOTP basic schemes", () => {
  const schemes: SecurityScheme[] = [
    {
      name: "app",
      spec: {
        type: "http",
        scheme: "basic",
        totp: { algorithm: "SHA-256", digits: 8, period: 30, password: "{totp}" },
      },
    },
    {
      name: "user",
      spec: {
        type: "http",
        scheme: "basic",
        totp: { algorithm: "SHA-256", digits: 8, period: 30, password: "{totp}:{userId}:{userSecret}" },
      },
    },
    { name: "basic", spec: { type: "http", scheme: "basic" } },
  ];
  it("are typed TotpBasicAuth with the template's placeholders", () => {
    const api = makeApi([], { securitySchemes: schemes });
    expect(authOptionMembers(api).map((m) => m.split("\n").at(-1))).toEqual([
      "app?: TotpBasicAuth;",
      `user?: TotpBasicAuth<"userId" | "userSecret">;`,
      "basic?: BasicAuth;",
    ]);
    expect(authTypeImports(api)).toEqual(["BasicAuth", "TotpBasicAuth"]);
  });
});

describe("success bodies", () => {
  const content = (mediaType: string, encoding: "binary" | "json" | "ndjson" | "text") => ({
    mediaType,
    encoding,
    type: { root: "paths" as const, keys: [] },
  });
  it.each([
    [[content("application/octet-stream", "binary")], true],
    [[content("image/*", "binary"), content("application/pdf", "binary")], true],
    [[content("application/json", "json"), content("application/octet-stream", "binary")], undefined],
    [[content("text/csv", "text")], undefined],
  ])("binary is set only when every declared body is binary (%#)", (contents, want) => {
    const op = makeOperation({ method: "get", path: "/f", responses: [{ status: "200", contents }] });
    expect((operationSpecData(op)["response"] as { binary?: boolean }).binary).toBe(want);
  });

  it("README examples iterate an NDJSON answer with for await", () => {
    const op = makeOperation({
      method: "get",
      path: "/p",
      methodName: "list",
      responses: [{ status: "200", contents: [content("application/x-ndjson", "ndjson")] }],
    });
    const resource: Resource = { name: "p", propertyName: "products", className: "P", fileName: "p", operations: [op] };
    expect(exampleStatements(resource, op)).toEqual([
      "for await (const line of await client.products.list()) {",
      "  console.log(line);",
      "}",
    ]);
  });
});

describe("README examples use calls the quick-start credentials can make", () => {
  it("prefers operations of the usual requirement", () => {
    const token = makeOperation({ method: "get", path: "/tokens", methodName: "get", security: [["appUser"]] });
    const shops = makeOperation({ method: "get", path: "/shops", methodName: "list", security: [["jwt"], ["legacy"]] });
    const orders = makeOperation({ method: "get", path: "/orders", methodName: "list", security: [["jwt"]] });
    const api = makeApi([token, shops, orders], {
      resources: [
        { name: "a", propertyName: "appTokens", className: "A", fileName: "a", operations: [token] },
        { name: "s", propertyName: "shops", className: "S", fileName: "s", operations: [shops, orders] },
      ],
    });
    expect([token, shops, orders].map((op) => callableWithUsualAuth(api, op))).toEqual([false, true, true]);
    expect(findOperation(api, () => true)?.op).toBe(shops);
  });
});
