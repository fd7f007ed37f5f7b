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

export const ERROR_CODES: readonly ErrorCode[] = ["invalid_input", "data_invalid", "internal"];
