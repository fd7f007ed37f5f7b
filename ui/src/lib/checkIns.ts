// The daily check-in: which days the chart shows, and how "since when" reads.
// Pure functions; the screen is components/CheckIn.svelte.

import type { CheckIn, CheckInState } from "./bindings";

export const CHECKIN_STATES: readonly CheckInState[] = ["green", "amber", "red"];

/** Days the history chart shows: four weeks. */
export const CHART_DAYS = 28;

/** The shape drawn for each state, so the chart reads without colour. */
export const SHAPES: Record<CheckInState, "circle" | "triangle" | "square"> = {
  green: "circle",
  amber: "triangle",
  red: "square",
};

/** The person's own calendar day (`YYYY-MM-DD`, local time) of a moment. */
export function localDay(moment: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

export type ChartDay = { day: string; state: CheckInState | null; note: string };

/**
 * The last `days` days up to `today`, oldest first, each with the day's last
 * check-in (a day can have several; the last one says how it ended).
 */
export function chartDays(history: readonly CheckIn[], today: Date, days = CHART_DAYS): ChartDay[] {
  const last = new Map<string, CheckIn>();
  for (const c of history) last.set(localDay(new Date(c.at)), c);
  const out: ChartDay[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, 12);
    const day = localDay(d);
    const c = last.get(day);
    out.push({ day, state: c?.state ?? null, note: c?.note ?? "" });
  }
  return out;
}

/** How "since" reads: today, a weekday within the last six days, else a date. */
export type Since = { kind: "today" } | { kind: "day"; text: string };

export function sinceWhen(since: string, now: Date, locale: string): Since {
  const moment = new Date(since);
  if (Number.isNaN(moment.getTime())) return { kind: "day", text: since };
  if (localDay(moment) === localDay(now)) return { kind: "today" };
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const daysAgo = (startOfToday.getTime() - moment.getTime()) / 86_400_000;
  const options: Intl.DateTimeFormatOptions =
    daysAgo < 6 ? { weekday: "long" } : { day: "numeric", month: "long" };
  return { kind: "day", text: new Intl.DateTimeFormat(locale, options).format(moment) };
}
