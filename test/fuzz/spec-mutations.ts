/**
 * Mutations that turn a valid document into an invalid one, each guaranteed invalid whatever the document: the
 * generator must answer every one with located diagnostics (never an exception, never a hang).
 */
import fc from "fast-check";

type Doc = Record<string, unknown>;

/** A mutated spec as the file the generator reads (name decides JSON or YAML parsing). */
export interface MutatedSpec {
  kind: string;
  fileName: string;
  text: string;
}

const json = (doc: Doc): string => JSON.stringify(doc, null, 2);
const clone = (doc: Doc): Doc => structuredClone(doc);

function firstOperation(doc: Doc): Doc {
  const paths = doc["paths"] as Record<string, Record<string, Doc>>;
  const item = Object.values(paths)[0]!;
  return Object.values(item)[0]!;
}

/** Document-level mutations: each breaks a rule of the OpenAPI schema or of the generator's semantic checks. */
const DOC_MUTATIONS: Record<string, (doc: Doc, text: string) => Doc> = {
  "missing-info": (doc) => {
    delete doc["info"];
    return doc;
  },
  "unsupported-version": (doc, text) => ({ ...doc, openapi: text.length % 2 === 0 ? "2.5.0" : "4.0.0" }),
  "dangling-ref": (doc) => {
    firstOperation(doc)["responses"] = {
      "200": {
        description: "x",
        content: { "application/json": { schema: { $ref: "#/components/schemas/NoSuch~1Thing" } } },
      },
    };
    return doc;
  },
  "responses-not-object": (doc, text) => {
    firstOperation(doc)["responses"] = text;
    return doc;
  },
  "invalid-schema-type": (doc) => {
    firstOperation(doc)["responses"] = {
      "200": { description: "x", content: { "application/json": { schema: { type: "strin" } } } },
    };
    return doc;
  },
  "undeclared-path-variable": (doc) => {
    const paths = doc["paths"] as Record<string, unknown>;
    paths["/zz/{undeclared}"] = { get: { operationId: "zzUndeclared", responses: { "200": { description: "x" } } } };
    return doc;
  },
  "duplicate-operation-id": (doc) => {
    const paths = doc["paths"] as Record<string, unknown>;
    const id = firstOperation(doc)["operationId"];
    paths["/zz-duplicate"] = { get: { operationId: id, responses: { "200": { description: "x" } } } };
    return doc;
  },
  "unknown-info-field": (doc, text) => {
    (doc["info"] as Doc)[`unknown${text.length}`] = text;
    return doc;
  },
  "path-without-slash": (doc) => {
    const paths = doc["paths"] as Record<string, unknown>;
    paths["no-slash"] = {};
    return doc;
  },
  "parameter-without-in": (doc, text) => {
    firstOperation(doc)["parameters"] = [{ name: text || "p", schema: { type: "string" } }];
    return doc;
  },
};

/** Text-level mutations: broken syntax at a random place. */
const TEXT_MUTATIONS: Record<string, (text: string, at: number) => MutatedSpec> = {
  "truncated-json": (text, at) => ({
    kind: "truncated-json",
    fileName: "openapi.json",
    text: text.slice(0, 1 + (at % (text.length - 2))),
  }),
  "stray-byte-json": (text, at) => {
    const i = 1 + (at % (text.length - 2));
    return { kind: "stray-byte-json", fileName: "openapi.json", text: `${text.slice(0, i)}\u0000}${text.slice(i)}` };
  },
  "yaml-tab-indent": (text) => ({
    kind: "yaml-tab-indent",
    fileName: "openapi.yaml",
    text: `openapi: 3.1.0\ninfo:\n\ttitle: x\n\tversion: "1"\npaths: {}\nx-doc: ${JSON.stringify(text.slice(0, 200))}\n`,
  }),
  "yaml-duplicate-key": (text) => ({
    kind: "yaml-duplicate-key",
    fileName: "openapi.yaml",
    text: `openapi: 3.1.0\nopenapi: 3.0.0\ninfo: { title: x, version: "1" }\npaths: {}\nx-doc: ${JSON.stringify(text.slice(0, 200))}\n`,
  }),
};

/** A valid document mutated by one document or text mutation, as file text. */
export function mutatedSpec(valid: fc.Arbitrary<Doc>): fc.Arbitrary<MutatedSpec> {
  const docKinds = Object.keys(DOC_MUTATIONS);
  const textKinds = Object.keys(TEXT_MUTATIONS);
  return fc
    .record({
      doc: valid,
      kind: fc.constantFrom(...docKinds, ...textKinds),
      text: fc.string({ maxLength: 6 }),
      at: fc.nat(),
    })
    .map(({ doc, kind, text, at }) => {
      const docMutation = DOC_MUTATIONS[kind];
      if (docMutation) return { kind, fileName: "openapi.json", text: json(docMutation(clone(doc), text)) };
      return TEXT_MUTATIONS[kind]!(json(doc), at);
    });
}
