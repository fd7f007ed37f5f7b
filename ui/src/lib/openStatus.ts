// Turns the core's structured open status into a Fluent message id and arguments,
// so every language words it its own way ("Open until 23:00", "Opens Thursday 18:00").

import type { OpenStatusDto } from "./bindings";

export type Message = { id: string; args?: Record<string, string> };

export function statusMessage(status: OpenStatusDto): Message {
  switch (status.state) {
    case "open_all_day":
      return { id: "find-status-open-all-day" };
    case "open_until":
      return status.day === "today" || status.day === "tomorrow"
        ? { id: "find-status-open-until", args: { time: status.time } }
        : { id: "find-status-open-until-day", args: { time: status.time, day: status.day } };
    case "opens_at":
      return { id: "find-status-opens-at", args: { time: status.time, day: status.day } };
    case "closed":
      return { id: "find-status-closed" };
    default:
      return { id: "find-status-unknown" };
  }
}

export function isOpen(status: OpenStatusDto): boolean {
  return status.state === "open_all_day" || status.state === "open_until";
}

/** One decimal place under 10 km, whole km beyond, in the reader's number format. */
export function formatKm(km: number, locale: string): string {
  const digits = km < 10 ? 1 : 0;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(km);
}

/**
 * How far away a place is, in words. A place known only by its town, found
 * from (about) that same town, is "In Grantham", never "About 0.0 km away".
 */
export function distanceMessage(
  service: { distance_km: number | null; approximate_location: boolean; town: string | null },
  locale: string,
): Message {
  if (service.distance_km === null) return { id: "find-distance-unknown" };
  if (service.approximate_location && service.town && service.distance_km < 1) {
    return { id: "find-distance-in-town", args: { town: service.town } };
  }
  const km = formatKm(service.distance_km, locale);
  return { id: service.approximate_location ? "find-distance-approx" : "find-distance", args: { km } };
}
