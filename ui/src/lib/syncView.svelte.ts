// Sync's last known status, shared by the indicator under the app bar (always
// visible while sync is on) and Settings → Sync.

import type { SyncStatus } from "./bindings";

export const syncView = $state({ status: null as SyncStatus | null });

/**
 * In a component: runs `load` now, and again whenever a sync brings
 * something in (sync runs in the background).
 */
export function loadOnSyncNews(load: () => void): void {
  $effect(() => {
    void syncView.status?.last_news;
    load();
  });
}
