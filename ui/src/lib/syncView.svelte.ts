// Sync's last known status, shared by the indicator under the app bar (always
// visible while sync is on) and Settings → Sync.

import type { SyncStatus } from "./bindings";

export const syncView = $state({ status: null as SyncStatus | null });
