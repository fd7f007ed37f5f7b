// What deserves a system notification, decided without side effects (so it
// is tested on its own): a crisis signal from someone who shares their plan
// with me that I have not been told of yet, and a plan overdue for a review.

import type { PlanView, SharedStatus } from "./bindings";

/** One signal to tell the person of. */
export type SignalNotice = { key: string; person: string; kind: string };

/** The unseen signals in `shared` that are not among `told` (by key), oldest first. */
export function newSignals(shared: readonly SharedStatus[], told: ReadonlySet<string>): SignalNotice[] {
  const out: SignalNotice[] = [];
  for (const s of shared) {
    // Newest first from the API: told oldest first, as they happened.
    for (const sig of [...s.signals].reverse()) {
      const key = `${s.person}\u0000${sig.kind}\u0000${sig.at}`;
      if (!told.has(key)) out.push({ key, person: s.person, kind: sig.kind });
    }
  }
  return out;
}

/** The notification's title for a signal: calm words, as "Shared with me" says them. */
export function signalTitleId(kind: string): string {
  return kind === "crisis_plan_activated" || kind === "ask_for_help" ? `notify-signal-${kind}` : "notify-signal-other";
}

const DAY_MS = 86_400_000;

/**
 * Whether to remind the person to look over their plan on `today`
 * (`YYYY-MM-DD`): reminders are on (`everyDays` > 0), none was shown today,
 * and some section with something written in it has gone `everyDays` days or
 * more since its last review (or was never reviewed).
 */
export function reviewDue(plan: PlanView, everyDays: number, today: string, remindedOn: string | null): boolean {
  if (everyDays <= 0 || remindedOn === today) return false;
  const now = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(now)) return false;
  return plan.sections.some((s) => {
    const written = s.fields.some((f) => f.text.trim() !== "" || f.items.length > 0);
    if (!written) return false;
    if (!s.last_reviewed) return true;
    const reviewed = Date.parse(`${s.last_reviewed}T00:00:00Z`);
    return Number.isNaN(reviewed) || now - reviewed >= everyDays * DAY_MS;
  });
}
