// System notifications, each turned on by the person in Settings: a crisis
// signal from someone who shares their plan with me, and a reminder to look
// over my own plan. Checked when the plan opens, whenever a sync brings news,
// and hourly; nothing is sent anywhere, only shown on this device. A
// notification names the person and what happened, never plan text (it may
// show on a locked screen).

import { isPermissionGranted, requestPermission, sendNotification } from "@tauri-apps/plugin-notification";
import { untrack } from "svelte";
import { t } from "./i18n.svelte";
import { newSignals, reviewDue, signalTitleId } from "./notices";
import { planApi } from "./planApi";
import { savePrefs, session } from "./session.svelte";
import { sharingApi } from "./sharingApi";
import { syncView } from "./syncView.svelte";

/** Signals told of while the app runs (by key), so each is told once. */
const told = new Set<string>();

/** Asks the system for leave to notify, once; true if it is given. */
export async function mayNotify(): Promise<boolean> {
  try {
    if (await isPermissionGranted()) return true;
    return (await requestPermission()) === "granted";
  } catch {
    return false;
  }
}

async function show(title: string, body: string): Promise<void> {
  if (await mayNotify()) sendNotification({ title, body });
}

async function tellSignals(): Promise<void> {
  if (!session.prefs.notify_signals) return;
  for (const s of newSignals(await sharingApi.shared(), told)) {
    told.add(s.key);
    await show(t(signalTitleId(s.kind), { person: s.person }), t("notify-signal-body", { person: s.person }));
  }
}

async function remindToReview(): Promise<void> {
  const prefs = session.prefs;
  const today = new Date().toISOString().slice(0, 10);
  if (prefs.review_reminder_days <= 0 || prefs.review_reminded_on === today) return;
  if (!reviewDue(await planApi.get({ section: null }), prefs.review_reminder_days, today, prefs.review_reminded_on)) return;
  // The settings as they are now: the person may have changed one meanwhile.
  await savePrefs({ ...session.prefs, review_reminded_on: today });
  await show(t("notify-review-title"), t("notify-review-body"));
}

/** In App: runs the checks while the plan is open. */
export function watchNotifications(): void {
  $effect(() => {
    if (session.phase !== "unlocked") return;
    void syncView.status?.last_news;
    void session.prefs.notify_signals;
    untrack(() => void tellSignals().catch(() => {}));
  });
  $effect(() => {
    if (session.phase !== "unlocked") return;
    void session.prefs.review_reminder_days;
    const check = () => void remindToReview().catch(() => {});
    untrack(check);
    const hourly = setInterval(check, 3_600_000);
    return () => clearInterval(hourly);
  });
}
