/** Path templates and `in: path` parameters must match one to one, and path parameters are always required. */
import { semanticContext, type SemanticContext } from "../semantic-context.js";
import type { ReportFinding, SemanticRule } from "../rule.js";
import { parseTemplate } from "../path-template.js";
import type { ParameterEntry, PathItemVisit } from "../spec-nodes.js";
import { parameterKey } from "../spec-nodes.js";
import { toPointer } from "../../load/pointer.js";

/**
 * Reports template variables without a path parameter (`undeclared-path-parameter`), path parameters
 * missing from the template (`unused-path-parameter`) and path parameters without `required: true`
 * (`path-parameter-not-required`). @see https://spec.openapis.org/oas/v3.1.0#parameter-object
 */
export const undeclaredPathParameterRule: SemanticRule = {
  code: "undeclared-path-parameter",
  check(document, report, context = semanticContext(document)) {
    const reported = new Set<string>();
    for (const visit of context.pathItems()) {
      if (visit.template === undefined) continue;
      const parsed = parseTemplate(visit.template);
      if (parsed.ok) checkPathItem(context, visit, new Set(parsed.names), { report, reported });
    }
  },
};

interface Sink {
  report: ReportFinding;
  /** Pointers already reported, so a shared parameter is reported once. */
  reported: Set<string>;
}

function checkPathItem(context: SemanticContext, visit: PathItemVisit, names: Set<string>, sink: Sink): void {
  const template = visit.template ?? "";
  const shared = pathParameters(context.parameters(visit.item, visit.at));
  checkListed(shared, names, template, sink);
  for (const op of context.operationsOf(visit)) {
    const own = context.parameters(op.operation, op.at);
    const ownPath = pathParameters(own);
    checkListed(ownPath, names, template, sink);
    const overridden = new Set(
      own
        .map((e) => parameterKey(e.parameter))
        .filter((k) => k?.in === "path")
        .map((k) => k!.name),
    );
    const declared = new Set([
      ...ownPath.map((e) => e.name),
      ...shared.filter((e) => !overridden.has(e.name)).map((e) => e.name),
    ]);
    for (const name of names) {
      if (declared.has(name)) continue;
      sink.report({
        at: op.at,
        message: `path variable {${name}} of ${JSON.stringify(template)} has no parameter for ${op.method.toUpperCase()}; add { name: ${name}, in: path, required: true } to the operation or the path item`,
      });
    }
  }
}

type PathParameter = ParameterEntry & { name: string };

function pathParameters(entries: readonly ParameterEntry[]): PathParameter[] {
  const out: PathParameter[] = [];
  for (const entry of entries) {
    const key = parameterKey(entry.parameter);
    if (key?.in === "path") out.push({ ...entry, name: key.name });
  }
  return out;
}

function checkListed(entries: readonly PathParameter[], names: Set<string>, template: string, sink: Sink): void {
  for (const entry of entries) {
    if (!names.has(entry.name) && once(sink, "unused", entry.at)) {
      sink.report({
        at: entry.at,
        code: "unused-path-parameter",
        message: `path parameter ${JSON.stringify(entry.name)} does not appear in the path ${JSON.stringify(template)}; add {${entry.name}} to the path or change the parameter's "in"`,
      });
    }
    if (entry.parameter["required"] !== true && once(sink, "required", entry.definedAt)) {
      const hasField = Object.prototype.hasOwnProperty.call(entry.parameter, "required");
      sink.report({
        at: hasField ? [...entry.definedAt, "required"] : entry.definedAt,
        code: "path-parameter-not-required",
        message: `path parameter ${JSON.stringify(entry.name)} must have required: true; path parameters are always required`,
      });
    }
  }
}

function once(sink: Sink, kind: string, at: readonly string[]): boolean {
  const key = `${kind} ${toPointer(at)}`;
  if (sink.reported.has(key)) return false;
  sink.reported.add(key);
  return true;
}
