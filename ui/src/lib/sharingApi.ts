// Typed calls for sharing: supporters, plans shared with me, own devices,
// update files and the sync setting (src-tauri/src/sharing_commands.rs), and
// the little logic the sharing screens need, kept here so it can be tested.

import { call } from "./api";
import { SHAREABLE_SECTIONS } from "./bindings";
import type {
  AcceptRoleArgs,
  AppInvite,
  BundleInResult,
  ConfirmArgs,
  DeviceArgs,
  DeviceConfirmArgs,
  DeviceDto,
  DeviceJoinArgs,
  DeviceJoined,
  DeviceLinkResult,
  InviteArgs,
  InviteSaveArgs,
  JoinArgs,
  JoinResult,
  PersonArgs,
  PhotoDto,
  PlanView,
  ReplyArgs,
  RevokeResult,
  SavedFile,
  SharePreviewArgs,
  SharedPhotoArgs,
  SharedPlan,
  SharedStatus,
  SupporterArgs,
  SupporterRead,
  SupporterState,
  SupporterStatus,
  SupportersResult,
  SyncSettings,
  SyncStatus,
  UpdateFileArgs,
} from "./bindings";

export const sharingApi = {
  supporters: () => call("sharing_supporters", {}),
  preview: (args: SharePreviewArgs) => call("sharing_preview", { args }),
  invite: (args: InviteArgs) => call("sharing_invite", { args }),
  saveInvite: (args: InviteSaveArgs) => call("sharing_invite_save", { args }),
  revoke: (args: SupporterArgs) => call("sharing_revoke", { args }),
  /** Admits the supporter whose app answered with this code (it shows on their screen). */
  confirm: (args: ConfirmArgs) => call("sharing_confirm", { args }),
  join: (args: JoinArgs) => call("sharing_join", { args }),
  shared: () => call("sharing_shared", {}),
  sharedShow: (args: PersonArgs) => call("sharing_shared_show", { args }),
  sharedPhoto: (args: SharedPhotoArgs) => call("sharing_shared_photo", { args }),
  markRead: (args: PersonArgs) => call("sharing_mark_read", { args }),
  reply: (args: ReplyArgs) => call("sharing_reply", { args }),
  acceptRole: (args: AcceptRoleArgs) => call("sharing_accept_role", { args }),
  askForHelp: () => call("sharing_ask_for_help", {}),
  devices: () => call("devices_list", {}),
  linkDevice: () => call("devices_link", {}),
  joinDevice: (args: DeviceJoinArgs) => call("devices_join", { args }),
  /** Admits the new device that answered a device link with this code (it shows on that device). */
  confirmDevice: (args: DeviceConfirmArgs) => call("devices_confirm", { args }),
  removeDevice: (args: DeviceArgs) => call("devices_remove", { args }),
  saveUpdateFile: () => call("sync_save_update_file", {}),
  openUpdateFile: (args: UpdateFileArgs) => call("sync_open_update_file", { args }),
  /** Opens the update file the app was opened with (from the file manager); null if it was opened already. */
  openOpenedFile: () => call("sync_open_opened_file", {}),
  syncStatus: () => call("sync_status", {}),
  setSync: (settings: SyncSettings) => call("sync_set", { settings }),
  syncNow: () => call("sync_now", {}),
  /** Long-polls the relay (up to 25 s); true when there is news. */
  syncWait: () => call("sync_wait", {}),
};

/** How often sync runs by itself while it is on and the plan is open (when the relay cannot be waited on). */
export const AUTO_SYNC_MS = 60_000;

/** After a saved edit, sync this soon (edits come in bursts). */
export const NUDGE_MS = 1_500;

type AutoSyncApi = {
  syncStatus: () => Promise<SyncStatus>;
  syncNow: () => Promise<SyncStatus>;
  /** Long-polls the relay; true when there is news. */
  syncWait?: () => Promise<boolean>;
};

let nudgeRunning: (() => void) | null = null;

/** Something changed here (a saved edit, sync turned on): sync soon rather than at the next round. */
export function nudgeSync(): void {
  nudgeRunning?.();
}

/**
 * Keeps sync going while it is on: sync, then wait on the relay for news (up
 * to 25 s, holding nothing) and sync again, so what others send arrives in
 * moments and it works again by itself after the network returns; after a
 * failure, or without a relay to wait on, every `every` ms. A saved edit
 * (`nudgeSync`) syncs soon. Never connects while sync is off: the status is
 * read from the vault first, and only an enabled setting leads to `sync_now`.
 * Returns a stop function.
 */
export function startAutoSync(
  api: AutoSyncApi = sharingApi,
  every = AUTO_SYNC_MS,
  onStatus?: (s: SyncStatus) => void,
  nudgeMs = NUDGE_MS,
): () => void {
  let stopped = false;
  let wake: (() => void) | null = null;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        wake = null;
        clearTimeout(timer);
        resolve();
      };
    });
  const syncOnce = async (): Promise<SyncStatus | null> => {
    const status = await api.syncStatus();
    if (stopped) return null;
    onStatus?.(status);
    if (!status.settings.enabled || !status.relay_available) return null;
    const after = await api.syncNow();
    if (!stopped) onStatus?.(after);
    return after;
  };
  const loop = async (): Promise<void> => {
    while (!stopped) {
      let waited = false;
      try {
        const after = await syncOnce();
        if (after?.state === "synced" && api.syncWait && !stopped) {
          await api.syncWait();
          waited = true;
        }
      } catch {
        // Locked, busy or offline: try again after the pause.
      }
      if (!waited && !stopped) await pause(every);
    }
  };
  let nudgeTimer: ReturnType<typeof setTimeout> | undefined;
  const nudge = (): void => {
    clearTimeout(nudgeTimer);
    nudgeTimer = setTimeout(() => {
      if (stopped) return;
      // Paused (sync was off, or failed): go round now, which also starts
      // waiting on the relay; otherwise just sync.
      const w = wake as (() => void) | null;
      if (w) w();
      else void syncOnce().catch(() => {});
    }, nudgeMs);
  };
  nudgeRunning = nudge;
  void loop();
  return () => {
    stopped = true;
    clearTimeout(nudgeTimer);
    if (nudgeRunning === nudge) nudgeRunning = null;
    (wake as (() => void) | null)?.();
  };
}

