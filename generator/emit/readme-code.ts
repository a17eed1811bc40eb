/** TypeScript snippets for README examples: sample values, calls and member access; spec strings go through the literal helpers. */
import { isPlainPropertyName } from "../naming/identifiers.js";
import { objectKey, quoteString, toCodeLiteral } from "../naming/literals.js";
import type { Api, Operation, Resource, SampleValue } from "../normalize/ir.js";
import { successContents } from "./operation-spec.js";
import { argumentsOptional, hasArguments } from "./operation-types.js";
import { callableWithUsualAuth } from "./readme-usual-auth.js";

/** True for URLs with a scheme; relative server URLs only resolve in browsers. */
export function isAbsoluteUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url);
}

/** `baseUrl: "…", ` when constructing needs one (no servers, or a relative first server), else "". */
export function baseUrlOption(api: Api): string {
  const first = api.environments[0];
  return first && isAbsoluteUrl(first.url) ? "" : `baseUrl: "https://api.example.com", `;
}

/** `project: "demo", ` — the parameter-default options (`x-specforge-client-default`) with sample values, or "". */
export function clientDefaultsOption(api: Api): string {
  return api.clientDefaults
    .map((d) => `${objectKey(d.option)}: ${toCodeLiteral(isScalar(d.param.example) ? d.param.example : "value")}, `)
    .join("");
}

function isScalar(value: unknown): boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** `object.name`, or `object["name"]` when the name is not a plain identifier. */
export function memberAccess(object: string, name: string): string {
  return isPlainPropertyName(name) ? `${object}.${name}` : `${object}[${quoteString(name)}]`;
}

/** A TypeScript expression for a sample value. */
export function sampleCode(value: SampleValue): string {
  if (value.kind === "data") return toCodeLiteral(value.value);
  if (value.kind === "blob") return `new Blob(["file contents"])`;
  if (value.kind === "list") return `[${value.items.map(sampleCode).join(", ")}]`;
  if (value.entries.length === 0) return "{}";
  return `{ ${value.entries.map(([key, v]) => `${objectKey(key)}: ${sampleCode(v)}`).join(", ")} }`;
}

/** The argument object a call needs (its required keys with samples), or undefined when it may be left out. */
export function argumentsCode(op: Operation): string | undefined {
  if (!hasArguments(op)) return undefined;
  const entries = op.readmeArgs ?? [];
  if (entries.length > 0) return sampleCode({ kind: "object", entries });
  return argumentsOptional(op) ? undefined : "{}";
}

/** `client.pets.list(...)` with the sample arguments, and `options` (an object literal text) when given. */
export function callCode(resource: Resource, op: Operation, options?: string): string {
  const target = memberAccess(memberAccess("client", resource.propertyName), op.methodName);
  const args = argumentsCode(op);
  if (options === undefined) return `${target}(${args ?? ""})`;
  if (!hasArguments(op)) return `${target}(${options})`;
  return `${target}(${args ?? "{}"}, ${options})`;
}

/** The call as shown in the operations table: required argument keys only, e.g. `client.pets.get({ id })`. */
export function callSignature(resource: Resource, op: Operation): string {
  const target = memberAccess(memberAccess("client", resource.propertyName), op.methodName);
  if (!hasArguments(op)) return `${target}()`;
  const keys = (op.readmeArgs ?? []).map(([key]) => objectKey(key));
  if (keys.length === 0) return `${target}(${argumentsOptional(op) ? "" : "{ … }"})`;
  const shown = keys.length > 4 ? [...keys.slice(0, 4), "…"] : keys;
  return `${target}({ ${shown.join(", ")} })`;
}

/** A resource's operation to show in examples: the first one that is not deprecated, else the first. */
export function exampleOperation(
  resource: Resource,
  accept: (op: Operation) => boolean = () => true,
): Operation | undefined {
  const candidates = resource.operations.filter(accept);
  return candidates.find((op) => !op.deprecated) ?? candidates[0];
}

/**
 * The simplest operation matching `accept`, with its resource: callable with the quick start's credentials, not
 * deprecated, then GET, then the fewest required arguments; document order breaks ties.
 */
export function findOperation(
  api: Api,
  accept: (op: Operation) => boolean,
): { resource: Resource; op: Operation } | undefined {
  const score = (op: Operation): number =>
    (callableWithUsualAuth(api, op) ? 0 : 10_000) +
    (op.deprecated ? 1000 : 0) +
    (op.method === "get" ? 0 : 100) +
    (op.readmeArgs?.length ?? 0);
  let best: { resource: Resource; op: Operation } | undefined;
  for (const resource of api.resources) {
    for (const op of resource.operations)
      if (accept(op) && (!best || score(op) < score(best.op))) best = { resource, op };
  }
  return best;
}

/** An import line of the package's public names (sorted, deduplicated); `type ` prefixes stay. */
export function importLine(api: Api, names: readonly string[]): string {
  const unique = [...new Set(names)].sort((a, b) => a.replace(/^type /, "").localeCompare(b.replace(/^type /, "")));
  return `import { ${unique.join(", ")} } from ${quoteString(api.packageName)};`;
}

/** The statement that shows a call's result: `for await` over items for paginated calls, else `console.log`. */
export function exampleStatements(resource: Resource, op: Operation, name = "result"): string[] {
  if (op.pagination) return [`for await (const item of ${callCode(resource, op)}) {`, `  console.log(item);`, `}`];
  if (streamsNdjson(op))
    return [`for await (const line of await ${callCode(resource, op)}) {`, `  console.log(line);`, `}`];
  return [`const ${name} = await ${callCode(resource, op)};`, `console.log(${name});`];
}

/** True when every success body of the operation is an NDJSON stream (the call resolves to an async iterable). */
function streamsNdjson(op: Operation): boolean {
  const contents = successContents(op);
  return contents.length > 0 && contents.every((c) => c.encoding === "ndjson");
}
