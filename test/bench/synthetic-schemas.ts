/**
 * The component schemas of the synthetic spec: resources, enums, discriminated unions (oneOf + allOf),
 * self- and mutually-recursive types, nullable and readOnly/writeOnly fields — the shapes real specs mix.
 */
import type { Random } from "./random.js";

/** What to build: exactly `total` schemas, one per resource among them. */
export interface SchemaPlan {
  total: number;
  resources: readonly { name: string; idType: "integer" | "uuid" }[];
}

/** The schemas, plus the names operations refer to. */
export interface BuiltSchemas {
  schemas: Record<string, unknown>;
  unions: string[];
  enums: string[];
}

type Schema = Record<string, unknown>;
interface Names {
  enums: string[];
  unions: string[];
  recursive: string[];
  details: string[];
  resources: string[];
}

const CORE = ["Error", "ValidationError", "PageInfo", "Money", "Address", "Timestamps", "AuditInfo"];
const ENUM_WORDS = [
  "Status",
  "Priority",
  "Channel",
  "Currency",
  "Tier",
  "Visibility",
  "Region",
  "Mode",
  "Level",
  "Stage",
];
const UNION_WORDS = [
  "Payment",
  "Notification",
  "Credential",
  "Trigger",
  "Filter",
  "Rule",
  "Block",
  "Widget",
  "Target",
  "Source",
];
const VARIANT_WORDS = ["Basic", "Advanced", "Custom", "Legacy"];
const DETAIL_WORDS = [
  "Settings",
  "Summary",
  "Profile",
  "Snapshot",
  "Limits",
  "Contact",
  "Schedule",
  "Usage",
  "Option",
  "Note",
];
const RECURSIVE_WORDS = ["Category", "Comment", "Region", "Menu", "Org", "Thread", "Outline", "Path"];

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: "null" }] });
const numbered = (words: readonly string[], i: number): string =>
  `${words[i % words.length]}${i < words.length ? "" : Math.floor(i / words.length) + 1}`;

/** Builds exactly `plan.total` component schemas (at least the 7 core ones plus one per resource). */
export function buildSchemas(random: Random, plan: SchemaPlan): BuiltSchemas {
  const schemas: Record<string, Schema> = {};
  const resources = plan.resources.map((r) => r.name);
  let budget = plan.total - CORE.length - resources.length;
  if (budget < 0)
    throw new Error(`${plan.total} schemas cannot hold ${resources.length} resources and the core schemas`);
  const take = (share: number, min: number): number => {
    const n = Math.min(budget, Math.max(min, Math.round((plan.total - CORE.length - resources.length) * share)));
    budget -= n;
    return n;
  };
  const enumCount = take(0.15, 1);
  const unionBudget = take(0.25, 3);
  const recursiveBudget = take(0.12, 3);
  const names: Names = { enums: [], unions: [], recursive: [], details: [], resources };
  for (let i = 0; i < enumCount; i++) names.enums.push(`${numbered(ENUM_WORDS, i)}Enum`);
  const detailCount = budget;
  for (let i = 0; i < detailCount; i++) names.details.push(`${numbered(DETAIL_WORDS, i)}Detail`);

  const pick = (list: readonly string[], fallback: string): string => (list.length > 0 ? random.pick(list) : fallback);
  const any = {
    enumRef: () => pick(names.enums, "Money"),
    detailRef: () => pick(names.details, "Address"),
    unionRef: () => pick(names.unions, "Money"),
    recursiveRef: () => pick(names.recursive, "Address"),
  };

  addCoreSchemas(schemas);
  addUnionGroups(random, schemas, names, unionBudget);
  addRecursiveSchemas(random, schemas, names, recursiveBudget);
  names.enums.forEach((name, i) => (schemas[name] = enumSchema(random, i)));
  for (const name of names.details) schemas[name] = detailSchema(random, any);
  for (const [i, resource] of plan.resources.entries())
    schemas[resource.name] = resourceSchema(random, { ...resource, others: resources, index: i, ...any });
  if (Object.keys(schemas).length !== plan.total)
    throw new Error(`built ${Object.keys(schemas).length} schemas, planned ${plan.total}`);
  return { schemas: sortKeys(schemas), unions: names.unions, enums: names.enums };
}

