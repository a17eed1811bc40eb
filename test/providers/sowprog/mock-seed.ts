/** Reference data and a few entities the SOWPROG scenarios start from (ids are assigned by the store, from 500). */
import type { Entity, SowprogStore } from "./mock-store.js";

/** What the seed created, by role. */
export interface Seeded {
  readonly concert: Entity;
  readonly dance: Entity;
  readonly contemporary: Entity;
  readonly jazz: Entity;
  readonly artist: Entity;
  readonly theatre: Entity;
  readonly club: Entity;
  readonly festival: Entity;
}

/** Fills the store: event types and styles, an artist, two locations (Paris, Lyon) and a festival. */
export function seedStore(store: SowprogStore): Seeded {
  const concert = store.create("eventType", { label: "Concert" });
  const dance = store.create("eventType", { label: "Danse" });
  const contemporary = store.create("eventStyle", {
    label: "Danse contemporaine",
    eventType: { sowprogId: { id: dance.sowprogId.id } },
  });
  const jazz = store.create("eventStyle", { label: "Jazz", eventType: { sowprogId: { id: concert.sowprogId.id } } });
  const artist = store.create("artist", { name: "Robyn Orlin", website: "https://example.org/robyn-orlin" });
  const theatre = store.create("location", {
    name: "Théâtre de la Ville",
    contact: {
      addressLine1: "2 place du Châtelet",
      zipCode: "75004",
      city: "Paris",
      country: "France",
      latitude: 48.8577,
      longitude: 2.3469,
    },
  });
  const club = store.create("location", {
    name: "Le Sucre",
    contact: {
      addressLine1: "50 quai Rambaud",
      zipCode: "69002",
      city: "Lyon",
      country: "France",
      latitude: 45.7365,
      longitude: 4.8155,
    },
  });
  const festival = store.create("eventGroup", { title: "Festival d'Automne" });
  return { concert, dance, contemporary, jazz, artist, theatre, club, festival };
}
