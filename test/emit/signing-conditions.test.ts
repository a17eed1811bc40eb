/** Emitting declared signatures, the spec's default headers and filter conditions. */
import { describe, expect, it } from "vitest";
import { authOptionMembers, authTypeImports } from "../../generator/emit/client-auth.js";
import { withSpecHeaders, specHeadersConstant, specHeadersImports } from "../../generator/emit/client-spec-headers.js";
import { emitClientFile } from "../../generator/emit/emit-client-file.js";
import { emitTypesFile } from "../../generator/emit/emit-types-file.js";
import { hmacNote, hmacOf } from "../../generator/emit/readme-hmac.js";
import { authSection, quickConfig } from "../../generator/emit/readme-auth.js";
import { emitSchemaTypes } from "../../generator/emit/schema-types.js";
import type { SecurityScheme } from "../../generator/normalize/ir.js";
import { makeApi } from "../normalize/op-factory.js";

const oneLine = (text: string): string => text.replace(/\s+/g, " ");

const HMAC: SecurityScheme = {
  name: "hmac",
  spec: {
    type: "signature",
    hmac: {
      algorithm: "hmac-sha256",
      encoding: "hex",
      stringToSign: ["method", { header: "Content-Type" }, "date"],
      separator: "\n",
      date: { header: "ss-date", format: "rfc2822" },
      header: "Authorization",
      value: "HMAC {keyId}:{signature}",
    },
  },
};
const HOOK: SecurityScheme = { name: "hook", spec: { type: "signature" } };

describe("declared signatures", () => {
  it("take HmacAuth or a hook; hook-only schemes take SigningAuth", () => {
    const api = makeApi([], { securitySchemes: [HMAC, HOOK] });
    expect(authTypeImports(api)).toEqual(["HmacAuth", "SigningAuth"]);
    expect(authOptionMembers(api).map(oneLine)).toEqual([
      "/** Credentials for the `hmac` security scheme. */ hmac?: HmacAuth | SigningAuth;",
      "/** Credentials for the `hook` security scheme. */ hook?: SigningAuth;",
    ]);
    expect(oneLine(emitClientFile(api).content)).toContain(
      'hmac: { type: "signature", hmac: { algorithm: "hmac-sha256",',
    );
  });

  it("are documented in the README with { keyId, secret } and what is signed", () => {
    const api = makeApi([], { securitySchemes: [HMAC] });
    expect(quickConfig(HMAC)).toBe(`{ keyId: "my-key-id", secret: "my-secret-key" }`);
    expect(quickConfig(HOOK)).toBeUndefined();
    const section = authSection(api);
    expect(section).toContain(`auth: { hmac: { keyId: "my-key-id", secret: "my-secret-key" } } })`);
    expect(hmacNote(hmacOf(HMAC)!)).toContain(
      'HMAC-SHA256 with your `secret` over the method, the `Content-Type` header, the date (joined by `"\\n"`), written as hex into `Authorization: HMAC {keyId}:{signature}`',
    );
    expect(authSection(makeApi([], { securitySchemes: [HOOK] }))).toContain("sign: async ({ method, url, headers })");
  });
});

describe("default headers", () => {
  const api = makeApi([], { defaultHeaders: { Accept: "application/json; version=1", "User-Agent": "x/1.0.0" } });

  it("become a constant merged under the client's own headers", () => {
    expect(specHeadersImports(api)).toEqual([
      `import type { HeaderValues } from "./runtime/headers.js";`,
      `import { specHeadersFor } from "./runtime/spec-headers.js";`,
    ]);
    expect(specHeadersConstant(api).map(oneLine)).toEqual([
      `const specHeaders: HeaderValues = { Accept: "application/json; version=1", "User-Agent": "x/1.0.0" };`,
    ]);
    const text = oneLine(emitClientFile(api).content);
    expect(text).toContain(
      "const client = new ApiClientCore({ ...rest, headers: { ...specHeadersFor(specHeaders), ...rest.headers }, securitySchemes, auth, baseUrl: base, });",
    );
  });

  it("leave clients without them unchanged", () => {
    const plain = makeApi([]);
    expect([specHeadersImports(plain), specHeadersConstant(plain)]).toEqual([[], []]);
    expect(
      withSpecHeaders(plain, "const client = new ApiClientCore({ ...rest, securitySchemes, auth, baseUrl: base });"),
    ).toBe("const client = new ApiClientCore({ ...rest, securitySchemes, auth, baseUrl: base });");
    expect(emitClientFile(plain).content).not.toContain("specHeaders");
  });
});

describe("filter conditions", () => {
  const doc = {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {},
    components: {
      schemas: {
        Person: { type: "object", properties: { fullname: { type: "string" } } },
        PersonSearch: {
          type: "object",
          additionalProperties: true,
          "x-specforge-conditions": { fields: { $ref: "#/components/schemas/Person" } },
        },
        Plain: { type: "object", additionalProperties: { type: "string" } },
      },
    },
  };

  it("type the schema as Conditions of the record", () => {
    const text = oneLine(emitSchemaTypes(doc));
    expect(text).toContain(`PersonSearch: Conditions<components["schemas"]["Person"]>;`);
    expect(text).toContain(`Plain: { [key: string]: string; };`);
  });

  it("make types.ts import Conditions only when used", () => {
    expect(emitTypesFile(makeApi([], { usesConditions: true }), "").content).toContain(
      `import type { Conditions } from "./runtime/conditions.js";`,
    );
    expect(emitTypesFile(makeApi([]), "").content).not.toContain("Conditions");
  });
});