function addCoreSchemas(schemas: Record<string, Schema>): void {
  schemas["Error"] = {
    type: "object",
    required: ["code", "message"],
    properties: {
      code: { type: "string" },
      message: { type: "string" },
      requestId: { type: ["string", "null"] },
      details: {
        type: "array",
        items: { type: "object", properties: { field: { type: "string" }, issue: { type: "string" } } },
      },
    },
  };
  schemas["ValidationError"] = {
    allOf: [
      ref("Error"),
      {
        type: "object",
        properties: {
          errors: {
            type: "array",
            items: {
              type: "object",
              required: ["pointer"],
              properties: { pointer: { type: "string" }, message: { type: "string" } },
            },
          },
        },
      },
    ],
  };
  schemas["PageInfo"] = {
    type: "object",
    required: ["hasMore"],
    properties: {
      next: { type: ["string", "null"] },
      total: { type: "integer", minimum: 0 },
      hasMore: { type: "boolean" },
    },
  };
  schemas["Money"] = {
    type: "object",
    required: ["amount", "currency"],
    properties: {
      amount: { type: "string", pattern: "^-?\\d+(\\.\\d+)?$" },
      currency: { type: "string", minLength: 3, maxLength: 3 },
    },
  };
  schemas["Address"] = {
    type: "object",
    properties: {
      line1: { type: "string" },
      line2: { type: ["string", "null"] },
      city: { type: "string" },
      postalCode: { type: "string" },
      country: { type: "string", enum: ["DE", "FR", "GB", "US", "JP"] },
    },
  };
  schemas["Timestamps"] = {
    type: "object",
    properties: {
      createdAt: { type: "string", format: "date-time", readOnly: true },
      updatedAt: { type: "string", format: "date-time", readOnly: true },
    },
  };
  schemas["AuditInfo"] = {
    type: "object",
    properties: { createdBy: { type: "string", readOnly: true }, changeReason: { type: "string", writeOnly: true } },
  };
}

/** Groups of a oneOf union with a discriminator and its variants; every other group shares a base via allOf. */
function addUnionGroups(random: Random, schemas: Record<string, Schema>, names: Names, budget: number): void {
  for (let g = 0; budget >= 3; g++) {
    const union = `${numbered(UNION_WORDS, g)}Union`;
    const withBase = g % 2 === 1 && budget >= 4;
    const variantCount = Math.min(budget - 1 - (withBase ? 1 : 0), random.int(2, 3));
    const leftover = budget - 1 - (withBase ? 1 : 0) - variantCount;
    const count = leftover > 0 && leftover < 3 ? variantCount + leftover : variantCount;
    const base = `${union}Base`;
    if (withBase)
      schemas[base] = {
        type: "object",
        required: ["type"],
        properties: { type: { type: "string" }, label: { type: "string" }, note: { type: ["string", "null"] } },
      };
    const mapping: Record<string, string> = {};
    for (let v = 0; v < count; v++) {
      const variant = `${union}${numbered(VARIANT_WORDS, v)}`;
      const value = numbered(VARIANT_WORDS, v).toLowerCase();
      mapping[value] = `#/components/schemas/${variant}`;
      const own: Schema = {
        type: "object",
        required: ["type"],
        properties: {
          type: { type: "string", const: value },
          [`${value}Value`]: random.chance(0.5) ? { type: "integer" } : { type: "string", maxLength: 80 },
          weight: { type: "number" },
        },
      };
      schemas[variant] = withBase ? { allOf: [ref(base), own] } : own;
    }
    schemas[union] = {
      oneOf: Object.values(mapping).map((target) => ({ $ref: target })),
      discriminator: { propertyName: "type", mapping },
    };
    names.unions.push(union);
    budget -= 1 + (withBase ? 1 : 0) + count;
  }
}

