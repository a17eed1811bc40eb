/** XML error bodies: decoded with the client's codec into the declared shape (by status, range, default), else text. */
import { describe, expect, it } from "vitest";
import { ApiClient, ApiStatusError, type OperationSpec, type XmlShape } from "../../templates/runtime/index.js";
import { xmlCodec } from "../../templates/runtime/xml.js";
import { useTestServer } from "./shared-setup.js";

const server = useTestServer();

const MESSAGE: XmlShape = {
  name: "message",
  properties: {
    errorMessages: {
      array: true,
      items: { properties: { errorCode: { type: "string" }, element: { type: "string" }, line: { type: "integer" } } },
    },
  },
};

function op(errorXml: OperationSpec["response"]["errorXml"]): OperationSpec {
  return {
    method: "GET",
    path: "/things",
    params: [],
    response: errorXml === undefined ? { accept: "application/xml" } : { accept: "application/xml", errorXml },
  };
}

const ONE_ERROR =
  '<?xml version="1.0"?><message><errorMessages><errorCode>MANDATORY_ELEMENT</errorCode><element>title</element><line>7</line></errorMessages></message>';

function answer(status: number, body: string, type = "application/xml"): void {
  server.handle((_req, res) => {
    res.writeHead(status, { "content-type": type });
    res.end(body);
  });
}

async function errorBody(client: ApiClient, spec: OperationSpec): Promise<unknown> {
  const error = await Promise.resolve(client.request(spec)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiStatusError);
  return (error as ApiStatusError).body;
}

describe("XML error bodies", () => {
  const client = (): ApiClient => new ApiClient({ baseUrl: server.url, maxRetries: 0, codecs: { xml: xmlCodec } });

  it.each([
    ["the exact status", { "400": MESSAGE }],
    ["the status range", { "4XX": MESSAGE }],
    ["default", { default: MESSAGE }],
  ])(
    "decode into the shape declared for %s: one element is still a list, numbers are numbers",
    async (_label, shapes) => {
      answer(400, ONE_ERROR);
      expect(await errorBody(client(), op(shapes))).toEqual({
        errorMessages: [{ errorCode: "MANDATORY_ELEMENT", element: "title", line: 7 }],
      });
    },
  );

  it("prefer the exact status over the range", async () => {
    answer(409, ONE_ERROR);
    const other: XmlShape = { name: "message", properties: { errorMessages: { type: "string" } } };
    expect(await errorBody(client(), op({ "4XX": other, "409": MESSAGE }))).toMatchObject({
      errorMessages: [{ line: 7 }],
    });
  });

  it("decode without a declared shape as the codec reads any XML", async () => {
    answer(500, ONE_ERROR);
    expect(await errorBody(client(), op(undefined))).toEqual({
      errorMessages: { errorCode: "MANDATORY_ELEMENT", element: "title", line: "7" },
    });
  });

  it("stay text when the client has no XML codec, when the XML is malformed, and for a DOCTYPE", async () => {
    answer(400, ONE_ERROR);
    expect(await errorBody(new ApiClient({ baseUrl: server.url, maxRetries: 0 }), op({ "400": MESSAGE }))).toBe(
      ONE_ERROR,
    );
    answer(400, "<message><unclosed></message>");
    expect(await errorBody(client(), op({ "400": MESSAGE }))).toBe("<message><unclosed></message>");
    const doctype = '<!DOCTYPE m [<!ENTITY x "y">]><message>&x;</message>';
    answer(400, doctype);
    expect(await errorBody(client(), op({ "400": MESSAGE }))).toBe(doctype);
  });

  it("leave JSON and text error bodies as before", async () => {
    answer(400, '{"errorMessages":[]}', "application/json");
    expect(await errorBody(client(), op({ "400": MESSAGE }))).toEqual({ errorMessages: [] });
    answer(400, "plain", "text/plain");
    expect(await errorBody(client(), op({ "400": MESSAGE }))).toBe("plain");
  });
});
