/** The WADL reader, construct by construct: given a WADL fragment, want the OpenAPI it becomes. */
import { describe, expect, it } from "vitest";
import { application, at, convertFiles, NS } from "./wadl-harness.js";

const XSD = `<xs:schema targetNamespace="urn:t" xmlns:t="urn:t" elementFormDefault="qualified">
  <xs:element name="item"><xs:complexType><xs:sequence><xs:element name="id" type="xs:int"/></xs:sequence></xs:complexType></xs:element>
  <xs:element name="other" type="xs:string"/>
  <xs:simpleType name="size"><xs:restriction base="xs:int"><xs:maxInclusive value="9"/></xs:restriction></xs:simpleType>
</xs:schema>`;
const T = `xmlns:t="urn:t"`;
const ok200 = `<response status="200"/>`;

interface Case {
  name: string;
  wadl: string;
  files?: Record<string, string>;
  pointer: string[];
  want: unknown;
}

const cases: Case[] = [
  {
    name: "nested resources join their paths with one slash",
    wadl: application(
      `<resource path="/a/"><resource path="b"><resource path="/c"><method name="GET" id="getC">${ok200}</method></resource></resource></resource>`,
    ),
    pointer: ["paths", "/a/b/c", "get", "operationId"],
    want: "getC",
  },
  {
    name: "an empty root path is /",
    wadl: application(`<resource path=""><method name="GET" id="root">${ok200}</method></resource>`),
    pointer: ["paths", "/", "get", "operationId"],
    want: "root",
  },
  {
    name: "a regex-constrained template segment becomes a pattern on the declared path param",
    wadl: application(
      `<resource path="items/{id: [0-9]+}"><param name="id" style="template" type="xs:long"/><method name="GET" id="get">${ok200}</method></resource>`,
    ),
    pointer: ["paths", "/items/{id}", "get", "parameters"],
    want: [
      { name: "id", in: "path", required: true, schema: { type: "integer", format: "int64", pattern: "^(?:[0-9]+)$" } },
    ],
  },
  {
    name: "braces inside a template regex are balanced; an undeclared variable is a string param",
    wadl: application(
      `<resource path="years/{year: [0-9]{4}}"><method name="GET" id="get">${ok200}</method></resource>`,
    ),
    pointer: ["paths", "/years/{year}", "get", "parameters"],
    want: [{ name: "year", in: "path", required: true, schema: { type: "string", pattern: "^(?:[0-9]{4})$" } }],
  },
  {
    name: "template params declared on a parent apply to nested resources",
    wadl: application(
      `<resource path="a/{x}"><param name="x" style="template" type="xs:int"/><resource path="b"><method name="GET" id="get">${ok200}</method></resource></resource>`,
    ),
    pointer: ["paths", "/a/{x}/b", "get", "parameters", "0", "schema"],
    want: { type: "integer", format: "int32" },
  },
  {
    name: "query params: type, required, repeating, default, fixed and options",
    wadl: application(`<resource path="s"><method name="GET" id="search"><request>
      <param name="q" style="query" type="xs:string" required="true"><doc>Text.</doc></param>
      <param name="tag" style="query" type="xs:string" repeating="true"/>
      <param name="limit" style="query" type="xs:int" default="20"/>
      <param name="v" style="query" type="xs:string" fixed="2"/>
      <param name="order" style="query" type="xs:string" default="asc"><option value="asc"><doc>Oldest first.</doc></option><option value="desc"/></param>
    </request>${ok200}</method></resource>`),
    pointer: ["paths", "/s", "get", "parameters"],
    want: [
      { name: "q", in: "query", description: "Text.", required: true, schema: { type: "string" } },
      { name: "tag", in: "query", schema: { type: "array", items: { type: "string" } } },
      { name: "limit", in: "query", schema: { type: "integer", format: "int32", default: 20 } },
      { name: "v", in: "query", schema: { type: "string", const: "2", default: "2" } },
      {
        name: "order",
        in: "query",
        description: "- `asc`: Oldest first.",
        schema: { type: "string", enum: ["asc", "desc"], default: "asc" },
      },
    ],
  },
  {
    name: "a param's link children are described",
    wadl: application(
      `<resource path="l"><method name="GET" id="get"><request><param name="next" style="query" type="xs:anyURI"><link resource_type="#page" rel="next"/></param></request>${ok200}</method></resource>`,
    ),
    pointer: ["paths", "/l", "get", "parameters", "0", "description"],
    want: "Links to a `page` resource (rel `next`).",
  },
  {
    name: "header params on a resource apply to its methods; a method's own param wins",
    wadl: application(`<resource path="h"><param name="X-A" style="header" type="xs:string"/><param name="X-B" style="header" type="xs:string"/>
      <method name="GET" id="get"><request><param name="X-B" style="header" type="xs:int" required="true"/></request>${ok200}</method></resource>`),
    pointer: ["paths", "/h", "get", "parameters"],
    want: [
      { name: "X-A", in: "header", schema: { type: "string" } },
      { name: "X-B", in: "header", required: true, schema: { type: "integer", format: "int32" } },
    ],
  },
  {
    name: "a matrix param becomes a matrix-style path param after its segment",
    wadl: application(
      `<resource path="cars"><param name="color" style="matrix" type="xs:string" required="true"/><method name="GET" id="list">${ok200}</method></resource>`,
    ),
    pointer: ["paths", "/cars{color}", "get", "parameters"],
    want: [{ name: "color", in: "path", required: true, style: "matrix", schema: { type: "string" } }],
  },
  {
    name: "a param type names a simple type of the grammar; its default is typed through it",
    wadl: application(
      `<resource path="p"><method name="GET" id="get"><request><param name="n" style="query" type="t:size" default="3"/></request>${ok200}</method></resource>`,
      { grammars: XSD },
    ).replace("<application ", `<application ${T} `),
    pointer: ["paths", "/p", "get", "parameters", "0", "schema"],
    want: { $ref: "#/components/schemas/size", default: 3 },
  },
  {
    name: "representations: element QNames as $refs, one entry per media type, two elements of one type as oneOf",
    wadl: application(
      `<resource path="r"><method name="GET" id="get"><response status="200">
      <representation mediaType="application/xml" element="t:item"/><representation mediaType="application/json" element="t:item"/>
      <representation mediaType="application/json" element="t:other"/></response></method></resource>`,
      { grammars: XSD },
    ).replace("<application ", `<application ${T} `),
    pointer: ["paths", "/r", "get", "responses", "200", "content"],
    want: {
      "application/xml": { schema: { $ref: "#/components/schemas/item" } },
      "application/json": {
        schema: { oneOf: [{ $ref: "#/components/schemas/item" }, { $ref: "#/components/schemas/other" }] },
      },
    },
  },
  {
    name: "form representations: params become properties; multipart binary types become binary parts",
    wadl: application(`<resource path="f"><method name="POST" id="upload"><request>
      <representation mediaType="multipart/form-data"><param name="file" style="query" type="xs:base64Binary" required="true"/><param name="note" style="plain" type="xs:string"/></representation>
    </request>${ok200}</method></resource>`),
    pointer: ["paths", "/f", "post", "requestBody"],
    want: {
      required: true,
      content: {
        "multipart/form-data": {
          schema: {
            type: "object",
            properties: { file: { type: "string", format: "binary" }, note: { type: "string" } },
            required: ["file"],
          },
        },
      },
    },
  },
  {
    name: "representations without an element: text is a string, binary media types are binary",
    wadl: application(
      `<resource path="d"><method name="GET" id="get"><response status="200"><representation mediaType="text/csv"/><representation mediaType="image/png"/></response></method></resource>`,
    ),
    pointer: ["paths", "/d", "get", "responses", "200", "content"],
    want: { "text/csv": { schema: { type: "string" } }, "image/png": { schema: { type: "string", format: "binary" } } },
  },
  {
    name: "a status list gives each status the same response; response header params become headers",
    wadl: application(
      `<resource path="s"><method name="PUT" id="put"><response status="200 204"><doc>Saved.</doc><param name="ETag" style="header" type="xs:string" required="true"/></response></method></resource>`,
    ),
    pointer: ["paths", "/s", "put", "responses"],
    want: {
      "200": { description: "Saved.", headers: { ETag: { required: true, schema: { type: "string" } } } },
      "204": { description: "Saved.", headers: { ETag: { required: true, schema: { type: "string" } } } },
    },
  },
  {
    name: "a method without responses gets a plain 200",
    wadl: application(`<resource path="n"><method name="DELETE" id="del"/></resource>`),
    pointer: ["paths", "/n", "delete", "responses"],
    want: { "200": { description: "Success (the WADL describes no response)." } },
  },
  {
    name: "doc elements: the title is the summary, the text the description",
    wadl: application(`<resource path="d"><method name="GET" id="get"><doc title="Read it">Reads
      the <b>thing</b>.</doc>${ok200}</method></resource>`),
    pointer: ["paths", "/d", "get"],
    want: {
      operationId: "get",
      summary: "Read it",
      description: "Reads\nthe thing.",
      responses: { "200": { description: "Response." } },
    },
  },
  {
    name: "methods by href, defined once at application level",
    wadl: `<application ${NS}><resources base="https://x.test"><resource path="a"><method href="#ping"/></resource></resources><method name="HEAD" id="ping">${ok200}</method></application>`,
    pointer: ["paths", "/a", "head", "operationId"],
    want: "ping",
  },
  {
    name: "params and representations by href",
    wadl: `<application ${NS}><resources base="https://x.test"><resource path="a"><method name="POST" id="post"><request><param href="#p"/><representation href="#r"/></request>${ok200}</method></resource></resources>
      <param id="p" name="dry" style="query" type="xs:boolean" default="false"/><representation id="r" mediaType="text/plain"/></application>`,
    pointer: ["paths", "/a", "post"],
    want: {
      operationId: "post",
      parameters: [{ name: "dry", in: "query", schema: { type: "boolean", default: false } }],
      requestBody: { required: true, content: { "text/plain": { schema: { type: "string" } } } },
      responses: { "200": { description: "Response." } },
    },
  },
  {
    name: "resource_types contribute params, methods and nested resources; a shared method id is prefixed by its path",
    wadl: `<application ${NS}><resources base="https://x.test"><resource path="users" type="#coll"/><resource path="teams" type="#coll #tenant"/></resources>
      <resource_type id="coll"><method name="GET" id="list">${ok200}</method><resource path="{id}"><method name="GET">${ok200}</method></resource></resource_type>
      <resource_type id="tenant"><param name="X-Tenant" style="header" type="xs:string" required="true"/></resource_type></application>`,
    pointer: ["paths"],
    want: {
      "/users": { get: { operationId: "users_list", responses: { "200": { description: "Response." } } } },
      "/users/{id}": {
        get: {
          operationId: "get_users_by_id",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "Response." } },
        },
      },
      "/teams": {
        get: {
          operationId: "teams_list",
          parameters: [{ name: "X-Tenant", in: "header", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "Response." } },
        },
      },
      "/teams/{id}": {
        get: {
          operationId: "get_teams_by_id",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "Response." } },
        },
      },
    },
  },
  {
    name: "the 2006 namespace: response representations are 200, faults carry their own status",
    wadl: application(
      `<resource path="w"><method name="GET" id="get"><response><representation mediaType="text/plain"/><fault status="404 410" mediaType="text/plain"><doc>Gone.</doc></fault></response></method></resource>`,
      { ns: `xmlns="http://research.sun.com/wadl/2006/10"` },
    ),
    pointer: ["paths", "/w", "get", "responses"],
    want: {
      "200": { description: "Response.", content: { "text/plain": { schema: { type: "string" } } } },
      "404": { description: "Gone.", content: { "text/plain": { schema: { type: "string" } } } },
      "410": { description: "Gone.", content: { "text/plain": { schema: { type: "string" } } } },
    },
  },
  {
    name: "the 2006 namespace: a representation with a status of its own is a response of that status",
    wadl: application(
      `<resource path="w"><method name="POST" id="post"><response><representation mediaType="text/plain"/><representation status="201" mediaType="text/csv"><doc>Made.</doc></representation></response></method></resource>`,
      { ns: `xmlns="http://research.sun.com/wadl/2006/10"` },
    ),
    pointer: ["paths", "/w", "post", "responses"],
    want: {
      "200": { description: "Response.", content: { "text/plain": { schema: { type: "string" } } } },
      "201": { description: "Made.", content: { "text/csv": { schema: { type: "string" } } } },
    },
  },
  {
    name: "resources base becomes the server, without its trailing slash; the application doc is the info",
    wadl: `<application ${NS}><doc title="Shop">Buy things.</doc><resources base="https://shop.test/api/"/></application>`,
    pointer: [],
    want: {
      openapi: "3.1.0",
      info: { title: "Shop", version: "1.0.0", description: "Buy things." },
      servers: [{ url: "https://shop.test/api" }],
      paths: {},
    },
  },
  {
    name: "included grammars (and their xs:include) are read from the spec folder",
    wadl: `<application ${NS}><grammars><include href="schemas/a.xsd"/></grammars><resources base="https://x.test"/></application>`,
    files: {
      "schemas/a.xsd": `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="b.xsd"/><xs:element name="a" type="xs:string"/></xs:schema>`,
      "schemas/b.xsd": `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="b" type="xs:int"/></xs:schema>`,
    },
    pointer: ["components", "schemas"],
    want: { a: { type: "string", xml: { name: "a" } }, b: { type: "integer", format: "int32", xml: { name: "b" } } },
  },
  {
    name: "an unprefixed element QName falls back to the no-namespace grammar (Jersey/Enunciate style)",
    wadl: `<application ${NS}><grammars><xs:schema><xs:element name="event" type="xs:string"/></xs:schema></grammars><resources base="https://x.test"><resource path="e"><method name="GET" id="get"><response status="200"><representation mediaType="application/xml" element="event"/></response></method></resource></resources></application>`,
    pointer: ["paths", "/e", "get", "responses", "200", "content", "application/xml", "schema"],
    want: { $ref: "#/components/schemas/event" },
  },
  {
    name: "operationIds: ids as written, verb + last segment without one, numbered on clashes",
    wadl: application(
      `<resource path="a"><method name="GET">${ok200}</method><method name="POST" id="make">${ok200}</method></resource><resource path="b/a"><method name="GET">${ok200}</method></resource>`,
    ),
    pointer: ["paths"],
    want: {
      "/a": {
        get: { operationId: "get_a", responses: { "200": { description: "Response." } } },
        post: { operationId: "make", responses: { "200": { description: "Response." } } },
      },
      "/b/a": { get: { operationId: "get_a_2", responses: { "200": { description: "Response." } } } },
    },
  },
];

describe("WADL reader", () => {
  it.each(cases)("$name", async ({ wadl, files, pointer, want }) => {
    const document = await convertFiles({ "api.wadl": wadl, ...files });
    expect(at(document, ...pointer)).toEqual(want);
  });
});