/** Self-recursive trees, mutually recursive pairs and three-cycles. */
function addRecursiveSchemas(random: Random, schemas: Record<string, Schema>, names: Names, budget: number): void {
  for (let i = 0; budget > 0; i++) {
    const word = numbered(RECURSIVE_WORDS, i);
    const size = Math.min(budget, (i % 3) + 1);
    if (size === 1) {
      const name = `${word}Tree`;
      schemas[name] = {
        type: "object",
        required: ["label"],
        properties: {
          label: { type: "string" },
          children: { type: "array", items: ref(name) },
          parent: nullable(ref(name)),
        },
      };
      names.recursive.push(name);
    } else {
      const cycle = Array.from({ length: size }, (_, k) => `${word}${["Folder", "Entry", "Link"][k]}`);
      cycle.forEach((name, k) => {
        const next = cycle[(k + 1) % size]!;
        schemas[name] = {
          type: "object",
          properties: {
            name: { type: "string" },
            [`items`]: { type: "array", items: ref(next) },
            owner: random.chance(0.5) ? nullable(ref(next)) : ref(next),
          },
        };
      });
      names.recursive.push(...cycle);
    }
    budget -= size;
  }
}

function enumSchema(random: Random, i: number): Schema {
  if (i % 5 === 4)
    return { type: "integer", enum: [1, 2, 3, 5, 8].slice(0, random.int(2, 5)), description: "Numeric code." };
  const values = ["draft", "active", "paused", "archived", "deleted", "pending", "failed"].slice(0, random.int(2, 7));
  return i % 7 === 3 ? { type: ["string", "null"], enum: [...values, null] } : { type: "string", enum: values };
}

type Refs = { enumRef: () => string; detailRef: () => string; unionRef: () => string; recursiveRef: () => string };

function detailSchema(random: Random, refs: Refs): Schema {
  const properties: Record<string, Schema> = {};
  const count = random.int(3, 8);
  const kinds: (() => Schema)[] = [
    () => ({ type: "string", format: random.pick(["date-time", "email", "uri", "uuid"]) }),
    () => ({ type: "integer", minimum: 0, maximum: random.int(10, 10_000) }),
    () => ({ type: "number" }),
    () => ({ type: "boolean", default: false }),
    () => ({ type: ["string", "null"], description: "May be null." }),
    () => ref(refs.enumRef()),
    () => ({ type: "array", items: { type: "string" }, maxItems: 20 }),
    () => ({ type: "array", items: ref(refs.detailRef()) }),
    () => ({ type: "object", properties: { key: { type: "string" }, value: { type: ["number", "null"] } } }),
    () => ref(random.pick(["Money", "Address"])),
    () => ({ type: "object", additionalProperties: { type: "integer" } }),
    () => ({ type: "string", readOnly: true }),
    () => ({ type: "string", writeOnly: true, minLength: 8 }),
    () => nullable(ref(refs.recursiveRef())),
  ];
  for (let p = 0; p < count; p++)
    properties[
      `${random.pick(["primary", "secondary", "last", "max", "default", "custom"])}${random.pick(["Value", "Limit", "Label", "Window", "Target", "Owner", "Flag"])}${p}`
    ] = random.pick(kinds)();
  const own: Schema = { type: "object", properties, required: Object.keys(properties).slice(0, random.int(0, 2)) };
  return random.chance(0.2)
    ? { allOf: [ref("AuditInfo"), own] }
    : random.chance(0.3)
      ? { ...own, description: "A detail object." }
      : own;
}

function resourceSchema(
  random: Random,
  r: Refs & { name: string; idType: "integer" | "uuid"; others: readonly string[]; index: number },
): Schema {
  const properties: Record<string, Schema> = {
    id:
      r.idType === "integer" ? { type: "integer", readOnly: true } : { type: "string", format: "uuid", readOnly: true },
    name: { type: "string", minLength: 1, maxLength: 200 },
    status: ref(r.enumRef()),
    labels: { type: "array", items: { type: "string" } },
    parent: nullable(ref(r.name)),
    detail: ref(r.detailRef()),
    config: ref(r.unionRef()),
  };
  if (r.index % 2 === 0) properties["owner"] = ref(random.pick(r.others));
  if (r.index % 3 === 0) properties["secret"] = { type: "string", writeOnly: true };
  if (r.index % 4 === 0) properties["price"] = ref("Money");
  if (r.index % 5 === 0) properties["metadata"] = { type: "object", additionalProperties: { type: "string" } };
  if (r.index % 6 === 0) properties["tree"] = ref(r.recursiveRef());
  const own: Schema = { type: "object", required: ["id", "name"], properties };
  return r.index % 3 === 1 ? { allOf: [ref("Timestamps"), own], description: `A ${r.name}.` } : own;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
