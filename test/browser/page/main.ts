/**
 * A small browser app built on two generated packages, as installed from their tarballs: it lists a Sonlet
 * consultant's items, creates one, finds Site Stacker people page by page (HMAC-signed with WebCrypto), shows a typed
 * 404, and marks `<body data-state>` done (or failed, with the error).
 */
import { NotFoundError, Sonlet } from "@specforge/sonlet";
import { SiteStacker } from "@specforge/sitestacker";

const params = new URLSearchParams(location.search);

function param(name: string): string {
  const value = params.get(name);
  if (value === null) throw new Error(`missing ?${name}=`);
  return value;
}

function show(id: string, lines: readonly string[]): void {
  const list = document.getElementById(id);
  if (list === null) throw new Error(`no #${id}`);
  for (const line of lines) {
    const item = document.createElement("li");
    item.textContent = line;
    list.append(item);
  }
}

async function main(): Promise<void> {
  const sonlet = new Sonlet({ baseUrl: param("sonlet"), auth: { oauth2: { token: param("token") } } });
  const site = new SiteStacker({
    baseUrl: param("sitestacker"),
    auth: { hmac: { keyId: param("keyId"), secret: param("secret") } },
  });
  const items: string[] = [];
  for await (const item of sonlet.items.list()) items.push(`item ${item.pk}`);
  show("items", items);
  const first = await sonlet.items.retrieve({ id: Number(items[0]?.slice(5)) });
  const created = await sonlet.items.create(
    { itemchoice_id: 414, size_id: 9, image_id: first.image.pk },
    { idempotencyKey: "browser-1" },
  );
  show("created", [`item ${created.pk}`]);
  const people: string[] = [];
  for await (const person of site.people.list({ search: { "fullname LIKE": "Person %" } }))
    people.push(person.fullname ?? "?");
  show("people", people);
  const missing: unknown = await sonlet.items.retrieve({ id: 999_999 }).catch((error: unknown) => error);
  show("errors", [missing instanceof NotFoundError ? `NotFoundError ${missing.status}` : String(missing)]);
  document.body.dataset["state"] = "done";
}

main().catch((error: unknown) => {
  show("errors", [error instanceof Error ? `${error.name}: ${error.message}` : String(error)]);
  document.body.dataset["state"] = "failed";
});