/** The message id for a sync state. */
export function syncStateId(state: SyncStatus["state"]): string {
  return `sync-status-${state}`;
}

/** What most people share first: the crisis plan only. */
export const DEFAULT_SHARED: readonly string[] = ["crisis"];

/** The chosen sections in the order the plan shows them (no duplicates, no unknown ids). */
export function orderedSections(chosen: Iterable<string>): string[] {
  const set = new Set(chosen);
  return SHAREABLE_SECTIONS.filter((s) => set.has(s));
}

/** An SVG document as a data: URL for an <img> (the CSP allows data: images only). */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** A pasted invite: the link alone, or null if it is not one (spaces and quotes around it are ignored). */
export function cleanInviteLink(text: string): string | null {
  const m = /harbour:\/\/invite#[A-Za-z0-9_-]+/.exec(text.trim());
  return m ? m[0] : null;
}

/** The message id for a supporter's state. */
export function supporterStateId(state: SupporterState): string {
  return `supporters-state-${state}`;
}

/** The zero of each set of digits people may type a code in: Arabic-Indic, Persian and Urdu, Bengali, Gurmukhi, full-width. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x09e6, 0x0a66, 0xff10];

/**
 * A confirmation code as typed (`123456`, `123 456`, `123-456`, in any of the
 * digits above, with stray spaces or direction marks) in the form Harbour
 * shows it, `123 456`; null unless it is six digits.
 */
export function cleanConfirmCode(text: string): string | null {
  let digits = "";
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x30 && c <= 0x39) {
      digits += ch;
      continue;
    }
    const zero = DIGIT_ZEROS.find((z) => c >= z && c <= z + 9);
    if (zero !== undefined) {
      digits += String(c - zero);
      continue;
    }
    // Spaces, dashes and dots between the groups; invisible direction marks from copying RTL text.
    if (/[\s\-\u2010-\u2015\u2212.\u00b7\u200e\u200f\u061c\u2066-\u2069]/u.test(ch)) continue;
    return null;
  }
  return digits.length === 6 ? `${digits.slice(0, 3)} ${digits.slice(3)}` : null;
}

/** More than one app answered this invite: someone else may have the link. */
export function answeredByOthers(s: Pick<SupporterStatus, "answers">): boolean {
  return s.answers > 1;
}

/** The new devices that answered a device link and wait for the person to type their code. */
export function waitingDevices(devices: readonly DeviceDto[]): DeviceDto[] {
  return devices.filter((d) => d.waiting);
}

/** The message id for how far a supporter has read (`supporters-read-not-yet`, ...). */
export function supporterReadId(read: SupporterRead): string {
  return `supporters-read-${read.replace(/_/g, "-")}`;
}

/** The message id for a signal kind (calm words; unknown kinds get a general one). */
export function signalMessageId(kind: string): string {
  return kind === "crisis_plan_activated" || kind === "ask_for_help" ? `shared-signal-${kind}` : "shared-signal-other";
}

/** How an opened update file went, as a message id and its arguments. */
export function updateFileSummary(r: BundleInResult): { id: string; args: Record<string, number> } {
  if (r.accepted === 0 && r.refused.length === 0) {
    return r.duplicates > 0
      ? { id: "sync-file-in-nothing-new", args: {} }
      : { id: "sync-file-in-not-for-me", args: {} };
  }
  if (r.refused.length > 0) {
    return { id: "sync-file-in-some-refused", args: { accepted: r.accepted, refused: r.refused.length } };
  }
  return { id: "sync-file-in-done", args: { accepted: r.accepted } };
}

/** The bytes of a picked file, as the array the Rust side takes. */
export async function fileBytes(file: Blob): Promise<number[]> {
  return Array.from(new Uint8Array(await file.arrayBuffer()));
}

/** The relay address the person typed, or null if it cannot be one (the Rust side checks again). */
export function plausibleRelayUrl(text: string): string | null {
  const url = text.trim();
  if (url.length === 0 || url.length > 2000 || /\s/.test(url)) return null;
  try {
    const u = new URL(url);
    const local = u.hostname === "localhost" || u.hostname === "127.0.0.1" || u.hostname === "[::1]";
    if (u.protocol === "https:" || (u.protocol === "http:" && local)) return url;
  } catch {
    return null;
  }
  return null;
}

/** A plan view with only the fields that changed marked, for "what changed since I last read". */
export function changedFieldIds(plan: Pick<SharedPlan, "changed">): Set<string> {
  return new Set(plan.changed);
}

/** "2026-11-23T21:05:00Z" → "23 November 2026, 21:05" in the reader's language and time zone. */
export function formatStamp(stamp: string, locale: string, timeZone?: string): string {
  const d = new Date(stamp);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(stamp)) return stamp;
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(d);
}
