// Small formatting helpers shared by screens.

/**
 * "en-GB" → "GB"; a language without a region falls back to GB, the bundled
 * data's home, and so does a private-use region (AA, QM-QZ, XA-XZ, ZZ), such
 * as the pseudo-locales' en-XA and ar-XB: no country has one.
 */
export function countryOf(locale: string): string {
  const region = locale.split("-")[1]?.toUpperCase();
  if (!region || !/^[A-Z]{2}$/.test(region)) return "GB";
  return /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(region) ? "GB" : region;
}

/** "2026-11-23" → "23 November 2026" in the reader's language; the raw text if it is not a date. */
export function formatDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** The address itself if it is an http(s) link Harbour may show as one; otherwise null (show it as text). */
export function webLink(address: string | null | undefined): string | null {
  if (!address || /\s/.test(address)) return null;
  try {
    const u = new URL(address);
    return (u.protocol === "https:" || u.protocol === "http:") && !u.username && !u.password ? address : null;
  } catch {
    return null;
  }
}
