// The app's own state around the plan: which phase it is in (first run,
// locked, unlocked, or hidden behind the neutral screen after a quick exit),
// the person's display preferences, idle auto-lock and quick exit.

import { getCurrentWindow } from "@tauri-apps/api/window";
import type { AppPrefs, AppStatus } from "./bindings";
import { flushAll, resetSaves } from "./autosave.svelte";
import { i18n } from "./i18n.svelte";
import { go } from "./nav.svelte";
import { planApi } from "./planApi";

export type Phase = "loading" | "welcome" | "locked" | "unlocked" | "neutral";

export const DEFAULT_PREFS: AppPrefs = {
  text_size: 100,
  high_contrast: false,
  reduced_motion: false,
  auto_lock_minutes: 5,
  locale: null,
  easy_read: false,
  notify_signals: false,
  review_reminder_days: 0,
  review_reminded_on: null,
};

export const session = $state({
  phase: "loading" as Phase,
  hasVault: false,
  prefs: { ...DEFAULT_PREFS } as AppPrefs,
  /** Why the last lock happened, to say so calmly on the unlock screen. */
  lockedBy: null as null | "idle" | "person",
  /** True while the first-run flow is still showing the recovery key. */
  onboarding: false,
  /** The new recovery key, held only until the person confirms they saved it. */
  recoveryKey: "",
});

function applyStatus(status: AppStatus): void {
  session.hasVault = status.has_vault;
  session.prefs = status.prefs;
  if (status.prefs.locale) i18n.setLocale(status.prefs.locale);
  i18n.easyRead = status.prefs.easy_read;
}

/** Reads where the app stands and picks the first screen. */
export async function start(): Promise<void> {
  try {
    const status = await planApi.status();
    applyStatus(status);
    session.phase = status.unlocked ? "unlocked" : status.has_vault ? "locked" : "welcome";
  } catch {
    session.phase = "welcome";
  }
}

/** Unlocked (after first run, unlock or restore). */
export function unlocked(status?: AppStatus): void {
  if (status) applyStatus(status);
  session.hasVault = true;
  session.lockedBy = null;
  session.phase = "unlocked";
  lastActivity = Date.now();
}

/** Saves what is being typed, then locks: the core drops the keys. */
export async function lock(by: "idle" | "person" = "person"): Promise<void> {
  await flushAll().catch(() => undefined);
  resetSaves();
  await planApi.lock().catch(() => undefined);
  session.lockedBy = by;
  if (session.phase !== "neutral") session.phase = session.hasVault ? "locked" : "welcome";
  go("home");
}

/**
 * Quick exit: the neutral screen shows at once, then whatever is being typed
 * is saved and the plan is locked. The way back is the unlock screen.
 */
export function quickExit(): void {
  session.phase = "neutral";
  session.onboarding = false;
  session.recoveryKey = "";
  void lock("person");
}

/** Leaving the neutral screen leads to the unlock screen, never to the plan. */
export function leaveNeutral(): void {
  session.phase = session.hasVault ? "locked" : "welcome";
  go("home");
}

export async function savePrefs(prefs: AppPrefs): Promise<void> {
  session.prefs = await planApi.setPrefs(prefs);
  if (prefs.locale) i18n.setLocale(prefs.locale);
  i18n.easyRead = prefs.easy_read;
}

// ---- idle auto-lock and the quick-exit shortcut

let lastActivity = Date.now();
let lastTouch = 0;

function activity(): void {
  lastActivity = Date.now();
  // Tell the core now and then, so its own idle backstop does not lock early.
  if (session.phase === "unlocked" && lastActivity - lastTouch > 30_000) {
    lastTouch = lastActivity;
    planApi.touch().then(
      (status) => {
        if (!status.unlocked && session.phase === "unlocked") void lock("idle");
      },
      () => undefined,
    );
  }
}

let lastEscape = 0;

function onKey(event: KeyboardEvent): void {
  activity();
  const ctrlShiftQ = event.ctrlKey && event.shiftKey && event.key.toLowerCase() === "q";
  if (ctrlShiftQ) {
    event.preventDefault();
    if (session.phase !== "neutral") quickExit();
    return;
  }
  if (event.key === "Escape" && !event.repeat) {
    const now = Date.now();
    if (now - lastEscape < 800 && session.phase !== "neutral") {
      lastEscape = 0;
      quickExit();
    } else {
      lastEscape = now;
    }
  }
}

/** Starts listening for activity and the shortcut; returns a function that stops. */
export function watch(): () => void {
  const events = ["pointerdown", "input", "wheel", "touchstart", "focusin"] as const;
  for (const e of events) window.addEventListener(e, activity, { passive: true });
  window.addEventListener("keydown", onKey);
  const timer = setInterval(() => {
    const limit = session.prefs.auto_lock_minutes * 60_000;
    if (session.phase === "unlocked" && Date.now() - lastActivity > limit) void lock("idle");
  }, 5_000);
  // Closing the window saves what is being typed first (for at most two seconds).
  let unlistenClose: (() => void) | null = null;
  try {
    getCurrentWindow()
      .onCloseRequested(async () => {
        await Promise.race([flushAll(), new Promise((r) => setTimeout(r, 2_000))]);
      })
      .then((u) => (unlistenClose = u), () => undefined);
  } catch {
    // Not inside the app's window (e.g. a plain browser during development).
  }
  return () => {
    unlistenClose?.();
    for (const e of events) window.removeEventListener(e, activity);
    window.removeEventListener("keydown", onKey);
    clearInterval(timer);
  };
}
