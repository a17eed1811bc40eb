/** Content models → object properties: sequence, all, choice, group refs and elements with minOccurs/maxOccurs. */
import type { JsonObject } from "../../json-value.js";
import type { XmlElement } from "../wadl/xml-tree.js";
import { XSD_NS } from "./xsd-builtins.js";
import type { XsdContext } from "./xsd-context.js";
import { elementProperty } from "./xsd-element.js";

/** Properties being collected for one object schema. */
export interface ObjectModel {
  properties: Record<string, JsonObject>;
  required: string[];
  /** One object branch (`{ properties: { name }, required: [name] }`) per member of a single, mandatory choice of elements. */
  choices: JsonObject[][];
}

/** How enclosing groups modify a particle: optional when any group may be absent, repeated when any may repeat. */
export interface Occurrence {
  optional: boolean;
  repeated: boolean;
}

/** minOccurs/maxOccurs of a particle (maxOccurs `unbounded` is Infinity); reports malformed values. */
export function occursOf(particle: XmlElement, ctx: XsdContext): { min: number; max: number } {
  const read = (attribute: string): number => {
    const raw = particle.attributes[attribute];
    if (raw === undefined) return 1;
    if (attribute === "maxOccurs" && raw.trim() === "unbounded") return Infinity;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) {
      ctx.problems.error(
        particle,
        "xsd-invalid-occurs",
        `${attribute} must be a non-negative integer${attribute === "maxOccurs" ? " or unbounded" : ""}, got ${JSON.stringify(raw)}`,
        attribute,
      );
      return 1;
    }
    return n;
  };
  return { min: read("minOccurs"), max: read("maxOccurs") };
}

/** Adds the properties a particle (element, sequence, all, choice, group, any) contributes. */
export function collectParticle(particle: XmlElement, model: ObjectModel, outer: Occurrence, ctx: XsdContext): void {
  if (particle.namespace !== XSD_NS) return;
  const { min, max } = occursOf(particle, ctx);
  if (max === 0) return;
  const occurrence: Occurrence = { optional: outer.optional || min === 0, repeated: outer.repeated || max > 1 };
  const handler = Object.hasOwn(PARTICLES, particle.local) ? PARTICLES[particle.local] : undefined;
  handler?.(particle, model, occurrence, { min, max, outerRepeated: outer.repeated }, ctx);
}

/** A particle's own bounds, and whether an enclosing group repeats (then the bounds say nothing about the list). */
interface Occurs {
  min: number;
  max: number;
  outerRepeated: boolean;
}

type ParticleHandler = (
  particle: XmlElement,
  model: ObjectModel,
  occurrence: Occurrence,
  occurs: Occurs,
  ctx: XsdContext,
) => void;

const PARTICLES: Record<string, ParticleHandler> = {
  element: (particle, model, occurrence, occurs, ctx) => addElement(particle, model, occurrence, occurs, ctx),
  sequence: (particle, model, occurrence, _occurs, ctx) => collectChildren(particle, model, occurrence, ctx),
  all: (particle, model, occurrence, _occurs, ctx) => collectChildren(particle, model, occurrence, ctx),
  choice: (particle, model, occurrence, _occurs, ctx) => {
    const branches = particle.children.filter((c) => c.namespace === XSD_NS && c.local !== "annotation");
    collectChildren(particle, model, { ...occurrence, optional: true }, ctx);
    if (
      occurrence.optional ||
      occurrence.repeated ||
      branches.length < 2 ||
      !branches.every((b) => b.local === "element")
    )
      return;
    const names = branches.map((b) => b.attributes["name"] ?? localOf(b.attributes["ref"] ?? ""));
    if (!names.every((name) => Object.hasOwn(model.properties, name))) return;
    model.choices.push(
      names.map((name) => ({ type: "object", properties: { [name]: model.properties[name]! }, required: [name] })),
    );
  },
  group: (particle, model, occurrence, _occurs, ctx) => {
    const decl = ctx.declOf(particle, "ref", "group");
    if (!decl || ctx.depth > 32) return;
    ctx.depth++;
    for (const child of decl.element.children) collectParticle(child, model, occurrence, ctx);
    ctx.depth--;
  },
  any: () => {},
};

function collectChildren(group: XmlElement, model: ObjectModel, occurrence: Occurrence, ctx: XsdContext): void {
  for (const child of group.children) collectParticle(child, model, occurrence, ctx);
}

function addElement(
  particle: XmlElement,
  model: ObjectModel,
  occurrence: Occurrence,
  occurs: Occurs,
  ctx: XsdContext,
): void {
  const property = elementProperty(particle, ctx);
  if (!property) return;
  const { name } = property;
  let schema = property.schema;
  if (occurrence.repeated) {
    schema = { type: "array", items: schema };
    if (occurs.min > 1 && !occurrence.optional && !occurs.outerRepeated) schema["minItems"] = occurs.min;
    if (Number.isFinite(occurs.max) && occurs.max > 1 && !occurs.outerRepeated) schema["maxItems"] = occurs.max;
  }
  if (Object.hasOwn(model.properties, name)) {
    ctx.problems.error(
      particle,
      "xsd-duplicate-property",
      `${JSON.stringify(name)} appears twice in one content model; JSON has one property per name`,
      particle.attributes["name"] !== undefined ? "name" : "ref",
    );
    return;
  }
  model.properties[name] = schema;
  if (!occurrence.optional) model.required.push(name);
}

function localOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon === -1 ? qname : qname.slice(colon + 1);
}
