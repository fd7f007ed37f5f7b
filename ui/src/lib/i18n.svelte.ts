// The app's current language and Easy Read setting, and `t()` for templates.
// Reading `t()` inside markup re-renders when either setting changes.
//
// First run: the language is negotiated from the system's languages
// (navigator.languages) against the shipped locales. A person's own choice is
// saved with the app's preferences (session.svelte.ts) and applied on start.

import { negotiateLanguages } from "@fluent/langneg";
import { REFERENCE_LOCALE, Translator, type Args } from "./fluent";
import { SHIPPED, bundledLocales, directionOf } from "./locales";

const sources = bundledLocales();

/** The best shipped locale for the languages a person's system asks for. */
export function negotiate(requested: readonly string[]): string {
  const available = SHIPPED.map((l) => l.tag);
  const [best] = negotiateLanguages([...requested], available, {
    defaultLocale: REFERENCE_LOCALE,
    strategy: "lookup",
  });
  return best ?? REFERENCE_LOCALE;
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
    if (SHIPPED.some((l) => l.tag === locale)) this.locale = locale;
  }

  t = (id: string, args?: Args): string => this.#translator.format(id, args);
}

export const i18n = new I18n();
export const t = i18n.t;
