// Which screen is showing. One tap from anywhere reaches "Get help now".

export type Screen = "home" | "help" | "find";

export const nav = $state({ screen: "home" as Screen });

export function go(screen: Screen): void {
  nav.screen = screen;
  // Move focus to the new screen's heading so screen readers announce it.
  queueMicrotask(() => document.querySelector<HTMLElement>("main h1")?.focus());
}
