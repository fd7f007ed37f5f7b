// The app's current language and Easy Read setting, and `t()` for templates.
// Reading `t()` inside markup re-renders when either setting changes.
//
// First run: the language is negotiated from the system's languages
// (navigator.languages) against the shipped locales. A person's own choice is
// saved with the app's preferences (session.svelte.ts) and applied on start.

import { negotiateLanguages } from "@fluent/langneg";
import { REFERENCE_LOCALE, Translator, type Args } from "./fluent";
import { PSEUDO, SELECTABLE, SHIPPED, bundledLocales, directionOf } from "./locales";
import { messageIdsRequested, withMessageId } from "./messageIds";

const sources = bundledLocales();

/**
 * The best shipped locale for the languages a person's system asks for. A
 * pseudo-locale only by its exact tag (as the Rust side), so `en-US` or
 * `ar-EG` never lands on one.
 */
export function negotiate(requested: readonly string[]): string {
  const available = SHIPPED.map((l) => l.tag);
  // Lookup takes the first requested tag that matches: asking one at a time is the same.
  for (const tag of requested) {
    const pseudo = PSEUDO.find((p) => p.tag.toLowerCase() === tag.toLowerCase());
    if (pseudo) return pseudo.tag;
    const [best] = negotiateLanguages([tag], available, { strategy: "matching" });
    if (best) return best;
  }
  return REFERENCE_LOCALE;
}

function systemLanguages(): string[] {
  if (typeof navigator === "undefined") return [];
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
  return langs.filter((l): l is string => typeof l === "string");
}

class I18n {
  locale = $state(negotiate(systemLanguages()));
  easyRead = $state(false);
  #translator = $derived(new Translator(sources, this.locale, this.easyRead));

  get dir(): "ltr" | "rtl" {
    return directionOf(this.locale);
  }

  /** Switch language now; every `t()` on screen updates at once. Unknown tags are ignored. */
  setLocale(locale: string): void {
    if (SELECTABLE.some((l) => l.tag === locale)) this.locale = locale;
  }

  /** Translator mode: every message shows its id (messageIds.ts); only from the page's address. */
  readonly showIds = messageIdsRequested(typeof location === "undefined" ? "" : location.search);

  t = (id: string, args?: Args): string => {
    const text = this.#translator.format(id, args);
    return this.showIds ? withMessageId(id, text) : text;
  };
}

export const i18n = new I18n();
export const t = i18n.t;
