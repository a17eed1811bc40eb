/**
 * The runtime features a generated client wires into `ApiClientCore`: auth only when the spec has security schemes,
 * the body encoders of the media types its operations send and the decoding its responses need, so a bundler leaves
 * every other feature out.
 */
import type { Api, BodyEncoding } from "../normalize/ir.js";
import { oauthSchemes } from "./client-auth.js";
import { hasFileArguments } from "./rpc-function.js";

/** The runtime's exported encoder per body encoding (templates/runtime/bodies.ts and body-encoders.ts). */
const ENCODER_NAMES: Readonly<Record<BodyEncoding, string>> = {
  json: "encodeJson",
  form: "encodeForm",
  multipart: "encodeMultipart",
  xml: "encodeXml",
  text: "encodeText",
  binary: "encodeBinary",
  ndjson: "encodeNdjson",
};

/** The body encodings any call of the API can send, in `ENCODER_NAMES` order (RPC calls send form or multipart). */
export function bodyEncodings(api: Api): BodyEncoding[] {
  const used = new Set<BodyEncoding>();
  for (const op of api.resources.flatMap((r) => r.operations)) {
    for (const variant of op.body?.variants ?? []) used.add(variant.encoding);
    if (op.rpc !== undefined) used.add("form");
    if (hasFileArguments(op.rpc)) used.add("multipart");
  }
  return (Object.keys(ENCODER_NAMES) as BodyEncoding[]).filter((e) => used.has(e));
}

/** The decoding features (runtime decode-features.ts) the API's responses need. */
export function decodingFeatures(api: Api): string[] {
  const ops = api.resources.flatMap((r) => r.operations);
  const contents = ops.flatMap((op) => op.responses.flatMap((r) => r.contents));
  return [
    ...(contents.some((c) => c.encoding === "ndjson") ? ["NDJSON_DECODING"] : []),
    ...(ops.some((op) => op.rpc?.errorsAsText === true) ? ["HTML_ERROR_TEXT"] : []),
    ...(api.usesXml || contents.some((c) => c.arrays !== undefined) ? ["SINGLE_ITEM_ARRAYS"] : []),
  ];
}

/** Imports and the module-level `features` constant (none when the runtime's defaults, JSON only and no auth, fit). */
export function clientFeatures(api: Api): { imports: string[]; statements: string[] } {
  const auth = api.securitySchemes.length > 0;
  const encodings = bodyEncodings(api);
  const needsEncoders = encodings.some((e) => e !== "json");
  const decoding = decodingFeatures(api);
  const imports = [
    ...(auth ? [`import { createAuth } from "./runtime/auth.js";`] : []),
    ...(oauthSchemes(api).length > 0 ? [`import { oauth2SessionOf } from "./runtime/oauth2-session.js";`] : []),
    ...(needsEncoders && encodings.includes("json") ? [`import { encodeJson } from "./runtime/bodies.js";`] : []),
    ...(needsEncoders && encodings.some((e) => e !== "json")
      ? [
          `import { ${encodings
            .filter((e) => e !== "json")
            .map((e) => ENCODER_NAMES[e])
            .join(", ")} } from "./runtime/body-encoders.js";`,
        ]
      : []),
    ...(decoding.length > 0 ? [`import { ${decoding.join(", ")} } from "./runtime/decode-features.js";`] : []),
  ];
  const decodingValue = decoding.length === 1 ? decoding[0]! : `{ ${decoding.map((d) => `...${d}`).join(", ")} }`;
  const members = [
    ...(auth ? ["auth: createAuth"] : []),
    ...(needsEncoders ? [`bodyEncoders: { ${encodings.map((e) => `${e}: ${ENCODER_NAMES[e]}`).join(", ")} }`] : []),
    ...(decoding.length > 0 ? [`decoding: ${decodingValue}`] : []),
  ];
  if (members.length === 0) return { imports, statements: [] };
  return {
    imports,
    statements: [
      `/** The runtime features this API uses (the rest stay out of a bundle). */\nconst features: ClientFeatures = { ${members.join(", ")} };`,
    ],
  };
}
