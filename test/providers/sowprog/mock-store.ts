/** The SOWPROG mock's data: entities by kind with `sowprogId` (id, version, dates in epoch ms), client mappings, pictures. */
import type { Doc } from "./mock-format.js";

export type Kind = "event" | "artist" | "location" | "eventGroup" | "eventType" | "eventStyle";

/** Collection path segment of each kind (`/events`, ...). */
export const COLLECTIONS: Readonly<Record<Kind, string>> = {
  event: "events",
  artist: "artists",
  location: "locations",
  eventGroup: "eventGroups",
  eventType: "eventTypes",
  eventStyle: "eventStyles",
};

/** `sowprogId` as the server keeps it. */
export interface SowprogId {
  id: number;
  version: number;
  deleted: boolean;
  creationDate: number;
  modificationDate: number;
}

/** A stored entity: its identity and its data (no links: those depend on the request's base URL). */
export interface Entity {
  readonly kind: Kind;
  sowprogId: SowprogId;
  data: Doc;
}

/** An uploaded picture. */
export interface Picture {
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
  readonly bytes: Buffer;
}

function isObject(value: unknown): value is Doc {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Partial update: objects merge element by element, anything else (lists included) replaces. */
export function mergePartial(target: Doc, patch: Doc): Doc {
  const out: Doc = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] = isObject(current) && isObject(value) ? mergePartial(current, value) : value;
  }
  return out;
}

/** Entities, client mappings and pictures, with the mock's clock for the dates. */
export class SowprogStore {
  readonly #entities = new Map<number, Entity>();
  readonly mappings = new Map<string, number>();
  readonly pictures = new Map<number, Picture>();
  #nextId = 500;

  constructor(private readonly now: () => number) {}

  /** Stores a new entity with version 0. */
  create(kind: Kind, data: Doc): Entity {
    const time = this.now();
    const sowprogId = { id: this.#nextId++, version: 0, deleted: false, creationDate: time, modificationDate: time };
    const entity: Entity = { kind, sowprogId, data };
    this.#entities.set(sowprogId.id, entity);
    return entity;
  }

  /** The entity of `kind` with this id, if any. */
  get(kind: Kind, id: number): Entity | undefined {
    const entity = this.#entities.get(id);
    return entity?.kind === kind && !entity.sowprogId.deleted ? entity : undefined;
  }

  /** Replaces the data and bumps the version and modification date. */
  save(entity: Entity, data: Doc): Entity {
    entity.data = data;
    entity.sowprogId = { ...entity.sowprogId, version: entity.sowprogId.version + 1, modificationDate: this.now() };
    return entity;
  }

  /** Entities of `kind` in id order, modified after `modifiedSince` when given. */
  list(kind: Kind, modifiedSince?: number): Entity[] {
    return [...this.#entities.values()]
      .filter(
        (e) =>
          e.kind === kind &&
          !e.sowprogId.deleted &&
          (modifiedSince === undefined || e.sowprogId.modificationDate > modifiedSince),
      )
      .sort((a, b) => a.sowprogId.id - b.sowprogId.id);
  }

  /** Key of a client mapping. */
  static mappingKey(kind: Kind, clientId: string): string {
    return `${kind}/${clientId}`;
  }
}
