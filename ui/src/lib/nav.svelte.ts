// Which screen is showing. One tap from anywhere reaches "Get help now".

export type Screen = "home" | "help" | "find" | "section" | "views" | "settings" | "supporters" | "shared" | "devices";

export const nav = $state({ screen: "home" as Screen });

// The plan's screens: which section (and crisis-plan part) is open, which view.
export type ViewTab = "full" | "safety" | "crisis" | "card" | "advance_choice";
export const planNav = $state({ section: "", part: "", view: "full" as ViewTab });

export function openSection(section: string, part = ""): void {
  planNav.section = section;
  planNav.part = part;
  go("section");
}

export function openView(view: ViewTab): void {
  planNav.view = view;
  go("views");
}

export function go(screen: Screen): void {
  nav.screen = screen;
  // Move focus to the new screen's heading so screen readers announce it.
  queueMicrotask(() => document.querySelector<HTMLElement>("main h1")?.focus());
}
