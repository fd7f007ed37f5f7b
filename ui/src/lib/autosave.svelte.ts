// Autosave: every change to the plan goes through one queue, so edits reach
// the core in the order they were made, and typing is saved shortly after the
// person pauses. `flushAll()` saves whatever is waiting at once: it runs before
// locking, quick exit and leaving a screen, so nothing typed is lost.

import { nudgeSync } from "./sharingApi";

export type SaveState = "idle" | "saving" | "saved" | "error";

export const saveStatus = $state({ state: "idle" as SaveState });

/** How long after the last key press a text is saved. */
export const TYPING_PAUSE_MS = 500;

type Pending = { timer: ReturnType<typeof setTimeout> | null; run: () => Promise<unknown> };

const pending = new Map<string, Pending>();
let chain: Promise<unknown> = Promise.resolve();
let inFlight = 0;

/** Runs `task` after every change queued before it; the save state follows. */
export function enqueue<T>(task: () => Promise<T>): Promise<T> {
  inFlight += 1;
  saveStatus.state = "saving";
  const result = chain.then(task);
  chain = result.then(
    () => settle(true),
    () => settle(false),
  );
  return result;
}

/** Runs a read after every change queued so far, without touching the save state. */
export function afterSaves<T>(task: () => Promise<T>): Promise<T> {
  return chain.then(task);
}

function settle(ok: boolean): void {
  inFlight -= 1;
  if (!ok) saveStatus.state = "error";
  else if (inFlight === 0) {
    saveStatus.state = "saved";
    nudgeSync(); // supporters and own devices get it soon, when sync is on
  }
}

/**
 * Saves `run` once the person pauses. A later call with the same key replaces
 * an earlier one that has not started yet (only the latest text matters).
 */
export function schedule(key: string, run: () => Promise<unknown>, delay = TYPING_PAUSE_MS): void {
  const existing = pending.get(key);
  if (existing?.timer) clearTimeout(existing.timer);
  const entry: Pending = { timer: null, run };
  entry.timer = setTimeout(() => void start(key, entry), delay);
  pending.set(key, entry);
  saveStatus.state = "saving";
}

function start(key: string, entry: Pending): Promise<unknown> {
  if (pending.get(key) === entry) pending.delete(key);
  entry.timer = null;
  return enqueue(entry.run).catch(() => {
    // Keep it for the next flush unless something newer replaced it.
    if (!pending.has(key)) pending.set(key, { timer: null, run: entry.run });
  });
}

/** Drops a pending save that has not started (its item was removed). */
export function cancel(key: string): void {
  const entry = pending.get(key);
  if (entry?.timer) clearTimeout(entry.timer);
  pending.delete(key);
}

/** Whether anything is waiting to be saved. */
export function hasPending(): boolean {
  return pending.size > 0;
}

/** Saves everything waiting now, and resolves once all queued saves are done. */
export async function flushAll(): Promise<void> {
  for (const [key, entry] of [...pending]) {
    if (entry.timer) clearTimeout(entry.timer);
    void start(key, entry);
  }
  await chain;
}

/** Forgets pending saves (after the vault is locked they can no longer be written). */
export function resetSaves(): void {
  for (const entry of pending.values()) if (entry.timer) clearTimeout(entry.timer);
  pending.clear();
  saveStatus.state = "idle";
}
