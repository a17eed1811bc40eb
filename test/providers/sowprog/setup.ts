/** Shared setup of the SOWPROG scenarios: the generated client (imported as TypeScript) pointed at the mock, in XML or JSON. */
import { Sowprog, type SowprogOptions } from "../../../generated/sowprog/src/index.js";
import { TEST_CREDENTIALS, type Credentials } from "./mock-auth.js";
import type { ArrivedRequest, SowprogMock } from "./mock-server.js";

/** The representation a client works in (`preferredMediaTypes`): XML (the API's default) or JSON. */
export type WireFormat = "xml" | "json";

/** A client logging in with the password grant (application credentials as HTTP Basic), in `format`. */
export function sowprogClient(
  mock: SowprogMock,
  format: WireFormat,
  options: Omit<SowprogOptions, "auth" | "baseUrl"> = {},
  credentials: Credentials = TEST_CREDENTIALS,
): Sowprog {
  return new Sowprog({
    ...options,
    baseUrl: mock.apiBase,
    preferredMediaTypes: [mediaType(format)],
    maxRetries: 0,
    auth: {
      oauth: {
        flow: "password",
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret,
        username: credentials.username,
        password: credentials.password,
        allowInsecureTokenUrl: true,
      },
    },
  });
}

/** The media type of bodies sent in `format`, for the operations' `contentType` argument. */
export function mediaType(format: WireFormat): "application/xml" | "application/json" {
  return format === "xml" ? "application/xml" : "application/json";
}

/** Requests the mock received for `METHOD path` (path without the `/api/v1` prefix and query). */
export function received(mock: SowprogMock, method: string, path: string): ArrivedRequest[] {
  return mock.requests.filter((r) => r.method === method && r.url.split("?")[0] === `/api/v1${path}`);
}

/** `METHOD path?query status` of every request, for wire-order assertions. */
export function wireLines(mock: SowprogMock): string[] {
  return mock.requests.map((r) => `${r.method} ${r.url.replace(/^\/api\/v1/, "")} ${r.status ?? "?"}`);
}

/** The documented example event (user guide, "Create an event"), with the seed's references. */
export function exampleEvent(mock: SowprogMock, title = "Nouveau via API éè - title") {
  const s = mock.seeded;
  return {
    cancelled: false,
    eventDescription: {
      title,
      punchline: "Nouveau via API éè - punchline",
      description: "Nouveau via API éè - Description",
      pictureCredit: "Nouveau via API éè - pictureCredit",
      eventType: { sowprogId: { id: s.dance.sowprogId.id } },
      eventStyle: { sowprogId: { id: s.contemporary.sowprogId.id } },
    },
    offer: {
      freeAdmission: false,
      eventPrice: [
        { label: "Tarif plein", price: 30, currency: "EUR" },
        { label: "Tarif DanseAujourdhui", price: 19, currency: "EUR" },
      ],
      eventTicketStore: [
        { label: "Réserver avec DanseAujourdhui", url: "http://www.danseaujourdhui.fr/robyn-orlin-finger/" },
      ],
    },
    eventSchedule: {
      eventScheduleDate: [
        { startHour: "20:30", endHour: "22:00", date: "2030-01-13", soldOut: false },
        { startHour: "20:30", endHour: "22:00", date: "2030-01-14", soldOut: false },
      ],
    },
    partOfEventGroup: false,
    artist: [{ artist: { sowprogId: { id: s.artist.sowprogId.id } }, sequence: 0, billing: "HEADLINE" as const }],
    location: { sowprogId: { id: s.theatre.sowprogId.id } },
  };
}

/** A small JPEG-looking image. */
export function jpeg(): Blob {
  return new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46])], {
    type: "image/jpeg",
  });
}
