// Generated from the Rust types in crates/api by `make bindings`. Do not edit.

export type ErrorCode = "invalid_input" | "data_invalid" | "internal";

export type Error = { code: ErrorCode, message: string, };

export type HelplinesArgs = { 
/**
 * ISO 3166-1 alpha-2; `None` lists every country.
 */
country: string | null, };

export type HelplineDto = { id: string, country: string, name: string, phone: string | null, 
/**
 * `tel:` link, ready for an `<a href>`.
 */
tel_href: string | null, sms: string | null, 
/**
 * `sms:` link with any keyword pre-filled.
 */
sms_href: string | null, hours: string | null, notes: string | null, source_url: string, source_date: string | null, last_checked: string, };

export type HelplinesResult = { 
/**
 * The country asked for, normalised (`UK` becomes `GB`), or `None` for all.
 */
country: string | null, helplines: Array<HelplineDto>, 
/**
 * Countries that have helplines, for a country picker.
 */
countries: Array<string>, };

export type FindHelpArgs = { 
/**
 * A town ("Grantham"), "LAT,LON", or words from a service's name.
 */
place: string, 
/**
 * Kinds to include (`crisis_cafe`, `safe_haven`, ...); empty or `None` for all.
 */
kinds: Array<string> | null, 
/**
 * Only places open now.
 */
open_now: boolean | null, 
/**
 * Only places open at this time: `HH:MM` today, `YYYY-MM-DDTHH:MM` (UK time) or RFC 3339.
 */
at: string | null, 
/**
 * A language code the service must list, e.g. `pl`.
 */
language: string | null, 
/**
 * At most this many results (default 20, at most 200).
 */
limit: number | null, };

export type PlaceDto = { name: string, nation: string, latitude: number, longitude: number, };

export type MatchedBy = "place" | "coordinates" | "name";

export type OpenStatusDto = { "state": "open_all_day" } | { "state": "open_until", time: string, day: string, } | { "state": "opens_at", time: string, day: string, } | { "state": "closed" } | { "state": "unknown" };

export type PhoneDto = { number: string, tel_href: string, };

export type ServiceHitDto = { id: string, name: string, 
/**
 * `crisis_cafe`, `safe_haven`, `crisis_house`, `peer_group`, `drop_in` or `helpline`.
 */
kind: string, organisation: string | null, description: string | null, address: Array<string>, town: string | null, postcode: string | null, 
/**
 * Great-circle km from the place searched; `None` when the service has no coordinates.
 */
distance_km: number | null, 
/**
 * The coordinates are a town centre, not the door.
 */
approximate_location: boolean, status: OpenStatusDto, opening_hours: string | null, 
/**
 * The source's own wording of the hours.
 */
hours_text: string | null, phones: Array<PhoneDto>, url: string | null, 
/**
 * An OpenStreetMap link: the point when exact, else a search for the address.
 */
directions_href: string | null, 
/**
 * `self_referral`, `phone_first`, `referral_needed` or `unknown`.
 */
referral: string, age_range: string | null, accessibility: string | null, languages: Array<string>, notes: string | null, source_url: string, source_date: string | null, last_checked: string, months_since_checked: number | null, stale: boolean, dataset_name: string, 
/**
 * Only when the dataset publishes one.
 */
report_problem_url: string | null, };

export type FindHelpResult = { query: string, matched_by: MatchedBy, place: PlaceDto | null, 
/**
 * Other places with the same name (most populous first), to offer as alternatives.
 */
other_places: Array<PlaceDto>, 
/**
 * The instant statuses are for (RFC 3339).
 */
evaluated_at: string, services: Array<ServiceHitDto>, };

export type ImportArgs = { file: string, 
/**
 * `hsds` or `oruk-csv`; guessed from the file name when `None`.
 */
format: string | null, 
/**
 * A URL or name recorded as every imported service's source (default: the file name).
 */
source: string | null, };

export type ImportResult = { source: string, imported: number, 
/**
 * Services now stored from every import.
 */
total_imported: number, };

export const ERROR_CODES: readonly ErrorCode[] = ["invalid_input", "data_invalid", "internal"];
