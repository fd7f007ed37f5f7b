// The town the person last searched for, so "Get help now" can show what is open near it.
// Kept in memory for this session only: a town is personal, and it must not sit on disk
// in plain text. TODO(vault): keep it in the encrypted vault's settings once that exists.

export const lastSearch = $state({ place: null as string | null });

export function rememberPlace(place: string): void {
  lastSearch.place = place;
}
