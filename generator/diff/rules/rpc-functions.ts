/**
 * RPC functions (`x-specforge-rpc` on an operation, functions keyed by name): each function is compared like an
 * operation and reported by its name — added, removed, arguments added/removed/required, argument and result schemas.
 */
import { isJsonObject, type JsonObject } from "../../json-value.js";
import { HTTP_METHODS } from "../../validate/spec-nodes.js";
import type { DiffContext } from "../diff-context.js";
import { diffSchema } from "../schema/diff-schema.js";
import { entriesOf, type Located, type SpecSide } from "../spec-side.js";

/** One function: its node and where it is. */
interface RpcFunction {
  value: JsonObject;
  at: readonly string[];
}

/** One argument (positional `args[i]` by its name, keyword `kwargs`, or file `files`). */
interface RpcArgument {
  label: string;
  value: JsonObject;
  at: readonly string[];
}

/** Every RPC function of a document by name. */
export function rpcFunctionsOf(side: SpecSide): Map<string, RpcFunction> {
  const out = new Map<string, RpcFunction>();
  for (const [path, item] of entriesOf({ value: side.document["paths"], at: ["paths"] })) {
    if (!isJsonObject(item.value)) continue;
    for (const method of HTTP_METHODS) {
      const op = item.value[method];
      const ext = isJsonObject(op) ? op["x-specforge-rpc"] : undefined;
      if (!isJsonObject(ext) || !isJsonObject(ext["functions"])) continue;
      for (const [name, fn] of Object.entries(ext["functions"])) {
        if (isJsonObject(fn) && !out.has(name))
          out.set(name, { value: fn, at: ["paths", path, method, "x-specforge-rpc", "functions", name] });
      }
    }
  }
  return out;
}

function argumentsOf(fn: RpcFunction): Map<string, RpcArgument> {
  const out = new Map<string, RpcArgument>();
  const args = fn.value["args"];
  if (Array.isArray(args)) {
    args.forEach((arg, index) => {
      if (isJsonObject(arg) && typeof arg["name"] === "string")
        out.set(`arg ${index}`, {
          label: `positional argument ${index} \`${arg["name"]}\``,
          value: arg,
          at: [...fn.at, "args", String(index)],
        });
    });
  }
  for (const kind of ["kwargs", "files"] as const) {
    for (const [name, entry] of entriesOf({ value: fn.value[kind], at: [...fn.at, kind] })) {
      if (isJsonObject(entry.value))
        out.set(`${kind} ${name}`, {
          label: `${kind === "files" ? "file" : "keyword"} argument \`${name}\``,
          value: entry.value,
          at: entry.at,
        });
    }
  }
  return out;
}

/** Reports RPC functions added, removed and changed, by function name. */
export function diffRpcFunctions(ctx: DiffContext): void {
  const before = rpcFunctionsOf(ctx.base);
  const after = rpcFunctionsOf(ctx.head);
  for (const [name, fn] of before) {
    const subject = `rpc ${name}`;
    const match = after.get(name);
    if (!match)
      ctx.report({
        rule: "rpc-function-removed",
        class: "breaking",
        subject,
        message: `RPC function ${name} removed`,
        base: fn.at,
      });
    else diffFunction(ctx, subject, fn, match);
  }
  for (const [name, fn] of after) {
    if (!before.has(name))
      ctx.report({
        rule: "rpc-function-added",
        class: "non-breaking",
        additive: true,
        subject: `rpc ${name}`,
        message: `RPC function ${name} added`,
        head: fn.at,
      });
  }
}

function diffFunction(ctx: DiffContext, subject: string, base: RpcFunction, head: RpcFunction): void {
  const at = { base: base.at, head: head.at };
  if (JSON.stringify(base.value["method"]) !== JSON.stringify(head.value["method"])) {
    ctx.report({
      rule: "generated-name-changed",
      class: "breaking",
      subject,
      message: `method name ${String(base.value["method"] ?? "(derived)")} → ${String(head.value["method"] ?? "(derived)")} renames the generated method`,
      ...at,
    });
  }
  if ((base.value["deprecated"] === true) !== (head.value["deprecated"] === true)) {
    const is = head.value["deprecated"] === true;
    ctx.report({
      rule: is ? "rpc-function-deprecated" : "rpc-function-undeprecated",
      class: "non-breaking",
      subject,
      message: `${subject.slice(4)} ${is ? "is deprecated" : "is no longer deprecated"}`,
      ...at,
    });
  }
  diffArguments(ctx, subject, argumentsOf(base), argumentsOf(head), at);
  const result = (fn: RpcFunction) => (isJsonObject(fn.value["result"]) ? fn.value["result"] : {});
  if ((result(base)["binary"] === true) !== (result(head)["binary"] === true)) {
    ctx.report({
      rule: "rpc-result-changed",
      class: "breaking",
      subject,
      message: `result ${result(head)["binary"] === true ? "became a binary stream" : "is no longer a binary stream"}`,
      ...at,
    });
  }
  const schema = (fn: RpcFunction): Located => ({ value: result(fn)["schema"], at: [...fn.at, "result", "schema"] });
  diffSchema(ctx, { direction: "response", subject, label: "result" }, schema(base), schema(head));
}

function diffArguments(
  ctx: DiffContext,
  subject: string,
  before: Map<string, RpcArgument>,
  after: Map<string, RpcArgument>,
  at: { base: readonly string[]; head: readonly string[] },
): void {
  for (const [key, arg] of before) {
    const match = after.get(key);
    if (!match) {
      ctx.report({
        rule: "rpc-argument-removed",
        class: "breaking",
        subject,
        message: `${arg.label} removed`,
        base: arg.at,
        head: at.head,
      });
      continue;
    }
    if (JSON.stringify(arg.value["key"]) !== JSON.stringify(match.value["key"])) {
      ctx.report({
        rule: "generated-name-changed",
        class: "breaking",
        subject,
        message: `${match.label}: argument key ${String(arg.value["key"] ?? "(derived)")} → ${String(match.value["key"] ?? "(derived)")} renames the generated argument`,
        base: arg.at,
        head: match.at,
      });
    }
    const was = arg.value["required"] === true;
    const is = match.value["required"] === true;
    if (was !== is) {
      ctx.report(
        is
          ? {
              rule: "rpc-argument-became-required",
              class: "breaking",
              subject,
              message: `${match.label} became required`,
              base: arg.at,
              head: match.at,
            }
          : {
              rule: "rpc-argument-became-optional",
              class: "non-breaking",
              subject,
              message: `${match.label} became optional`,
              base: arg.at,
              head: match.at,
            },
      );
    }
    diffSchema(
      ctx,
      { direction: "request", subject, label: match.label },
      { value: arg.value["schema"], at: [...arg.at, "schema"] },
      { value: match.value["schema"], at: [...match.at, "schema"] },
    );
  }
  for (const [key, arg] of after) {
    if (before.has(key)) continue;
    ctx.report(
      arg.value["required"] === true
        ? {
            rule: "rpc-required-argument-added",
            class: "breaking",
            subject,
            message: `required ${arg.label} added`,
            base: at.base,
            head: arg.at,
          }
        : {
            rule: "rpc-argument-added",
            class: "non-breaking",
            additive: true,
            subject,
            message: `optional ${arg.label} added`,
            base: at.base,
            head: arg.at,
          },
    );
  }
}
