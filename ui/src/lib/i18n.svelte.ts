// The app's current language and Easy Read setting, and `t()` for templates.
// Reading `t()` inside markup re-renders when either setting changes.

import { Translator, type Args } from "./fluent";
import { bundledLocales, directionOf } from "./locales";

const sources = bundledLocales();

class I18n {
  locale = $state("en-GB");
  easyRead = $state(false);
  #translator = $derived(new Translator(sources, this.locale, this.easyRead));

  get dir(): "ltr" | "rtl" {
    return directionOf(this.locale);
  }

  t = (id: string, args?: Args): string => this.#translator.format(id, args);
}

export const i18n = new I18n();
export const t = i18n.t;
