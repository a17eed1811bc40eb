/** The client's `follow(link)` (`x-specforge-link`): overloads typed by `src/links.ts`, calling the runtime's `follow` and `followTo` (client-follow.ts). */
import type { MethodDeclarationStructure, OptionalKind, PropertyDeclarationStructure } from "ts-morph";
import { isPlainPropertyName } from "../naming/identifiers.js";
import { jsDocText, quoteString } from "../naming/literals.js";
import { LINK_TYPE_NAMES } from "../normalize/build-links.js";
import type { Api, LinkSchemas } from "../normalize/ir.js";
import { linkTargetOperations } from "./emit-links-file.js";

const { results, operation, followed } = LINK_TYPE_NAMES;

/** Imports client.ts needs for `follow` (none without link schemas). */
export function linkImports(api: Api): string[] {
  if (api.links === undefined) return [];
  return [
    `import { follow, followTo } from "./runtime/client-follow.js";`,
    `import { linkTargets, type ${followed}, type ${operation}, type ${results} } from "./links.js";`,
  ];
}

/** Type names client.ts imports from types.ts for `follow`. */
export function linkTypeImports(api: Api): string[] {
  return api.links?.typeNames ?? [];
}

/** The private `#client` the client keeps for `follow`. */
export function linkClientProperty(api: Api): OptionalKind<PropertyDeclarationStructure>[] {
  return api.links === undefined ? [] : [{ name: "#client", type: "ApiClientCore", isReadonly: true }];
}

/** Constructor statement that keeps the runtime client. */
export function linkClientInit(api: Api): string[] {
  return api.links === undefined ? [] : ["this.#client = client;"];
}

function access(name: string): string {
  return isPlainPropertyName(name) ? `link.${name}` : `link[${quoteString(name)}]`;
}

function linkValue(links: LinkSchemas): string {
  const method = links.method === undefined ? "" : `, method: ${access(links.method)}`;
  return `typeof link === "string" ? { href: link } : { href: ${access(links.href)}${method} }`;
}

const FOLLOW_DOCS = [
  "Follows a hypermedia link of the API (or an href): the href is resolved against the base URL and matched to the GET",
  "operation whose path template fits it, then sent like that operation (auth, retries, decoding in XML or JSON).",
  "Links to another origin (host, port, or https→http), with user credentials, or for another method than GET are",
  "refused with `ApiRequestError` before anything is sent. Resolves with `{ operation, data }`; narrow on `operation`.",
].join("\n");

/** Docs of the overload with `expected`, its example the API's first link target. */
function expectedDocs(api: Api): string {
  const first = linkTargetOperations(api)[0];
  const example = first === undefined ? "" : ` (e.g. \`${jsDocText(quoteString(first.name))}\`)`;
  return [
    `Follows a link that must lead to the operation \`expected\`${example} and resolves with its data;`,
    "a link that leads elsewhere is refused with `ApiRequestError` before anything is sent.",
  ].join("\n");
}

/** The `follow` method with its two overloads. */
export function followMethod(api: Api): OptionalKind<MethodDeclarationStructure>[] {
  if (api.links === undefined) return [];
  const linkType = [...api.links.typeNames, "string"].join(" | ");
  return [
    {
      name: "follow",
      overloads: [
        {
          docs: [FOLLOW_DOCS],
          parameters: [
            { name: "link", type: linkType },
            { name: "options", type: "RequestOptions", hasQuestionToken: true },
          ],
          returnType: `ApiPromise<${followed}>`,
        },
        {
          docs: [expectedDocs(api)],
          typeParameters: [{ name: "K", constraint: operation }],
          parameters: [
            { name: "link", type: linkType },
            { name: "expected", type: "K" },
            { name: "options", type: "RequestOptions", hasQuestionToken: true },
          ],
          returnType: `ApiPromise<${results}[K]>`,
        },
      ],
      parameters: [
        { name: "link", type: linkType },
        { name: "expectedOrOptions", type: `${operation} | RequestOptions`, hasQuestionToken: true },
        { name: "options", type: "RequestOptions", hasQuestionToken: true },
      ],
      returnType: `ApiPromise<${followed}> | ApiPromise<${results}[${operation}]>`,
      statements: [
        `const target = ${linkValue(api.links)};`,
        `if (typeof expectedOrOptions === "string") return followTo<${results}[${operation}]>(this.#client, target, linkTargets, expectedOrOptions, options);`,
        `return follow<${followed}>(this.#client, target, linkTargets, expectedOrOptions);`,
      ],
    },
  ];
}
