/** Raw-fetch helpers for testing the SOWPROG mock without the generated client. */
import { TEST_CREDENTIALS, type Credentials } from "./mock-auth.js";
import type { SowprogMock } from "./mock-server.js";

/** `Basic base64(form-encoded id ":" form-encoded secret)` (RFC 6749 §2.3.1). */
export function appBasic(credentials: Credentials = TEST_CREDENTIALS): string {
  const enc = (s: string): string => encodeURIComponent(s).replace(/%20/g, "+");
  return `Basic ${Buffer.from(`${enc(credentials.clientId)}:${enc(credentials.clientSecret)}`).toString("base64")}`;
}

/** Posts a token request with the given form fields. */
export function postToken(
  mock: SowprogMock,
  form: Record<string, string>,
  authorization: string = appBasic(),
): Promise<Response> {
  return fetch(`${mock.apiBase}/token`, {
    method: "POST",
    headers: { authorization, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form).toString(),
  });
}

/** The text of one element of an XML document (first occurrence). */
export function xmlText(xml: string, element: string): string | undefined {
  return new RegExp(`<${element}>([^<]*)</${element}>`).exec(xml)?.[1];
}

/** A fresh access token from the password grant. */
export async function accessToken(mock: SowprogMock): Promise<string> {
  const response = await postToken(mock, {
    grant_type: "password",
    username: TEST_CREDENTIALS.username,
    password: TEST_CREDENTIALS.password,
  });
  const token = xmlText(await response.text(), "access_token");
  if (token === undefined) throw new Error("no access token");
  return token;
}

/** Calls the API with a bearer token; `body` as text with its content type. */
export async function call(
  mock: SowprogMock,
  token: string,
  method: string,
  path: string,
  options: { accept?: string; contentType?: string; body?: string | FormData } = {},
): Promise<Response> {
  const headers: Record<string, string> = { authorization: `bearer ${token}` };
  if (options.accept !== undefined) headers.accept = options.accept;
  if (options.contentType !== undefined) headers["content-type"] = options.contentType;
  return fetch(`${mock.apiBase}${path}`, { method, headers, body: options.body ?? null });
}

/** The documented example event as XML, with the seed's references. */
export function exampleEventXml(
  refs: { eventType: number; eventStyle: number; artist: number; location: number },
  title = "Nouveau via API éè - title",
): string {
  return `<event>
    <cancelled>false</cancelled>
    <eventDescription>
        <title>${title}</title>
        <punchline>Nouveau via API éè - punchline</punchline>
        <description>Nouveau via API éè - Description</description>
        <pictureCredit>Nouveau via API éè - pictureCredit</pictureCredit>
        <eventType><sowprogId><id>${refs.eventType}</id></sowprogId></eventType>
        <eventStyle><sowprogId><id>${refs.eventStyle}</id></sowprogId></eventStyle>
    </eventDescription>
    <offer>
        <freeAdmission>false</freeAdmission>
        <eventPrice><label>Tarif plein</label><price>30</price><currency>EUR</currency></eventPrice>
        <eventPrice><label>Tarif DanseAujourdhui</label><price>19</price><currency>EUR</currency></eventPrice>
        <eventTicketStore><label>Réserver avec DanseAujourdhui</label><url>http://www.danseaujourdhui.fr/robyn-orlin-finger/</url></eventTicketStore>
    </offer>
    <eventSchedule>
        <eventScheduleDate><startHour>20:30</startHour><endHour>22:00</endHour><date>2030-01-13</date><soldOut>false</soldOut></eventScheduleDate>
        <eventScheduleDate><startHour>20:30</startHour><endHour>22:00</endHour><date>2030-01-14</date><soldOut>false</soldOut></eventScheduleDate>
    </eventSchedule>
    <partOfEventGroup>false</partOfEventGroup>
    <artist><artist><sowprogId><id>${refs.artist}</id></sowprogId></artist><sequence>0</sequence><billing>HEADLINE</billing></artist>
    <location><sowprogId><id>${refs.location}</id></sowprogId></location>
</event>`;
}
