/**
 * The Site Stacker mock's data: rows per table (ids are strings, as the API sends them) and the renderers that turn
 * rows into the documented representations (a person with their main email, phone and address; an address with its
 * person, state and country; …).
 */

/** A stored row or a rendered record. */
export type Row = Record<string, unknown>;

const TABLES = [
  "people",
  "personTypes",
  "addresses",
  "emails",
  "phones",
  "relationships",
  "entityData",
  "campaigns",
  "batches",
  "contributions",
  "historicGifts",
  "recurrings",
  "tagCategories",
  "tags",
  "types",
  "items",
  "webhooks",
] as const;

/** A table name. */
export type Table = (typeof TABLES)[number];

const STATES: Readonly<Record<string, string>> = { OH: "Ohio", CA: "California", ON: "Ontario", NY: "New York" };
const COUNTRIES: Readonly<Record<string, [string, string]>> = { US: ["United States", "USD"], CA: ["Canada", "CAD"] };
const RELATION_TYPES: Readonly<Record<string, [string, string]>> = {
  spouse: ["1", "Spouse"],
  parent: ["2", "Parent"],
  child: ["3", "Child"],
  employer: ["4", "Employer"],
};

/** Every table, the person-type assignments and the id counter. */
export class SiteStackerStore {
  readonly tables: Readonly<Record<Table, Map<string, Row>>> = Object.fromEntries(
    TABLES.map((t) => [t, new Map<string, Row>()]),
  ) as Record<Table, Map<string, Row>>;
  /** `[personId, personTypeId]` pairs. */
  readonly personTypeLinks: [string, string][] = [];
  #nextId = 1;

  constructor(private readonly clock: () => number) {}

  /** A fresh id (ids are unique across tables, like auto-increment keys that never collide in tests). */
  nextId(): string {
    return String(this.#nextId++);
  }

  /** The mock's time as the reference's examples write it: `YYYY-MM-DD HH:MM:SS` (UTC). */
  timestamp(): string {
    return new Date(this.clock()).toISOString().slice(0, 19).replace("T", " ");
  }

  /** Inserts a row with a fresh id and `created`/`modified`; returns it. */
  insert(table: Table, values: Row): Row {
    const now = this.timestamp();
    const row = { id: this.nextId(), created: now, modified: now, ...values };
    this.tables[table].set(String(row.id), row);
    return row;
  }

  row(table: Table, id: string): Row | undefined {
    return this.tables[table].get(id);
  }

  rows(table: Table, where: (row: Row) => boolean = () => true): Row[] {
    return [...this.tables[table].values()].filter(where);
  }

  /** The person as lists and related records show them (`email` is the main address as a string). */
  personSummary(row: Row): Row {
    const email = this.mainOf("emails", row.id);
    const { household: _household, ...rest } = row;
    return { ...rest, email: email === undefined ? null : email.email };
  }

  /** The full person: main email, phone and address, household, photo and user. */
  person(row: Row): Row {
    const email = this.mainOf("emails", row.id);
    const phone = this.mainOf("phones", row.id);
    const address = this.mainOf("addresses", row.id);
    return {
      ...row,
      email:
        email === undefined
          ? null
          : {
              id: email.id,
              email: email.email,
              created: email.created,
              modified: email.modified,
              type: recordType("Home"),
            },
      household: row.household ?? null,
      photo: null,
      address: address === undefined ? null : this.addressFields(address),
      phone:
        phone === undefined
          ? null
          : {
              id: phone.id,
              number: phone.number,
              is_outside_us: phone.is_outside_us,
              created: phone.created,
              modified: phone.modified,
              type: recordType("Mobile"),
            },
      user: null,
    };
  }

  address(row: Row): Row {
    return { ...this.addressFields(row), person: this.personSummaryById(row.person_id) };
  }

  email(row: Row): Row {
    return {
      id: row.id,
      email: row.email,
      created: row.created,
      modified: row.modified,
      person: this.personSummaryById(row.person_id),
      type: recordType("Home"),
    };
  }

  phone(row: Row): Row {
    const { person_id: personId, default: _default, ...rest } = row;
    return { ...rest, person: this.personSummaryById(personId), type: recordType("Mobile") };
  }

  relationship(row: Row): Row {
    const [typeId, label] = RELATION_TYPES[String(row.type_alias)] ?? ["0", String(row.type_alias)];
    return {
      id: row.id,
      linked_relation_id: null,
      description: row.description ?? null,
      created: row.created,
      person: this.personSummaryById(row.person_id),
      related_person: this.personSummaryById(row.related_person_id),
      type: { id: typeId, linked_relation_type_id: typeId, label, alias: row.type_alias },
    };
  }

  /** The alias of a relationship type given by alias, label or id; undefined when unknown. */
  relationTypeAlias(value: string | undefined, id: string | undefined): string | undefined {
    for (const [alias, [typeId, label]] of Object.entries(RELATION_TYPES)) {
      if (value !== undefined && (alias === value.toLowerCase() || label.toLowerCase() === value.toLowerCase()))
        return alias;
      if (id !== undefined && typeId === id) return alias;
    }
    return undefined;
  }

  /** True when a state/country code is known (addresses take codes). */
  knownState(code: unknown): boolean {
    return typeof code === "string" && code in STATES;
  }

  knownCountry(code: unknown): boolean {
    return typeof code === "string" && code in COUNTRIES;
  }

  personSummaryById(id: unknown): Row | null {
    const row = this.row("people", String(id));
    return row === undefined ? null : this.personSummary(row);
  }

  /** The person's main record of a kind: the one marked `default`, else the first. */
  mainOf(table: "emails" | "phones" | "addresses", personId: unknown): Row | undefined {
    const rows = this.rows(table, (r) => r.person_id === personId);
    return rows.find((r) => r.default === true) ?? rows[0];
  }

  /** Marks one row the person's main record of its kind. */
  makeMain(table: "emails" | "phones" | "addresses", row: Row): void {
    for (const other of this.rows(table, (r) => r.person_id === row.person_id)) other.default = other === row;
  }

  private addressFields(row: Row): Row {
    const state =
      typeof row.state_code === "string"
        ? {
            id: String(Object.keys(STATES).indexOf(row.state_code) + 1),
            name: STATES[row.state_code],
            code: row.state_code,
          }
        : null;
    const country = typeof row.country_code === "string" ? countryOf(row.country_code) : null;
    const { person_id: _person, state_code: _state, country_code: _country, ...rest } = row;
    return { ...rest, state, country, type: recordType("Home") };
  }
}

function recordType(label: string): Row {
  return { id: label === "Home" ? "1" : "2", label, quantity: null };
}

function countryOf(code: string): Row | null {
  const known = COUNTRIES[code];
  if (known === undefined) return null;
  const [name, currency] = known;
  return {
    id: code === "US" ? "226" : "38",
    name,
    title: name,
    code,
    iso3: code === "US" ? "USA" : "CAN",
    iso_number: code === "US" ? "840" : "124",
    internet: code,
    nationality: code === "US" ? "American" : "Canadian",
    currency,
    currency_code: currency,
    population: null,
  };
}
