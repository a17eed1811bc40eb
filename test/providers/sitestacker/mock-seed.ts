/** Seed data of the Site Stacker mock: a few named people with their records, giving, tags and content. */
import type { Row, SiteStackerStore } from "./mock-store.js";

/** Ids of the seeded records the scenarios refer to. */
export interface Seeded {
  readonly john: string;
  readonly jane: string;
  readonly chris: string;
  readonly family: string;
  readonly johnAddress: string;
  readonly cleanWater: string;
  readonly schools: string;
  readonly paidBatch: string;
  readonly topics: string;
  readonly water: string;
  readonly appeal: string;
  readonly webhook: string;
}

const PERSON: Row = {
  title: null,
  middlename: null,
  suffix: null,
  birthday: null,
  description: null,
  is_group: false,
  external_id: null,
  household: null,
};

function person(store: SiteStackerStore, values: Row): Row {
  return store.insert("people", { ...PERSON, ...values });
}

/** Fills the store; `people` extra people named "Person <n>" follow the four named ones. */
export function seedStore(store: SiteStackerStore, options: { people?: number } = {}): Seeded {
  const john = person(store, {
    firstname: "John",
    lastname: "Doe",
    fullname: "John Doe",
    gender: "m",
    birthday: "1980-05-17",
    external_id: "R2D2",
  });
  const jane = person(store, { firstname: "Jane", lastname: "Doe", fullname: "Jane Doe", gender: "f" });
  const chris = person(store, { firstname: "Chris", lastname: "Miller", fullname: "Chris Miller", gender: "m" });
  const family = person(store, {
    firstname: null,
    lastname: null,
    fullname: "The Doe Family",
    gender: null,
    is_group: true,
  });
  for (let n = 5; n < 5 + (options.people ?? 0); n++)
    person(store, {
      firstname: "Person",
      lastname: String(n),
      fullname: `Person ${n}`,
      gender: n % 2 === 0 ? "f" : "m",
    });

  store.insert("emails", { person_id: john.id, email: "john@example.org", default: true });
  store.insert("emails", { person_id: jane.id, email: "jane@gmail.com", default: true });
  store.insert("emails", { person_id: chris.id, email: "chris@gmail.com", default: true });
  const address = store.insert("addresses", {
    person_id: john.id,
    address1: "1 Main St",
    address2: null,
    city: "Columbus",
    zip: "43004",
    latitude: "39.96",
    longitude: "-82.99",
    default: true,
    external_id: null,
    state_code: "OH",
    country_code: "US",
    modified: "2007-12-01 10:00:00",
  });
  store.insert("addresses", {
    person_id: jane.id,
    address1: "9 Elm St",
    address2: null,
    city: "Toronto",
    zip: "M5H 2N2",
    latitude: null,
    longitude: null,
    default: true,
    external_id: null,
    state_code: "ON",
    country_code: "CA",
    modified: "2007-10-01 10:00:00",
  });
  store.insert("phones", {
    person_id: john.id,
    number: "614-555-0100",
    area_code: "614",
    is_outside_us: false,
    default: true,
  });

  const donor = store.insert("personTypes", { name: "Donor", alias: "donor" });
  const staff = store.insert("personTypes", { name: "Staff", alias: "staff" });
  store.personTypeLinks.push(
    [String(john.id), String(donor.id)],
    [String(jane.id), String(donor.id)],
    [String(chris.id), String(staff.id)],
  );
  store.insert("relationships", {
    person_id: john.id,
    related_person_id: jane.id,
    type_alias: "spouse",
    description: "Married 2001",
  });
  store.insert("entityData", { person_id: john.id, entity: "volunteering", hours: "4", skill: "Carpentry" });

  const site = { id: "1", name: "Main site", require_authentication: false };
  const campaign = (name: string, goal: string): Row =>
    store.insert("campaigns", {
      goal_amount: goal,
      min_amount: "5.00",
      max_amount: null,
      start: "2018-01-01 00:00:00",
      end: null,
      external_id: null,
      accounting_code: null,
      inventory_status: null,
      item: {
        id: store.nextId(),
        alias: name.toLowerCase().replace(/ /g, "-"),
        name,
        publish_datetime: null,
        unpublish_datetime: null,
        external_id: null,
        created: "2018-01-01 00:00:00",
        modified: "2018-01-01 00:00:00",
        owner: null,
      },
      category: { id: "1", name: "Projects", campaign_label: "Project" },
      site,
      goals: [{ id: store.nextId(), goal_amount: goal, interval: "1", period: "year" }],
      fixed_amounts: [{ id: store.nextId(), label: "Give", amount: "25.00", is_default: true }],
    });
  const cleanWater = campaign("Clean Water", "10000.00");
  const schools = campaign("Schools", "500.00");

  const batch = (donorId: unknown, amount: string, success: string): Row =>
    store.insert("batches", {
      amount,
      is_recurring: false,
      is_online: true,
      external_id: null,
      success,
      transaction_code: `T-${amount}`,
      is_testing: false,
      offline_type: null,
      offline_check_number: null,
      received: "2018-02-01 12:00:00",
      processed: "2018-02-01 12:00:05",
      site,
      site_channel: null,
      donor_id: donorId,
      payment_method: null,
      recurring: null,
      transactions: [],
    });
  const paid = batch(chris.id, "75.00", "1");
  batch(john.id, "10.00", "0");
  const gift = {
    is_recurring: false,
    is_online: true,
    is_anonymous: false,
    paid_transaction_fee: false,
    error: null,
    notes: null,
    external_id: null,
    extra_data: null,
    source_codes: null,
    pending: false,
  };
  store.insert("contributions", {
    ...gift,
    batch_id: paid.id,
    campaign_id: cleanWater.id,
    donor_id: chris.id,
    amount: "50.00",
    success: "1",
  });
  store.insert("contributions", {
    ...gift,
    batch_id: paid.id,
    campaign_id: schools.id,
    donor_id: chris.id,
    amount: "25.00",
    success: "1",
  });
  store.insert("recurrings", {
    amount: "20.00",
    notes: null,
    is_anonymous: false,
    extra_data: null,
    external_id: null,
    source_codes: null,
    recurring_batch: null,
    campaign_id: cleanWater.id,
    person_id: john.id,
  });

  const topics = store.insert("tagCategories", {
    name: "Topics",
    site_id: "1",
    in_content_preferences: true,
    order: "1",
    weight: null,
  });
  const water = store.insert("tags", {
    name: "Water",
    site_id: "1",
    category_id: topics.id,
    external_id: null,
    external_type: null,
  });
  store.insert("tags", {
    name: "Education",
    site_id: "1",
    category_id: topics.id,
    external_id: null,
    external_type: null,
  });
  store.insert("types", { alias: "articles", name: "Articles" });
  store.insert("types", { alias: "events", name: "Events" });
  const fields = (name: string, summary: string): Row => ({
    name,
    alias: name.toLowerCase().replace(/ /g, "-"),
    views: "0",
    visibility: "0",
    is_searchable: true,
    publish_datetime: null,
    unpublish_datetime: null,
    external_id: null,
    data: { summary },
  });
  const appeal = store.insert("items", {
    type_alias: "articles",
    folder_id: "12",
    owner_id: john.id,
    tag_ids: [String(water.id)],
    languages: {
      en: [
        {
          id: store.nextId(),
          version_number: 1,
          is_live: true,
          modified: "2018-03-01 09:00:00",
          fields: fields("Spring appeal", "Give clean water"),
        },
        {
          id: store.nextId(),
          version_number: 2,
          is_live: false,
          modified: "2018-03-02 09:00:00",
          fields: fields("Spring appeal", "Draft: give clean water this spring"),
        },
      ],
    },
  });
  const webhook = store.insert("webhooks", {
    url: "https://example.org/hooks/sitestacker",
    active: true,
    webhook_delivery_count: "42",
    events: ["person_create", "contribution_create"],
  });

  const id = (row: Row): string => String(row.id);
  return {
    john: id(john),
    jane: id(jane),
    chris: id(chris),
    family: id(family),
    johnAddress: id(address),
    cleanWater: id(cleanWater),
    schools: id(schools),
    paidBatch: id(paid),
    topics: id(topics),
    water: id(water),
    appeal: id(appeal),
    webhook: id(webhook),
  };
}
