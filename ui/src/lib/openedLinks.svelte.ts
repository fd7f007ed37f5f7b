// Links the app was opened with (harbour://invite#…, harbour://device#…, from
// a browser, a message or a second launch), and update files opened from the
// file manager. The shell keeps the last one; it is taken once the plan is
// open and filled in (or, for a file, offered) on the screen that uses it.
// Nothing is joined or opened without the person's tap.

import { listen } from "@tauri-apps/api/event";
import { call } from "./api";
import type { OpenedLink } from "./bindings";
import { go, nav, type Screen } from "./nav.svelte";

/**
 * A link waiting to be filled in, by the screen that takes it; the name of an
 * update file waiting to be opened (its bytes stay in the shell).
 */
export const incoming = $state({ invite: "", device: "", file: "" });

/** The screens with "Open an update file" on them. */
const UPDATE_FILE_SCREENS: readonly Screen[] = ["shared", "supporters", "devices"];

/** Where a link goes: the screen that joins with it, or for a file, one that opens update files. */
export function receive(opened: OpenedLink): void {
  if (opened.kind === "invite") {
    incoming.invite = opened.link;
    go("shared");
  } else if (opened.kind === "device") {
    incoming.device = opened.link;
    go("devices");
  } else {
    incoming.file = opened.link;
    if (!UPDATE_FILE_SCREENS.includes(nav.screen)) go("shared");
  }
}

/** Takes the waiting link, if any, from the shell. */
export async function takeOpenedLink(): Promise<void> {
  const opened = await call("app_take_link", {});
  if (opened) receive(opened);
}

/** The waiting link of one kind, once (the screen's field takes it). */
export function takeIncoming(kind: "invite" | "device" | "file"): string {
  const link = incoming[kind];
  incoming[kind] = "";
  return link;
}

/** Takes links as they arrive while `isOpen()`; returns a function that stops. */
export function watchOpenedLinks(isOpen: () => boolean): () => void {
  let unlisten: (() => void) | null = null;
  let stopped = false;
  void listen("harbour-link", () => {
    if (isOpen()) void takeOpenedLink().catch(() => {});
  })
    .then((stop) => {
      if (stopped) stop();
      else unlisten = stop;
    })
    .catch(() => {});
  return () => {
    stopped = true;
    unlisten?.();
  };
}
