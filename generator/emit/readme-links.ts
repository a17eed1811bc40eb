/** The README's "Following links" section (`x-specforge-link`): what `follow` does, its targets and an example. */
import type { Api } from "../normalize/ir.js";
import { linkTargetOperations } from "./emit-links-file.js";
import { quoteString } from "../naming/literals.js";
import { importLine } from "./readme-code.js";
import { codeSpan, fencedCode, markdownTable } from "./readme-markdown.js";

/** A function that follows a link both ways: narrowing the union, and expecting the first target. */
function exampleCode(api: Api, linkType: string, target: string): string {
  return fencedCode(
    "ts",
    [
      importLine(api, [`type ${linkType}`]),
      "",
      `async function open(link: ${linkType}) {`,
      "  const followed = await client.follow(link);",
      `  if (followed.operation === ${target}) console.log(followed.data);`,
      `  return client.follow(link, ${target});`,
      "}",
    ].join("\n"),
  );
}

/** The section, or "" when the API declares no link schema. */
export function linksSection(api: Api): string {
  if (api.links === undefined) return "";
  const targets = linkTargetOperations(api);
  const first = targets[0];
  const types = api.links.typeNames.map(codeSpan).join(" or ");
  const intro = [
    `Links the API returns (${types}) are followable: ${codeSpan("client.follow(link)")} resolves the link's href against the`,
    "client's base URL, matches its path to the GET operation below whose path template fits, and sends it like that",
    "operation (auth, retries, timeouts, decoding). It resolves with `{ operation, data }` (`FollowedLink`, narrow on",
    "`operation`); `client.follow(link, operation)` resolves with that operation's data and refuses a link that leads",
    "elsewhere. An href string works too. A link to another origin (host, port, or `http:` from an `https:` base URL),",
    "with user credentials, outside the base path, or whose method is not GET is refused with `ApiRequestError` before",
    "anything is sent: credentials never go to another origin.",
  ].join("\n");
  const example = first === undefined ? [] : [exampleCode(api, api.links.typeNames[0]!, quoteString(first.name))];
  const rows = targets.map((t) => [codeSpan(t.name), codeSpan(t.op.resultTypeName)]);
  return [intro, ...example, markdownTable(["Operation", "Data"], rows)].join("\n\n");
}
