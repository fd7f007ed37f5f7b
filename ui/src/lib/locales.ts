// The locale files from the repository's locales/ folder, bundled at build time:
// each locale's harbour.ftl, easy-read.ftl and locale.toml (name, direction, status),
// and the pseudo-locales (pseudo.ts) made from en-GB's files.

import { REFERENCE_LOCALE, type LocaleSources } from "./fluent";
import { PSEUDO_LOCALES } from "./pseudo";

const files = import.meta.glob("../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

const infoFiles = import.meta.glob("../../../locales/*/locale.toml", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

export function bundledLocales(): LocaleSources {
  const sources: LocaleSources = {};
  for (const [path, text] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/(harbour|easy-read)\.ftl$/.exec(path);
    if (!match) continue;
    const [, locale, kind] = match as unknown as [string, string, string];
    const entry = (sources[locale] ??= {});
    if (kind === "harbour") entry.standard = text;
    else entry.easyRead = text;
  }
  const reference = sources[REFERENCE_LOCALE];
  for (const p of PSEUDO_LOCALES) {
    // A real folder with the tag wins, as in the Rust crate.
    if (reference && !sources[p.tag]) sources[p.tag] = { ...reference, pseudo: p.style };
  }
  return sources;
}

export type LocaleInfo = {
  /** BCP 47 tag, the folder name. */
  tag: string;
  /** The language's own name for itself, e.g. "Cymraeg". */
  name: string;
  dir: "ltr" | "rtl";
  status: "reviewed" | "needs-review";
  /** A pseudo-locale for translators (listed apart, never negotiated). */
  pseudo?: true;
};

/**
 * Reads the few top-level `key = "value"` lines of a locale.toml. The Rust
 * linter (`harbour locales check`) validates the whole file; this only needs
 * what the UI shows.
 */
export function parseLocaleToml(tag: string, text: string): LocaleInfo {
  const value = (key: string): string | undefined => {
    const m = new RegExp(`^${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"\\s*(?:#.*)?$`, "m").exec(text);
    return m?.[1]?.replace(/\\(.)/g, "$1");
  };
  return {
    tag,
    name: value("name") ?? tag,
    dir: value("direction") === "rtl" ? "rtl" : "ltr",
    status: value("status") === "reviewed" ? "reviewed" : "needs-review",
  };
}

/** Every shipped locale that has a standard file, sorted by tag. */
export const SHIPPED: readonly LocaleInfo[] = (() => {
  const sources = bundledLocales();
  const out: LocaleInfo[] = [];
  for (const [path, text] of Object.entries(infoFiles)) {
    const tag = /locales\/([^/]+)\/locale\.toml$/.exec(path)?.[1];
    if (tag && sources[tag]?.standard !== undefined) out.push(parseLocaleToml(tag, text));
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
})();

/** The pseudo-locales, listed after the real ones under "For translators". */
export const PSEUDO: readonly LocaleInfo[] = PSEUDO_LOCALES.filter((p) => !SHIPPED.some((l) => l.tag === p.tag)).map(
  (p) => ({ tag: p.tag, name: p.name, dir: p.dir, status: "needs-review", pseudo: true }),
);

/** Every locale a person can switch to: the shipped ones, then the pseudo-locales. */
export const SELECTABLE: readonly LocaleInfo[] = [...SHIPPED, ...PSEUDO];

export function localeInfo(locale: string): LocaleInfo | undefined {
  return SELECTABLE.find((l) => l.tag === locale);
}

/** The writing direction of a locale, from its locale.toml (ltr if unknown). */
export function directionOf(locale: string): "ltr" | "rtl" {
  return localeInfo(locale)?.dir ?? "ltr";
}
